"""The application's Login Flow tab in the Visual editor (a default pack enables only that one), each action
checked over REST.

Each test proves a structure of the real Visual editor (PROVENANCE.md "Login Flow: Visual and Classic
editors"; identity-apps ``authentication-flow-visual-editor.tsx``, ``sign-in-box-node.tsx``,
``step-addition-edge.tsx``, ``add-authenticator-modal.tsx``, F) that the old page object got wrong
(console-audit-2026-12.md rows 24 and 25: options counted twice through ``.oxygen-sign-in-option``, an
add-step id that does not exist), or the call its Update makes.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.applications_support import APPS
from tests.mock_is.console.connections_support import record_calls
from tests.mock_is.console.console_support import IsServer, Watched
from tests.mock_is.console.login_flow_support import (
    BASIC,
    app_and_twitter,
    edit_page,
    stored_sequence,
    twitter_option,
)

DEFAULT_SCRIPT = "var onLoginRequest = function(context) {\n    executeStep(1);\n};\n"


def test_the_visual_editor_renders_reactflows_nodes_and_the_consoles_hooks(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "VisualMarkup", "VisualMarkupX")
    app = edit_page(console, is_server, app_id, "VisualMarkup")
    assert app.login_flow_editor() == "visual"
    page = watched.page
    # F's builder root carries no component id (7.2's does: test_console_login_flow_72.py).
    expect(page.locator(".sign-in-method-split-view")).to_have_count(1)
    expect(page.locator('[data-componentid="authentication-flow-builder"]')).to_have_count(0)
    # Only the Visual editor is enabled: no editor tabs, the Classic panel hidden and empty.
    expect(page.get_by_role("tab")).to_have_count(0)
    expect(page.locator('[data-componentid="authentication-flow-builder-legacy-builder"]')).to_be_hidden()
    expect(page.locator('[data-componentid="application-edit-sign-on-methods-landing"]')).to_have_count(0)
    # Step nodes are 0-based, inside reactflow's node wrappers.
    node = page.locator('[data-componentid="sign-in-box-node-step-0"]')
    expect(node).to_be_visible()
    expect(page.locator('[data-componentid="sign-in-box-node-step-1"]')).to_have_count(0)
    wrapper = page.locator('.react-flow__node.react-flow__node-loginBox[data-id="1"]')
    expect(wrapper).to_have_attribute("data-testid", "rf__node-1")
    expect(wrapper.locator('[data-componentid="sign-in-box-node-step-0"]')).to_have_count(1)
    expect(page.locator('[data-componentid="sign-in-box-node-step-0-id"]')).to_have_text("Step 1")
    add = node.locator('[data-componentid="sign-in-box-node-add-sign-in-option"]')
    expect(add).to_have_text("Add Sign In Option")
    expect(add).to_have_class(re.compile(r"\boxygen-sign-in-option\b.*\boxygen-sign-in-option-add\b"))
    # The add-step control is the step-addition edge's Fab; the old page object's id exists nowhere.
    expect(page.locator("button.add-step-button[aria-label=add]")).to_have_count(1)
    expect(page.locator('[data-componentid="step-addition-edge-add-step-button"]')).to_have_count(1)
    expect(
        page.locator('[data-componentid="authentication-flow-visual-editor-add-step-button"]')
    ).to_have_count(0)
    update = page.locator('[data-componentid="authentication-flow-visual-editor-update-button"]')
    expect(update).to_have_text("Update")
    expect(page.locator('[data-componentid="authentication-flow-visual-editor-revert-button"]')).to_have_text(
        re.compile("Revert to default")
    )
    # The add-authenticator modal: a semantic modal, no dialog role, Add disabled until a card is picked.
    add.click()
    modal = page.locator('.ui.modal[data-testid="add-authenticator-modal"]')
    expect(modal).to_be_visible()
    expect(modal).to_have_attribute("data-componentid", "authentication-flow-option-add-modal")
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(modal.locator(".header").first).to_have_text("Add Authentication")
    card = modal.get_by_test_id("add-authenticator-modal-authenticators-authenticator-VisualMarkupX")
    expect(
        card.get_by_test_id("add-authenticator-modal-authenticators-authenticator-VisualMarkupX-header")
    ).to_have_text("VisualMarkupX")
    next_button = modal.get_by_test_id("add-authenticator-modal-next-button")
    expect(next_button).to_have_text("Add")
    expect(next_button).to_be_disabled()
    card.click()
    expect(next_button).to_be_enabled()
    modal.get_by_role("button", name="Cancel").click()
    expect(modal).to_have_count(0)


def test_add_sign_in_option_patches_the_flow_and_reports_confirm(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    app_id = app_and_twitter(is_server, "VisualAdd", "VisualAddX")
    calls = record_calls(watched.page)
    app = edit_page(console, is_server, app_id, "VisualAdd")
    app.add_sign_in_option("VisualAddX")
    # The real Update's PATCH: the editor's sequence as USER_DEFINED, the default script for its steps.
    (patch,) = calls.to("PATCH", f"{APPS}/{app_id}")
    sent = patch.body["authenticationSequence"]
    assert sent["type"] == "USER_DEFINED"
    assert sent["steps"] == [{"id": 1, "options": [BASIC, twitter_option("VisualAddX")]}]
    assert sent["script"] == DEFAULT_SCRIPT
    assert set(patch.body) == {"authenticationSequence"}
    stored = stored_sequence(is_server, app_id)
    assert stored["type"] == "USER_DEFINED"
    assert stored["steps"] == [{"id": 1, "options": [BASIC, twitter_option("VisualAddX")]}]
    assert LabelDrift("login-2", "Confirm", "Add") in drifts
    assert [d for d in drifts if d.step_id in ("login-1", "login-3")] == []
    # The option is shown once, though its class is on its wrapper and its button (audit row 25).
    assert app.sign_in_options() == ["VisualAddX"]
    node = watched.page.locator('[data-componentid="sign-in-box-node-step-0"]')
    expect(node.locator(".oxygen-sign-in-option")).to_have_count(3)  # wrapper, its button, the add button
    expect(node.get_by_role("button", name="Sign In With VisualAddX")).to_have_count(1)


def test_a_second_step_is_added_through_the_step_addition_edge(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "VisualStep2", "VisualStep2X")
    app = edit_page(console, is_server, app_id, "VisualStep2")
    app.add_sign_in_option("VisualStep2X", step=2)
    stored = stored_sequence(is_server, app_id)
    assert stored["steps"] == [
        {"id": 1, "options": [BASIC]},
        {"id": 2, "options": [twitter_option("VisualStep2X")]},
    ]
    expect(watched.page.locator('[data-componentid="sign-in-box-node-step-1"]')).to_be_visible()
    assert app.sign_in_options(2) == ["VisualStep2X"]


def test_the_same_connection_twice_in_a_step_is_refused(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "VisualTwice", "VisualTwiceX")
    app = edit_page(console, is_server, app_id, "VisualTwice")
    app.add_sign_in_option("VisualTwiceX")
    node = watched.page.locator('[data-componentid="sign-in-box-node-step-0"]')
    node.locator('[data-componentid="sign-in-box-node-add-sign-in-option"]').click()
    modal = watched.page.locator('.ui.modal[data-testid="add-authenticator-modal"]')
    modal.get_by_test_id("add-authenticator-modal-authenticators-authenticator-VisualTwiceX").click()
    modal.get_by_test_id("add-authenticator-modal-next-button").click()
    warning = watched.page.locator('[data-testid="alert"] .notification-warning')
    expect(warning).to_contain_text("The same authenticator is not allowed more than once in a single step.")
    assert app.sign_in_options() == ["VisualTwiceX"]
    stored = stored_sequence(is_server, app_id)
    assert stored["steps"][0]["options"] == [BASIC, twitter_option("VisualTwiceX")]
