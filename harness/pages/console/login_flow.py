"""The application's Login Flow tab (login-1..login-3) in either of its editors, as the real IS 7.1/7.2
Console renders them.

PROVENANCE.md "Login Flow: Visual and Classic editors" (identity-apps ``authentication-flow-builder.tsx``,
``authentication-flow-visual-editor.tsx``, ``sign-in-box-node.tsx``, ``add-authenticator-modal.tsx``,
``authenticators.tsx``, and the Classic editor's ``sign-in-method-landing.tsx``,
``sign-in-method-customization.tsx``, ``step-based-flow.tsx``, ``authentication-step.tsx``):

- which editor is shown is the deployment's choice: only the Visual editor on a default pack; with both
  enabled the builder opens on the Classic one (audit row 23). The page object looks at what is shown and
  drives that one; the builder's panels ``authentication-flow-builder-visual-builder`` /
  ``…-legacy-builder`` are both in the DOM, the inactive one hidden and empty;
- Visual: the step's node ``sign-in-box-node-step-<index>`` (0-based), its "Add Sign In Option"
  (``sign-in-box-node-add-sign-in-option``, the same id in every node), the step-addition Fab
  (``button.add-step-button``), "Update" ``authentication-flow-visual-editor-update-button`` (or the builder's
  ``authentication-flow-builder-update-button`` when conditional authentication is on). A shown option is a
  ``div.oxygen-sign-in-option`` wrapper around a ``button.oxygen-sign-in-option``: the class is on both, so
  options are counted by their wrappers only (audit row 25);
- Classic: a default flow first shows the landing, whose "Start with default configuration" card
  (``basic-configuration-flow-card``) opens the editor; a step is
  ``application-edit-sign-on-methods-step-based-flow-authentication-step-<index>``, its button "Add
  Authentication" has the tour id ``add-authentication-options-button`` (the doc's "Add Sign In Option" is
  drift there), "Update" is ``application-edit-sign-on-methods-update-button``;
- both open the same modal ``add-authenticator-modal``: the connection's card
  ``add-authenticator-modal-authenticators-authenticator-<connection name>``, then "Add"
  (``add-authenticator-modal-next-button``; the doc says "Confirm"). Update ends in PATCH
  ``/applications/{id}`` and "Update successful".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsoleError, ConsolePageBase

__all__ = ["LoginFlowMixin"]

_TAB = "Login Flow"
_DOC_ADD = "Add Sign In Option"
_SELECTED = re.compile(r"\bselected\b")
_PATCH = re.compile(r"/api/server/v1/applications/[^/?]+$")


class LoginFlowMixin(ConsolePageBase):
    """The Login Flow tab's actions on the application edit page (mixed into ``ApplicationPage``)."""

    if TYPE_CHECKING:  # provided by ApplicationPage

        def open_tab(self, label: str, step_id: str | None = None) -> Any: ...

        def _pane(self) -> Locator: ...

    # ---- which editor ----------------------------------------------------------------------------

    def _login_flow(self, step_id: str | None = None) -> tuple[str, Locator]:
        """Open the tab; ``("visual" | "classic", its panel)`` once the shown editor has loaded."""
        self.open_tab(_TAB, step_id)
        pane = self._pane()
        visual = self._tid("authentication-flow-builder-visual-builder", pane)
        classic = self._tid("authentication-flow-builder-legacy-builder", pane)
        visual_ready = visual.locator('[data-componentid="sign-in-box-node-step-0"]')
        classic_ready = classic.locator(
            '[data-componentid="application-edit-sign-on-methods-landing"], '
            '[data-componentid="application-edit-sign-on-methods-step-based-flow"]'
        )
        expect(visual_ready.or_(classic_ready).first).to_be_visible()
        if visual_ready.count():
            return "visual", visual
        return "classic", classic

    def login_flow_editor(self) -> str:
        """The editor the tab shows: ``"visual"`` or ``"classic"``."""
        return self._login_flow()[0]

    # ---- the documented steps --------------------------------------------------------------------

    def add_sign_in_option(self, connection: str, step: int = 1) -> None:
        """Login Flow (login-1) → Add Sign In Option in ``step`` → the connection → Add (login-2) → Update
        (login-3), in whichever editor the Console shows."""
        editor, panel = self._login_flow("login-1")
        if editor == "visual":
            container, add = self._visual_step(panel, step)
        else:
            container, add = self._classic_step(panel, step)
        self._pick("login-1", _DOC_ADD, self._control(_DOC_ADD, container), add).click()
        self._choose(connection, step)
        self._expect_option(editor, container, step, connection)
        self._update(editor, panel)
        self._prove(("login-3",), f"the Login Flow ({editor} editor) updated: {connection!r} in step {step}")

    def sign_in_options(self, step: int = 1) -> list[str]:
        """The options step ``step`` shows, by name, each once: in the Visual editor the buttons ("Sign In
        With <name>"; the basic authenticator is drawn as the sign-in form there, not as an option), in the
        Classic editor every option card ("Username & Password" for the basic one)."""
        editor, panel = self._login_flow()
        if editor == "visual":
            container = self._tid(f"sign-in-box-node-step-{step - 1}", panel)
        else:
            self._classic_editor(panel)
            container = self._classic_step_box(panel, step)
        expect(container).to_be_visible()
        return self._options_in(editor, container, step)

    # ---- Visual editor ---------------------------------------------------------------------------

    def _visual_step(self, panel: Locator, step: int) -> tuple[Locator, Locator]:
        node = self._tid(f"sign-in-box-node-step-{step - 1}", panel)
        while not node.count():
            # The step-addition edge's Fab adds one empty step after the last.
            adder = panel.locator("button.add-step-button")
            expect(adder).to_be_visible()
            before = panel.locator(".sign-in-box-node").count()
            adder.click()
            expect(panel.locator(".sign-in-box-node")).to_have_count(before + 1)
        expect(node).to_be_visible()
        return node, self._tid("sign-in-box-node-add-sign-in-option", node)

    # ---- Classic editor --------------------------------------------------------------------------

    def _classic_editor(self, panel: Locator) -> None:
        """Past the landing: a default flow opens on "Start with default configuration"."""
        flow = self._tid("application-edit-sign-on-methods-step-based-flow", panel)
        landing = self._tid("application-edit-sign-on-methods-landing", panel)
        expect(flow.or_(landing).first).to_be_visible()
        if landing.count():
            self._tid("basic-configuration-flow-card", landing).click()
        expect(flow).to_be_visible()

    def _classic_step_box(self, panel: Locator, step: int) -> Locator:
        """The Classic editor's box of ``step`` (its component id counts from 0)."""
        index = step - 1
        return self._tid(
            f"application-edit-sign-on-methods-step-based-flow-authentication-step-{index}", panel
        )

    def _classic_step(self, panel: Locator, step: int) -> tuple[Locator, Locator]:
        self._classic_editor(panel)
        container = self._classic_step_box(panel, step)
        while not container.count():
            steps = panel.locator(".authentication-steps-section > .timeline-item")
            before = steps.count()
            panel.locator('[data-tourid="add-new-step-button"]').click()
            expect(steps).to_have_count(before + 1)
        expect(container).to_be_visible()
        return container, container.locator('[data-tourid="add-authentication-options-button"]')

    # ---- the add-authenticator modal, the options, Update ----------------------------------------

    def _choose(self, connection: str, step: int) -> None:
        """Pick the connection's card in the add-authenticator modal and click Add (login-2)."""
        modal = self.page.locator('.ui.modal[data-testid="add-authenticator-modal"]')
        expect(modal).to_be_visible()
        card = self._tid(f"add-authenticator-modal-authenticators-authenticator-{connection}", modal)
        try:
            expect(card).to_be_visible()  # the cards come with the editor's authenticators
        except AssertionError as missing:
            raise ConsoleError(
                f"the add-authenticator modal offers no {connection!r} for step {step}"
            ) from missing
        card.click()
        expect(card).to_have_class(_SELECTED)
        self._prove(("login-1", "login-2"), f"step {step}'s add-authenticator modal, {connection!r} chosen")
        add = self._tid("add-authenticator-modal-next-button", modal)
        button = self._pick("login-2", "Confirm", self._control("Confirm", modal), add)
        expect(button).to_be_enabled()
        button.click()
        expect(modal).to_be_hidden()

    def _expect_option(self, editor: str, container: Locator, step: int, connection: str) -> None:
        """Wait for the step to show the connection it was given; refuse when it does not."""
        if editor == "visual":
            words = re.compile(r"^\s*Sign In With " + re.escape(connection) + r"\s*$")
            shown = container.locator(".oxygen-sign-in-options > div.oxygen-sign-in-option").filter(
                has=self.page.locator("button.oxygen-sign-in-option").filter(has_text=words)
            )
        else:
            index = step - 1
            shown = self._tid(
                f"application-edit-sign-on-methods-step-based-flow-authentication-step-{index}-option-name",
                container,
            ).filter(has_text=re.compile(r"^\s*" + re.escape(connection) + r"\s*$"))
        try:
            expect(shown).to_have_count(1)
        except AssertionError as missing:
            raise ConsoleError(
                f"the login flow does not show {connection!r} in step {step} after Add"
            ) from missing

    def _options_in(self, editor: str, container: Locator, step: int) -> list[str]:
        """The options a step shows: the Visual editor's option wrappers (not their inner buttons, which
        carry the same class, nor the add button), or the Classic editor's option names."""
        if editor == "visual":
            wrappers = container.locator(".oxygen-sign-in-options > div.oxygen-sign-in-option")
            buttons = wrappers.locator("button.oxygen-sign-in-option")
            words = [" ".join(w.split()) for w in buttons.all_inner_texts()]
            return [w.removeprefix("Sign In With ").strip() for w in words]
        index = step - 1
        names = self._tid(
            f"application-edit-sign-on-methods-step-based-flow-authentication-step-{index}-option-name",
            container,
        )
        return [" ".join(n.split()) for n in names.all_inner_texts()]

    def _update(self, editor: str, panel: Locator) -> None:
        """Update (login-3): the PATCH answered, then the Console's success alert."""
        if editor == "visual":
            real = self._tid("authentication-flow-visual-editor-update-button", panel).or_(
                self._tid("authentication-flow-builder-update-button", panel)
            )
        else:
            real = self._tid("application-edit-sign-on-methods-update-button", panel)
        button = self._pick("login-3", "Update", self._control("Update", panel), real)
        with self.page.expect_response(
            lambda r: r.request.method == "PATCH" and bool(_PATCH.search(r.url.split("?")[0]))
        ):
            self._submit(button)
