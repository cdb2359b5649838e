"""The connection's Just-in-Time Provisioning tab (IS 7.1's Console), each action checked over REST.

Each test proves a structure of the real Console's JIT form (PROVENANCE.md "Connections: Just-in-Time
Provisioning tab"; identity-apps ``jit-provisioning-configuration-form.tsx``, F) that the old hand-written
page got wrong (console-audit-2026-12.md rows 11 and 16), or the call its Update makes.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from harness.pages.console import ConnectionPage, Console, ConsoleError, LabelDrift
from tests.mock_is.console.connections_support import IDP, custom_connector, record_calls, tab_pane
from tests.mock_is.console.console_support import IsServer, Watched, screenshot
from tests.mock_is.console.users_support import stored_user

TID = "idp-edit-page-jit-provisioning-settings"
SCHEMES = [
    "Prompt for username, password and consent",
    "Prompt for password and consent",
    "Prompt for consent",
    "Provision silently",
]


def _open(console: Console, name: str) -> ConnectionPage:
    return console.connections().open_connection(name, "jit-1")


def _jit(is_server: IsServer, idp_id: str) -> dict[str, object]:
    body: dict[str, object] = is_server.api.get(f"{IDP}/{idp_id}/provisioning/jit").json()
    return body


def test_the_tab_renders_the_real_forms_markup(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    custom_connector(is_server, "JitMarkup")
    calls = record_calls(watched.page)
    _open(console, "JitMarkup").open_tab("Just-in-Time Provisioning")
    page = watched.page
    pane = tab_pane(page)
    expect(pane.get_by_test_id(f"{TID}-update-button")).to_have_text("Update")
    # No root id: the page's "<tid>-jit-provisioning-settings" is only a prefix (audit row 11).
    expect(page.locator(f'[data-testid="{TID}"], [data-componentid="{TID}"]')).to_have_count(0)
    expect(page.locator(f"#{TID}")).to_have_count(0)
    expect(pane.locator("form.ui.form")).to_have_count(1)
    assert pane.locator("form.ui.form").get_attribute("data-testid") is None
    # The enable checkbox: a legacy checkbox-group Field, the test id on div.ui.checkbox, no id on the input.
    checkbox = pane.get_by_test_id(f"{TID}-is-enable")
    expect(checkbox).to_have_count(1)  # the association checkbox is a sub-organization's only
    expect(checkbox).to_have_class(re.compile(r"\bui\b.*\bcheckbox\b"))
    box = checkbox.locator("input")
    expect(box).to_have_attribute("name", "enableJITProvisioning")
    assert box.get_attribute("id") is None and box.get_attribute("type") == "checkbox"
    expect(checkbox.locator("label")).to_have_text("Just-in-Time (JIT) User Provisioning")
    expect(pane.locator('input[name="associateLocalUser"]')).to_have_count(0)
    expect(box).not_to_be_checked()  # a new connection's JIT is off
    expect(pane.get_by_test_id("proxy-mode-conflict-warning-message")).to_be_visible()
    # The userstore dropdown (name on its root div, no input) and the four scheme radios, disabled while off.
    dropdown = pane.get_by_test_id(f"{TID}-user-store-domain")
    expect(dropdown).to_have_class(re.compile(r"^(?=.*\bui\b)(?=.*\bdropdown\b)(?=.*\bdisabled\b)"))
    expect(dropdown).to_have_attribute("name", "provisioningUserstoreDomain")
    expect(dropdown.locator("input")).to_have_count(0)
    radios = pane.get_by_test_id(f"{TID}-scheme")
    expect(radios).to_have_count(4)
    expect(radios.locator("label")).to_have_text(SCHEMES)
    expect(radios.locator('input[name="provisioningScheme"]')).to_have_count(4)
    for radio in radios.locator("input").all():
        expect(radio).to_be_disabled()
    # No hooks the real Console lacks: no dialog, no ids on the legacy fields.
    expect(pane.get_by_role("dialog")).to_have_count(0)
    expect(pane.locator("input[id], [role=listbox][id]")).to_have_count(0)
    expect(page.get_by_label("Just-in-Time (JIT) User Provisioning")).to_have_count(0)
    assert calls.to("GET", "/api/server/v1/userstores")  # the form asks for the stores, as the real one
    screenshot(page, "console-connection-jit")


def test_set_jit_on_and_off_is_the_forms_put(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    idp_id = custom_connector(is_server, "JitToggle")
    before = _jit(is_server, idp_id)
    calls = record_calls(watched.page)
    connection = _open(console, "JitToggle")
    assert connection.jit_enabled() is False
    connection.set_jit(True)
    (put,) = calls.to("PUT", f"{IDP}/{idp_id}/provisioning/jit")
    assert put.body == {
        "associateLocalUser": before["associateLocalUser"],
        "attributeSyncMethod": before["attributeSyncMethod"],
        "isEnabled": True,
        "scheme": before["scheme"],
        "userstore": before["userstore"],
    }
    assert _jit(is_server, idp_id)["isEnabled"] is True
    expect(watched.page.get_by_test_id("alert").locator(".notification-success")).to_contain_text(
        "Successfully updated the JIT provisioning configurations."
    )
    assert connection.jit_enabled() is True
    expect(tab_pane(watched.page).get_by_test_id("proxy-mode-conflict-warning-message")).to_have_count(0)
    connection.set_jit(False)
    assert _jit(is_server, idp_id)["isEnabled"] is False
    assert connection.jit_enabled() is False
    assert drifts == []  # the doc's words are the Console's


def test_set_jit_options_changes_scheme_and_userstore(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    stored_user(is_server, "jitxuser", "XUSERS")  # a secondary store exists once a user lives in it
    idp_id = custom_connector(is_server, "JitOptions")
    connection = _open(console, "JitOptions")
    with pytest.raises(ConsoleError, match="disabled"):
        connection.set_jit_options(scheme="PROMPT_CONSENT")  # the options are disabled while JIT is off
    connection.set_jit(True)
    pane = tab_pane(watched.page)
    dropdown = pane.get_by_test_id(f"{TID}-user-store-domain")
    dropdown.click()
    expect(dropdown.get_by_role("option")).to_have_text(["PRIMARY", "XUSERS"])  # PRIMARY first, always
    dropdown.click()
    connection.set_jit_options(scheme="PROMPT_CONSENT", userstore="XUSERS")
    jit = _jit(is_server, idp_id)
    assert (jit["isEnabled"], jit["scheme"], jit["userstore"]) == (True, "PROMPT_CONSENT", "XUSERS")
    pane = tab_pane(watched.page)
    checked = pane.locator('input[name="provisioningScheme"]:checked')
    expect(checked).to_have_attribute("value", "PROMPT_CONSENT")
    connection.set_jit_options(scheme="PROVISION_SILENTLY", userstore="PRIMARY")
    jit = _jit(is_server, idp_id)
    assert (jit["scheme"], jit["userstore"]) == ("PROVISION_SILENTLY", "PRIMARY")


def test_the_association_checkbox_is_not_there_in_the_root_organization(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = custom_connector(is_server, "JitAssociate")
    connection = _open(console, "JitAssociate")
    connection.set_jit(True)
    calls = record_calls(watched.page)
    with pytest.raises(ConsoleError, match="sub-organization"):
        connection.set_jit_options(associate_local_user=True)
    assert not calls.to("PUT", f"{IDP}/{idp_id}/provisioning/jit")  # nothing sent around the UI
    assert _jit(is_server, idp_id)["associateLocalUser"] is False


def test_a_drifted_checkbox_label_is_reported(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    custom_connector(is_server, "JitDrift")
    connection = _open(console, "JitDrift")
    connection.open_tab("Just-in-Time Provisioning")
    label = tab_pane(watched.page).get_by_test_id(f"{TID}-is-enable").locator("label")
    label.evaluate("el => { el.textContent = 'JIT User Provisioning'; }")
    connection.set_jit(True)
    assert [(d.step_id, d.deployment_words) for d in drifts] == [("jit-3", "JIT User Provisioning")]
