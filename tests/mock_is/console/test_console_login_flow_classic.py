"""The application's Login Flow tab where both editors are enabled: the Console opens on the Classic
editor (authentication-flow-builder.tsx, FlowModes[0]; console-audit-2026-12.md row 23), each action checked
over REST.

Each test proves a structure of the real Classic editor (PROVENANCE.md "Login Flow: Visual and Classic
editors"; identity-apps ``sign-in-method-landing.tsx``, ``step-based-flow.tsx``, ``authentication-step.tsx``,
``sign-in-method-customization.tsx``, F) that the old page object, which assumed the Visual editor, would not
find (rows 23-25), or the call its Update makes.
"""

from __future__ import annotations

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

SETTINGS = {"console_login_flow_editor": "classic"}
C = "application-edit-sign-on-methods"
STEP_0 = f"{C}-step-based-flow-authentication-step-0"
DEFAULT_SCRIPT = "var onLoginRequest = function(context) {\n    executeStep(1);\n};\n"


def test_both_editors_open_on_the_classic_one_with_its_landing(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "ClassicMarkup", "ClassicMarkupX")
    app = edit_page(console, is_server, app_id, "ClassicMarkup")
    assert app.login_flow_editor() == "classic"
    page = watched.page
    # The builder's two tabs (Oxygen/MUI role=tab), the Classic one selected; the Visual panel hidden, empty.
    tabs = page.get_by_role("tab")
    expect(tabs).to_have_text(["Classic Editor", "Visual Editor"])
    expect(page.locator('[data-componentid="authentication-flow-builder-0-tab"]')).to_have_attribute(
        "aria-selected", "true"
    )
    expect(page.locator('[data-componentid="authentication-flow-builder-visual-builder"]')).to_be_hidden()
    expect(page.locator('[data-componentid^="sign-in-box-node"]')).to_have_count(0)
    # A default flow shows the landing first; its card opens the step-based editor on the default step.
    landing = page.locator(f'[data-componentid="{C}-landing"]')
    expect(landing).to_contain_text("Build your own login flow")
    card = landing.locator('[data-componentid="basic-configuration-flow-card"]')
    expect(card).to_have_attribute("data-testid", "info-card")
    expect(card).to_contain_text("Start with default configuration")
    card.click()
    step = page.locator(f'[data-componentid="{STEP_0}"]')
    expect(step.locator(f'[data-componentid="{STEP_0}-option-name"]')).to_have_text("Username & Password")
    add = step.locator('[data-tourid="add-authentication-options-button"]')
    expect(add).to_have_text("Add Authentication")
    expect(add).to_have_attribute("data-testid", "link-button")
    update = page.locator(f'[data-componentid="{C}-update-button"]')
    expect(update).to_have_text("Update")
    expect(update).to_have_attribute("data-testid", "primary-button")
    # The same modal as the Visual editor's, without its wrapper's component id.
    add.click()
    modal = page.locator('.ui.modal[data-testid="add-authenticator-modal"]')
    expect(modal).to_be_visible()
    assert modal.get_attribute("data-componentid") is None
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(
        modal.get_by_test_id("add-authenticator-modal-authenticators-authenticator-ClassicMarkupX")
    ).to_be_visible()
    modal.get_by_role("button", name="Cancel").click()
    expect(modal).to_have_count(0)


def test_add_sign_in_option_in_the_classic_editor_patches_the_flow(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    app_id = app_and_twitter(is_server, "ClassicAdd", "ClassicAddX")
    calls = record_calls(watched.page)
    app = edit_page(console, is_server, app_id, "ClassicAdd")
    app.add_sign_in_option("ClassicAddX")
    (patch,) = calls.to("PATCH", f"{APPS}/{app_id}")
    assert patch.body == {
        "authenticationSequence": {
            "attributeStepId": 1,
            "requestPathAuthenticators": [],
            "script": DEFAULT_SCRIPT,
            "steps": [{"id": 1, "options": [BASIC, twitter_option("ClassicAddX")]}],
            "subjectStepId": 1,
            "type": "USER_DEFINED",
        }
    }
    stored = stored_sequence(is_server, app_id)
    assert stored["type"] == "USER_DEFINED"
    assert stored["steps"] == [{"id": 1, "options": [BASIC, twitter_option("ClassicAddX")]}]
    # The Classic editor words the doc's "Add Sign In Option" as "Add Authentication", "Confirm" as "Add".
    assert LabelDrift("login-1", "Add Sign In Option", "Add Authentication") in drifts
    assert LabelDrift("login-2", "Confirm", "Add") in drifts
    # Once the flow is no longer the default one, the tab opens on the editor, not the landing.
    app.page.reload()
    app.wait("ClassicAdd")
    assert app.sign_in_options() == ["Username & Password", "ClassicAddX"]
    expect(watched.page.locator(f'[data-componentid="{C}-landing"]')).to_have_count(0)


def test_a_second_step_from_the_timelines_add_step_icon(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "ClassicStep2", "ClassicStep2X")
    app = edit_page(console, is_server, app_id, "ClassicStep2")
    app.add_sign_in_option("ClassicStep2X", step=2)
    assert stored_sequence(is_server, app_id)["steps"] == [
        {"id": 1, "options": [BASIC]},
        {"id": 2, "options": [twitter_option("ClassicStep2X")]},
    ]
    assert app.sign_in_options(2) == ["ClassicStep2X"]
