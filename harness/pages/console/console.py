"""The Console's entry: the admin's sign-in on the IS login page and the side-panel navigation."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from harness.pages.console.applications import ApplicationsPage
from harness.pages.console.base import ConsoleError, ConsolePageBase
from harness.pages.console.connections import ConnectionsPage
from harness.pages.console.users import UsersPage

__all__ = ["Console"]


class Console(ConsolePageBase):
    """The IS 7 Console at ``base_url`` (the server's root; pages live under ``/console``)."""

    def sign_in(self, username: str, password: str, path: str = "/console/getting-started") -> Console:
        """Open ``path``; on the login page (is-console-ui.md §9/§10) sign in and come back to it."""
        self.page.goto(self.base_url + path)
        user_input = self.page.locator("#usernameUserInput")
        shell = self._tid("side-panel").or_(self.page.get_by_role("navigation"))
        expect(user_input.or_(shell).first).to_be_visible()
        if user_input.is_visible():
            user_input.fill(username)
            self.page.locator("#password").fill(password)
            self.page.locator("#sign-in-button").click()
            # The login page's retry message (login.jsp #error-msg) ends the wait with its own words.
            failed = self.page.locator('#error-msg, [data-testid="login-page-error-message"]')
            back = self._tid("side-panel").or_(self._tid("console-signin-error"))
            expect(back.or_(failed).first).to_be_visible()
            if failed.filter(visible=True).count():
                raise ConsoleError(f"sign-in refused: {failed.first.inner_text().strip()}")
        expect(self.page).to_have_url(re.compile(re.escape(self.base_url) + r"/console/"))
        return self

    def _go(self, label: str, test_id: str, path: str) -> None:
        # The side panel is not part of any documented step's wording beyond its item names, which
        # match the doc; when it is collapsed (narrow windows) the route is opened directly.
        item = self._tid(test_id).or_(self.page.get_by_role("link", name=label, exact=True))
        if item.filter(visible=True).count():
            item.filter(visible=True).first.click()
        else:
            self.page.goto(self.base_url + path)

    def connections(self) -> ConnectionsPage:
        """Go to Connections (doc steps idp-1, jit-1, attr-1)."""
        self._go("Connections", "side-panel-items-identity-providers", "/console/connections")
        return ConnectionsPage(self.page, self.base_url, self.on_drift).wait()

    def applications(self) -> ApplicationsPage:
        """Go to Applications (doc step login-1)."""
        self._go("Applications", "side-panel-items-applications", "/console/applications")
        return ApplicationsPage(self.page, self.base_url, self.on_drift).wait()

    def users(self) -> UsersPage:
        """Go to User Management → Users."""
        self._go("Users", "side-panel-items-users", "/console/users")
        return UsersPage(self.page, self.base_url, self.on_drift).wait()
