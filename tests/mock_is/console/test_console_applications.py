"""Applications in IS 7.1's Console: the edit page's frame and Protocol tab, the list, the templates page and
the minimal create wizard; each action checked over REST.

Each test proves a structure of the real Console (PROVENANCE.md "Applications: list, templates, create
wizard, edit page, Protocol"; identity-apps ``features/admin.applications.v1``, F) that the old hand-written
pages got wrong (console-audit-2026-12.md rows 21 and 22), or the call a click makes.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from harness.pages.console import ApplicationPage, Console
from tests.mock_is.console.applications_support import oidc_web_app, stored_oidc
from tests.mock_is.console.console_support import IsServer, Watched

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
