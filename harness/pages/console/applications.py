"""Applications: the list, the Traditional Web Application wizard, the app page and its Login Flow editor.

Labels and attributes from is-console-ui.md §7 (f1–f13): the modal's button is "Add" where the doc
says "Confirm", which is reported as drift on step login-2.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase, words_pattern

__all__ = ["ApplicationPage", "ApplicationsPage", "LoginFlowEditor"]


class ApplicationsPage(ConsolePageBase):
    """``/console/applications``."""

    def wait(self) -> ApplicationsPage:
        """Wait for the list (or its empty placeholder)."""
        expect(self._tid("applications-list-layout-add-button")).to_be_visible()
        return self

    def names(self) -> list[str]:
        """Names of the listed applications."""
        return [n.strip() for n in self._tid("application-list-item-heading").all_inner_texts()]

    def create_traditional_web_app(self, name: str, redirect_url: str) -> ApplicationPage:
        """ "New Application" → Traditional Web Application (OpenID Connect) → name, redirect URL → Create."""
        self._tid("applications-list-layout-add-button").click()
        self.page.get_by_text("Traditional Web Application", exact=True).first.click()
        modal = self.page.get_by_role("dialog").filter(has_text="Traditional Web Application")
        expect(modal).to_be_visible()
        modal.get_by_label("Name", exact=True).fill(name)
        modal.get_by_text("OpenID Connect", exact=True).click()
        modal.get_by_label(re.compile(r"^Authorized redirect URLs?$")).fill(redirect_url)
        modal.get_by_role("button", name="Create", exact=True).click()
        return ApplicationPage(self.page, self.base_url, self.on_drift).wait(name)

    def open_application(self, name: str) -> ApplicationPage:
        """Select the application in the list (doc step login-2, "Select your application")."""
        row = self._tid("data-table-row").filter(has=self.page.get_by_text(name, exact=True))
        expect(row.first).to_be_visible()
        heading = self._tid("application-list-item-heading", row.first)
        heading.or_(row.first.get_by_text(name, exact=True)).first.click()
        return ApplicationPage(self.page, self.base_url, self.on_drift).wait(name)


class ApplicationPage(ConsolePageBase):
    """``/console/applications/{id}``."""

    def wait(self, name: str | None = None) -> ApplicationPage:
        """Wait for the app's tabs (and its title when ``name`` is given)."""
        expect(self._tid("application-edit-resource-tabs")).to_be_visible()
        if name is not None:
            expect(self.page.get_by_role("heading", name=name, exact=True)).to_be_visible()
        # Kept now: the page object may outlive the page (the browser moves on to other pages).
        self._id = self.page.url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return self

    @property
    def application_id(self) -> str:
        """The application's id, read from the URL when the page was shown."""
        return self._id

    def _tab(self, label: str) -> None:
        tabs = self._tid("application-edit-resource-tabs").locator(".menu a.item, [role=tab]")
        tabs.filter(has_text=words_pattern(label)).first.click()

    def client_id(self) -> str:
        """The OIDC client ID from the Protocol tab."""
        self._tab("Protocol")
        field = self.page.get_by_label("Client ID", exact=True)
        expect(field).to_be_visible()
        return field.input_value()

    def client_secret(self) -> str:
        """The OIDC client secret from the Protocol tab."""
        self._tab("Protocol")
        field = self.page.get_by_label("Client secret", exact=True)
        expect(field).to_be_visible()
        return field.input_value()

    def login_flow(self) -> LoginFlowEditor:
        """Open the Login Flow tab (doc step login-2)."""
        tabs = self._tid("application-edit-resource-tabs")
        doc_tab = tabs.locator(".menu a.item, [role=tab]").filter(has_text=words_pattern("Login Flow"))
        real_tab = tabs.locator('[data-tourid="sign-in-methods"]')
        self._pick("login-2", "Login Flow", doc_tab, real_tab).click()
        return LoginFlowEditor(self.page, self.base_url, self.on_drift).wait()


class LoginFlowEditor(ConsolePageBase):
    """The visual login-flow editor (is-console-ui.md f6–f13)."""

    def wait(self) -> LoginFlowEditor:
        """Wait for the visual editor's canvas."""
        expect(self._tid("authentication-flow-visual-editor")).to_be_visible()
        return self

    def _step(self, step: int) -> Locator:
        return self._tid(f"sign-in-box-node-step-{step - 1}")

    def options(self, step: int = 1) -> list[str]:
        """The sign-in options shown in ``step`` (1-based), as the editor labels them."""
        box = self._step(step)
        expect(box).to_be_visible()
        labels = box.locator("[data-option], .oxygen-sign-in-option").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label') || e.textContent.trim())"
        )
        return [str(label) for label in labels]

    def steps(self) -> int:
        """How many steps the flow has."""
        ids = self.page.locator('[data-componentid^="sign-in-box-node-step-"]').evaluate_all(
            "els => els.map(e => e.getAttribute('data-componentid'))"
        )
        return sum(1 for i in ids if re.fullmatch(r"sign-in-box-node-step-\d+", str(i)))

    def add_step(self) -> LoginFlowEditor:
        """Add an empty step at the end of the flow."""
        before = self.steps()
        self._tid("authentication-flow-visual-editor-add-step-button").click()
        expect(self._step(before + 1)).to_be_visible()
        return self

    def add_sign_in_option(self, connection_name: str, step: int = 1) -> LoginFlowEditor:
        """ "Add Sign In Option" → select the connection → "Confirm" (doc step login-2)."""
        box = self._step(step)
        real_add = self._tid("sign-in-box-node-add-sign-in-option", box)
        self._pick(
            "login-2", "Add Sign In Option", self._control("Add Sign In Option", box), real_add
        ).click()
        modal = self._tid("add-authenticator-modal")
        expect(modal).to_be_visible()
        card = self._tid(f"add-authenticator-modal-authenticators-authenticator-{connection_name}", modal)
        doc_card = modal.locator(".card").filter(has=self.page.get_by_text(connection_name, exact=True))
        self._pick("login-2", connection_name, doc_card, card).click()
        confirm = self._tid("add-authenticator-modal-next-button", modal)
        self._pick("login-2", "Confirm", self._control("Confirm", modal), confirm).click()
        expect(modal).to_be_hidden()
        return self

    def update(self) -> LoginFlowEditor:
        """Click Update to save the flow (doc step login-3)."""
        editor = self._tid("authentication-flow-visual-editor")
        real = self._tid("authentication-flow-visual-editor-update-button").or_(
            self._tid("authentication-flow-builder-update-button")
        )
        self._submit(self._pick("login-3", "Update", self._control("Update", editor), real))
        return self.wait()

    def revert_to_default(self) -> LoginFlowEditor:
        """ "Revert to default": the flow goes back to Username & Password only."""
        self._submit(self._tid("authentication-flow-visual-editor-revert-button"))
        return self.wait()
