"""The Connections pages of IS 7.2's Console (2.81.6): the Custom Connector renamed where the 2025 sources
rename it, the same card and ids elsewhere (connections.md §4; PROVENANCE.md "Connections")."""

from __future__ import annotations

from playwright.sync_api import expect

from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.connections_support import IDP, record_calls
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

SETTINGS = {"release": "7.2"}
PLUGIN_BASED = "Custom Authenticator (Plugin-based)"


def test_the_wizard_and_the_edit_page_say_plugin_based(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    calls = record_calls(watched.page)
    connections = console.connections()
    page = watched.page
    connections._add_button().click()
    header = page.get_by_test_id("connection-templates-Expert Mode-header")
    expect(header).to_have_text("Custom Connector")  # resolveConnectionName, every version read
    expect(page.get_by_test_id("connection-templates-Expert Mode-description")).to_have_text(
        "Enable login for users with built-in connectors and plug-in authenticators."
    )
    page.get_by_test_id("connection-templates-Expert Mode").get_by_role("button", name="Create").click()
    modal = page.locator('[data-componentid="expert-mode-idp-modal"]')
    expect(modal.locator(".modal-header")).to_contain_text(PLUGIN_BASED)
    modal.locator('[data-componentid="expert-mode-idp-modal-cancel-button"]').click()
    conn = console.connections().create_custom_connector("X72", "")
    (post,) = calls.to("POST", IDP)
    assert (
        post.body["description"]
        == "Enable login for users with built-in connectors and plug-in authenticators."
    )
    label = page.get_by_test_id("idp-edit-page-page-layout-page-header-sub-title").locator(".ui.label")
    expect(label).to_have_text(PLUGIN_BASED)
    conn.add_twitter_authenticator("k", "s", "http://127.0.0.1:9/commonauth")
    assert conn.authenticator_field_is_read_only("callbackUrl") is False
    screenshot(page, "connection-edit-settings-7.2")
    assert {(d.step_id, d.doc_words, d.deployment_words) for d in drifts} == {
        ("idp-2", "Create Connection", "New Connection"),
        ("idp-3", "Finish", "Create"),
    }
