"""Applications in IS 7.1's Console: the edit page's frame and Protocol tab, the list, the templates page and
the minimal create wizard; each action checked over REST.

Each test proves a structure of the real Console (PROVENANCE.md "Applications: list, templates, create
wizard, edit page, Protocol"; identity-apps ``features/admin.applications.v1``, F) that the old hand-written
pages got wrong (console-audit-2026-12.md rows 21 and 22), or the call a click makes.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from harness.pages.console import ApplicationPage, Console, ConsoleError, LabelDrift
from tests.mock_is.console.applications_support import APPS, OIDC_WEB_APP, find_app, oidc_web_app, stored_oidc
from tests.mock_is.console.console_support import IsServer, Watched

_OIDC_CARD_ID = f"minimal-application-create-wizard-{OIDC_WEB_APP}-card"
TABS = [
    "General",
    "Protocol",
    "User Attributes",
    "Login Flow",
    "API Authorization",
    "Roles",
    "Provisioning",
    "Advanced",
    "Info",
]


def _edit_page(console: Console, is_server: IsServer, app_id: str) -> ApplicationPage:
    console.page.goto(f"{is_server.url}/console/applications/{app_id}")
    return ApplicationPage(console.page, is_server.url, console.on_drift)


def _tabs(page: Page) -> list[str]:
    items = page.locator('[data-componentid="application-edit-resource-tabs"] .menu a.item')
    return [" ".join(t.split()) for t in items.all_inner_texts()]


def test_the_edit_page_frame_has_component_ids_only(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = oidc_web_app(is_server, "FrameApp")
    app = _edit_page(console, is_server, app_id).wait("FrameApp")
    assert app.application_id == app_id
    page = watched.page
    # The page passes component ids only: the test ids are the wrappers' generic defaults.
    layout = page.locator('[data-componentid="application-edit-page-layout"]')
    expect(layout).to_have_attribute("data-testid", "page-layout")
    expect(page.get_by_test_id("application-edit-page-layout")).to_have_count(0)
    tabs = page.locator('[data-componentid="application-edit-resource-tabs"]')
    expect(tabs).to_have_attribute("data-testid", "resource-tabs")
    expect(page.get_by_test_id("application-edit-resource-tabs")).to_have_count(0)
    expect(page.locator('[data-componentid="application-edit-page-back-button"]')).to_have_text(
        "Go back to Applications"
    )
    assert _tabs(page) == TABS
    expect(page.get_by_role("tab")).to_have_count(0)
    # With no fragment the page records its default tab (General) in the URL.
    expect(page).to_have_url(re.compile(r"#tab=0$"))


def test_the_login_flow_tab_is_the_tour_item_and_hosts_one_pane(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = oidc_web_app(is_server, "TabsApp")
    app = _edit_page(console, is_server, app_id).wait("TabsApp")
    app.open_tab("Login Flow")
    page = watched.page
    item = page.locator('[data-componentid="application-edit-resource-tabs"] .menu a.item.active')
    expect(item).to_have_attribute("data-tourid", "sign-in-methods")
    expect(page).to_have_url(re.compile(r"#tab=3$"))
    # Only the active pane is mounted, with the wrapper's id.
    expect(app._pane()).to_have_count(1)


def test_the_protocol_tab_shows_the_stored_client_id_and_secret(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = oidc_web_app(is_server, "ProtocolApp")
    app = _edit_page(console, is_server, app_id).wait("ProtocolApp")
    client_id, secret = app.client_credentials()
    stored = stored_oidc(is_server, app_id)
    assert client_id == stored["clientId"]
    assert secret == stored["clientSecret"]
    pane = app._pane()
    # The secret is hidden until its eye icon is clicked; neither input has a name or an id.
    wrapper = pane.get_by_test_id(
        "application-edit-access-settings-inbound-oidc-form-client-secret-readonly-input-wrapper"
    )
    expect(wrapper.locator("input")).to_have_attribute("type", "password")
    expect(pane.locator("input[name], input[id]")).to_have_count(0)
    expect(pane.get_by_text("Client secret", exact=True)).to_be_visible()
    expect(pane.get_by_label("Client ID")).to_have_count(0)


def test_the_list_uses_the_pages_own_test_ids_and_hides_the_system_apps(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    oidc_web_app(is_server, "ListedApp")
    apps = console.applications()
    page = watched.page
    # The page passes data-testid "applications-list": the list component's default "application-list" is
    # not what the real list renders (audit row 21 took that default for the real id).
    expect(page.get_by_test_id("application-list-item-heading")).to_have_count(0)
    expect(
        page.get_by_test_id("applications-list").get_by_test_id("applications-list-item-heading")
    ).not_to_have_count(0)
    assert "ListedApp" in apps.names()
    # The system app Console is filtered out of what is shown though GET /applications returns it.
    listed = [a["name"] for a in is_server.api.get(APPS).json()["applications"]]
    assert "Console" in listed and "Console" not in apps.names()
    # No header row (enableTableHeaders: false) and the header's add button once the list is not empty.
    expect(page.get_by_test_id("applications-list").locator("thead")).to_have_count(0)
    expect(page.get_by_test_id("applications-list-layout-add-button")).to_have_text(
        re.compile("New Application")
    )
    row = page.get_by_test_id("applications-list").locator("tbody > tr").filter(has_text="ListedApp")
    expect(row.get_by_test_id("applications-list-col-2-item-sub-heading")).to_contain_text(
        str(find_app(is_server, "ListedApp")["clientId"])  # type: ignore[index]
    )


def test_open_application_searches_and_opens_the_row(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    app_id = oidc_web_app(is_server, "SearchedApp")
    oidc_web_app(is_server, "SearchedApp2")  # a name the first one starts: the row is the exact one
    calls: list[str] = []
    watched.page.on(
        "request", lambda r: calls.append(r.url) if "/api/server/v1/applications?" in r.url else None
    )
    app = console.applications("login-1").open_application("SearchedApp")
    assert app.application_id == app_id
    searched = [c for c in calls if "filter=name+co+SearchedApp+or+clientId+co+SearchedApp" in c]
    assert searched, calls
    assert drifts == []  # the navbar says "Applications", as the doc does


def test_the_wizard_creates_the_traditional_web_application_over_rest(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    redirect = "http://127.0.0.1:9/callback"
    bodies: list[dict[str, object]] = []
    watched.page.on(
        "request",
        lambda r: (
            bodies.append(json.loads(r.post_data or "{}"))
            if r.method == "POST" and r.url.endswith("/api/server/v1/applications")
            else None
        ),
    )
    app = console.applications().create_traditional_web_application(
        "WizardApp", redirect, "login-app-registered"
    )
    page = watched.page
    expect(page).to_have_url(re.compile(r"/console/applications/[^/?#]+\??#tab=0$"))
    stored = find_app(is_server, "WizardApp")
    assert stored is not None and stored["id"] == app.application_id
    full = is_server.api.get(f"{APPS}/{app.application_id}").json()
    assert full["templateId"] == OIDC_WEB_APP
    oidc = stored_oidc(is_server, app.application_id)
    assert oidc["callbackURLs"] == [redirect] and oidc["grantTypes"] == ["authorization_code"]
    assert oidc["allowedOrigins"] == []
    assert bodies and bodies[0]["name"] == "WizardApp"
    client_id, secret = app.client_credentials()
    assert (client_id, secret) == (oidc["clientId"], oidc["clientSecret"])
    assert drifts == []


def test_the_wizards_fields_have_no_ids_and_no_tied_labels(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    oidc_web_app(is_server, "SomeApp")
    console.applications()
    page = watched.page
    page.get_by_test_id("applications-list-layout-add-button").click()
    page.get_by_test_id("web-application").click()
    modal = page.get_by_test_id("minimal-application-create-wizard-modal")
    expect(modal).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)
    # Audit row 22: the old page object's get_by_label("Name") finds nothing on legacy Fields.
    expect(modal.get_by_label("Name")).to_have_count(0)
    expect(modal.get_by_label("Authorized redirect URLs")).to_have_count(0)
    expect(modal.locator("input[id]")).to_have_count(0)
    name = modal.get_by_test_id("minimal-application-create-wizard-application-name-input")
    expect(name.locator("input")).to_have_attribute("name", "name")
    expect(modal.get_by_test_id(_OIDC_CARD_ID)).to_have_class(re.compile(r"\bselected\b"))


def test_a_taken_name_is_refused_in_the_wizard_and_nothing_is_created(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    oidc_web_app(is_server, "TakenApp")
    before = len(is_server.api.get(APPS).json()["applications"])
    with pytest.raises(ConsoleError, match="already an application with this name"):
        console.applications().create_traditional_web_application("TakenApp", "http://127.0.0.1:9/cb")
    assert len(is_server.api.get(APPS).json()["applications"]) == before
