"""The Connections pages as an admin walks them (IS 7.1's Console), each action checked through the REST API.

Each test proves a structure of the real Console (PROVENANCE.md "Connections", "Connection Settings") that
the old hand-written pages got wrong (console-audit-2026-12.md rows 7, 11, 13, 15), or a call the real
Console makes.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from harness.pages.console import Console, ConsoleError, LabelDrift
from tests.mock_is.console.connections_support import (
    APPS,
    IDP,
    TWITTER_ID,
    custom_connector,
    delete_all_connections,
    record_calls,
    with_twitter,
)
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

SETTINGS_TID = "idp-edit-page-authenticator-settings"
WIZARD = f"{SETTINGS_TID}-authenticator-create-wizard"


def test_the_list_comes_from_authenticators_and_the_add_button_follows_it(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    delete_all_connections(is_server)
    calls = record_calls(watched.page)
    page = console.connections()
    empty = page.page.get_by_test_id("idp-list-empty-placeholder")
    expect(empty).to_be_visible()
    expect(page.page.get_by_test_id("idp-add-button")).to_have_count(0)  # no header button on an empty list
    expect(empty.get_by_role("button", name="New Connection")).to_have_attribute(
        "data-testid", "primary-button"
    )
    assert calls.to("GET", "/api/server/v1/authenticators") and not calls.to("GET", IDP)
    custom_connector(is_server, "Listed")
    watched.page.reload()
    page.wait()
    expect(page.page.get_by_test_id("idp-add-button")).to_have_text("New Connection")
    assert page.names() == ["Listed"] and page.has_connection("Listed")
    card = page.page.get_by_test_id("idp-list-Listed")
    expect(card.get_by_role("button", name="Set up")).to_have_attribute(
        "data-componentid", "resource-grid-card-item-edit-button"
    )


def test_custom_connector_with_twitter_authenticator(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    calls = record_calls(watched.page)
    conn = console.connections().create_custom_connector("X", "Log in with X")
    assert "state=new" in watched.page.url
    (post,) = calls.to("POST", IDP)
    assert post.body["federatedAuthenticators"] == {"authenticators": [], "defaultAuthenticatorId": ""}
    assert (post.body["provisioning"], post.body["image"]) == ({}, "assets/images/logos/expert.svg")
    created = is_server.api.get(f"{IDP}/{conn.connection_id}").json()
    assert (created["name"], created["description"], created["templateId"]) == (
        "X",
        "Log in with X",
        "expert-mode-idp",
    )

    conn.add_twitter_authenticator("key-123", "secret-456", "http://127.0.0.1:9/commonauth")
    (put,) = calls.to("PUT", f"/federated-authenticators/{TWITTER_ID}")  # one PUT: it set the default
    assert put.body == {
        "isDefault": True,
        "isEnabled": True,
        "properties": [
            {"key": "APIKey", "value": "key-123"},
            {"key": "APISecret", "value": "secret-456"},
            {"key": "callbackUrl", "value": "http://127.0.0.1:9/commonauth"},
        ],
    }
    saved = is_server.api.get(f"{IDP}/{conn.connection_id}").json()["federatedAuthenticators"]
    assert saved["defaultAuthenticatorId"] == TWITTER_ID
    assert conn.authenticator_values() == {
        "APIKey": "key-123",
        "APISecret": "secret-456",
        "callbackUrl": "http://127.0.0.1:9/commonauth",
    }
    form = watched.page.get_by_test_id(f"{SETTINGS_TID}-TwitterAuthenticator-content-form")
    expect(form.locator('input[name="APISecret"]')).to_have_attribute("type", "password")
    assert conn.authenticator_field_is_read_only("callbackUrl") is False  # audit row 15: CREATE mode
    screenshot(watched.page, "connection-edit-settings")
    assert [(d.step_id, d.doc_words, d.deployment_words) for d in drifts] == [
        ("idp-2", "Create Connection", "New Connection"),
        ("idp-3", "Finish", "Create"),
    ]


def test_the_wizards_are_modals_without_a_dialog_role(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    page = watched.page
    console.connections()
    page.get_by_test_id("idp-add-button").or_(
        page.get_by_test_id("idp-list-empty-placeholder").get_by_role("button")
    ).first.click()
    card = page.get_by_test_id("connection-templates-Expert Mode")
    expect(card.get_by_test_id("connection-templates-Expert Mode-header")).to_have_text("Custom Connector")
    card.get_by_test_id("connection-templates-Expert Mode-header").click()  # the card root takes no click
    expect(page.locator('[data-componentid="expert-mode-idp-modal"]')).to_have_count(0)
    card.get_by_role("button", name="Create").click()
    modal = page.locator('[data-componentid="expert-mode-idp-modal"]')
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("Custom Connector")  # 7.1's wizard title
    assert page.get_by_role("dialog").count() == 0  # audit row 7
    for part in ("header", "content", "actions"):
        expect(page.locator(f'[data-componentid="expert-mode-idp-modal-{part}"]')).to_have_count(0)
    expect(modal.locator('input[name="name"]')).to_have_attribute("aria-label", "Expert Mode IDP Name")
    expect(modal.locator('[data-componentid="expert-mode-idp-modal-finish-button"]')).to_have_text("Create")
    modal.locator('[data-componentid="expert-mode-idp-modal-cancel-button"]').click()
    expect(modal).to_be_hidden()


def test_settings_pane_fields_and_next(console: Console, is_server: IsServer, watched: Watched) -> None:
    idp_id = custom_connector(is_server, "Fields")
    conn = console.connections().open_connection("Fields")
    conn.open_tab("Settings")
    page = watched.page
    expect(page.get_by_test_id(f"{SETTINGS_TID}-empty-placeholder")).to_be_visible()
    expect(page.get_by_test_id(SETTINGS_TID)).to_have_count(0)  # audit row 11: a prefix only
    expect(page.get_by_test_id("resource-tab-pane")).to_have_count(1)
    page.get_by_test_id(f"{SETTINGS_TID}-add-authenticator-button").click()
    modal = page.get_by_test_id(f"{WIZARD}-modal")
    expect(modal).to_be_visible()
    assert page.get_by_role("dialog").count() == 0
    next_button = page.get_by_test_id("add-connection-modal-next-button")
    expect(next_button).to_be_disabled()
    card = modal.get_by_test_id("authenticator-template-selection-TwitterAuthenticator")
    assert card.evaluate("e => e.tagName") == "A"
    card.click()
    expect(next_button).to_be_enabled()
    next_button.click()
    form = modal.get_by_test_id(f"{WIZARD}-authenticator-settings-form")
    expect(form.get_by_test_id(f"{WIZARD}-authenticator-settings-form-APIKey")).to_be_visible()
    assert page.get_by_label("API Key").count() == 0  # audit row 13: no label is tied to the input
    api_key = form.locator('input[name="APIKey"]')
    assert (api_key.get_attribute("id"), api_key.get_attribute("aria-label")) == (None, None)
    label = api_key.locator("xpath=ancestor::div[contains(@class, 'field')][1]/label")
    expect(label).to_have_text("API Key")
    form.locator('input[name="APISecret"]').fill("typed-secret")
    page.get_by_test_id("add-connection-modal-finish-button").click()
    expect(modal.get_by_role("alert")).to_have_text("This field cannot be empty")
    assert is_server.api.get(f"{IDP}/{idp_id}/federated-authenticators").json()["authenticators"] == []


def test_duplicate_connection_name_is_refused(console: Console, is_server: IsServer) -> None:
    custom_connector(is_server, "Taken")
    with pytest.raises(ConsoleError, match="already exists"):
        console.connections().create_custom_connector("Taken", "")
    names = [i["name"] for i in is_server.api.get(IDP).json()["identityProviders"]]
    assert names.count("Taken") == 1


def test_a_name_taken_before_its_check_answers_is_refused_in_the_wizard(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    """A failed name check counts as free (searchIdentityProviderName): IS's 409 shows in the wizard."""
    custom_connector(is_server, "Taken-Late")
    watched.page.route(
        re.compile(r".*/identity-providers\?filter=name\+eq\+.*"),
        lambda route: route.fulfill(
            status=500, json={"code": "IDP-65001", "message": "Error", "description": "down"}
        ),
    )
    with pytest.raises(
        ConsoleError, match="Create error Identity Provider with the name: Taken-Late already exists"
    ):
        console.connections().create_custom_connector("Taken-Late", "")
    expect(watched.page.locator('[data-componentid="wizard-alert-message"]')).to_have_text("Create error")
    names = [i["name"] for i in is_server.api.get(IDP).json()["identityProviders"]]
    assert names.count("Taken-Late") == 1
    # Chrome logs every failed fetch; these two (the check's 500, IS's 409) are the point of this test.
    watched.errors[:] = [e for e in watched.errors if "status of 500" not in e and "status of 409" not in e]


def test_callback_url_is_editable_and_saved_by_its_own_update(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = custom_connector(is_server, "Callback")
    with_twitter(is_server, idp_id)
    calls = record_calls(watched.page)
    conn = console.connections().open_connection("Callback")
    assert conn.authenticator_field_is_read_only("callbackUrl") is False
    expect(watched.page.get_by_test_id(f"{SETTINGS_TID}-add-authenticator-button")).to_have_count(
        0
    )  # one only
    conn.update_authenticator({"callbackUrl": "http://127.0.0.1:9/new"})
    (put,) = calls.to("PUT", f"/federated-authenticators/{TWITTER_ID}")
    assert "tags" not in put.body and "authenticatorId" not in put.body
    saved = is_server.api.get(f"{IDP}/{idp_id}/federated-authenticators/{TWITTER_ID}").json()
    assert {p["key"]: p["value"] for p in saved["properties"]}["callbackUrl"] == "http://127.0.0.1:9/new"


def test_tabs_in_order_with_one_bare_pane_each(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = custom_connector(is_server, "Tabs")
    with_twitter(is_server, idp_id)
    step = {"id": 1, "options": [{"idp": "Tabs", "authenticator": "TwitterAuthenticator"}]}
    is_server.api.post(
        APPS, json={"name": "Tabs-App", "authenticationSequence": {"type": "USER_DEFINED", "steps": [step]}}
    )
    conn = console.connections().open_connection("Tabs")
    page = watched.page
    tabs = page.get_by_test_id("idp-edit-page-resource-tabs").locator(".menu a.item")
    expect(tabs).to_have_text(
        [
            "General",
            "Settings",
            "Attributes",
            "Connected Apps",
            "Outbound Provisioning",
            "Just-in-Time Provisioning",
            "Advanced",
        ]
    )
    assert page.get_by_role("tab").count() == 0
    for label in ("General", "Settings", "Attributes", "Just-in-Time Provisioning", "Advanced"):
        conn.open_tab(label)
        expect(page.get_by_test_id("resource-tab-pane")).to_have_count(1)
    for absent in (
        "general-settings",
        "authenticator-settings",
        "attribute-settings",
        "jit-provisioning-settings",
    ):
        expect(page.locator(f'[data-testid="idp-edit-page-{absent}"]')).to_have_count(0)
    assert conn.connected_apps() == ["Tabs-App"]


def test_general_rename_and_delete(console: Console, is_server: IsServer, watched: Watched) -> None:
    idp_id = custom_connector(is_server, "Old-Name", "old")
    calls = record_calls(watched.page)
    conn = console.connections().open_connection("Old-Name")
    conn.open_tab("General")
    expect(watched.page.get_by_test_id("idp-edit-page-general-settings-form")).to_have_count(
        0
    )  # goes to final-form
    conn.update_general("New-Name", "new")
    (patch,) = calls.to("PATCH", f"{IDP}/{idp_id}")
    assert {op["path"]: op["value"] for op in patch.body} == {
        "/alias": "",
        "/description": "new",
        "/idpIssuerName": "",
        "/isPrimary": False,
        "/name": "New-Name",
    }
    assert is_server.api.get(f"{IDP}/{idp_id}").json()["name"] == "New-Name"
    conn.delete()
    assert is_server.api.get(f"{IDP}/{idp_id}").status_code == 404


def test_a_renamed_template_card_is_accepted_and_reported(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    """A Console heading the card "Custom Authenticator (Plugin-based)" (connections.md §4) still works."""
    page = watched.page
    connections = console.connections()
    page.get_by_test_id("idp-add-button").or_(
        page.get_by_test_id("idp-list-empty-placeholder").get_by_role("button")
    ).first.click()
    header = page.get_by_test_id("connection-templates-Expert Mode-header")
    expect(header).to_be_visible()
    header.evaluate("e => { e.textContent = 'Custom Authenticator (Plugin-based)'; }")
    connections._choose_custom_connector()
    expect(page.locator('[data-componentid="expert-mode-idp-modal"]')).to_be_visible()
    assert ("idp-2", "Custom Connector", "Custom Authenticator (Plugin-based)") in [
        (d.step_id, d.doc_words, d.deployment_words) for d in drifts
    ]


def test_removing_the_only_authenticator_puts_a_blank_default(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = custom_connector(is_server, "Remove-One")
    with_twitter(is_server, idp_id)
    calls = record_calls(watched.page)
    console.connections().open_connection("Remove-One").open_tab("Settings")
    page = watched.page
    title = page.get_by_test_id(f"{SETTINGS_TID}-accordion-{TWITTER_ID}-title")
    expect(title).to_have_attribute("id", TWITTER_ID)
    title.locator("i.trash").click()
    modal = page.locator(f'.ui.modal[data-testid="{SETTINGS_TID}-authenticator-delete-confirmation"]')
    expect(modal).to_be_visible()
    confirm = modal.get_by_test_id(f"{SETTINGS_TID}-authenticator-delete-confirmation-confirm-button")
    expect(confirm).to_be_disabled()
    modal.get_by_test_id(f"{SETTINGS_TID}-authenticator-delete-confirmation-assertion-input").locator(
        "input"
    ).fill("TwitterAuthenticator")
    confirm.click()
    expect(page.get_by_test_id(f"{SETTINGS_TID}-empty-placeholder")).to_be_visible()
    (put,) = calls.to("PUT", f"{idp_id}/federated-authenticators")
    assert put.body == {"authenticators": [], "defaultAuthenticatorId": ""}
    assert is_server.api.get(f"{IDP}/{idp_id}/federated-authenticators").json() == {"authenticators": []}


def test_delete_from_the_list(console: Console, is_server: IsServer, watched: Watched) -> None:
    idp_id = custom_connector(is_server, "From-List")
    console.connections()
    page = watched.page
    page.get_by_test_id("idp-list-From-List").locator(
        '[data-componentid="resource-grid-card-item-delete-button"]'
    ).click()
    modal = page.locator('.ui.modal[data-testid="idp-list-delete-confirmation-modal"]')
    expect(modal.get_by_test_id("idp-list-delete-confirmation-modal-header")).to_have_text("Are you sure?")
    assert page.get_by_role("dialog").count() == 0
    modal.get_by_test_id("idp-list-delete-confirmation-modal-assertion-checkbox").locator("label").click()
    modal.get_by_test_id("idp-list-delete-confirmation-modal-confirm-button").click()
    expect(page.get_by_test_id("idp-list-From-List")).to_have_count(0)
    assert is_server.api.get(f"{IDP}/{idp_id}").status_code == 404
