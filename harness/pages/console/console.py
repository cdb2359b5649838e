"""The Console's entry: the admin's sign-in on the IS login page and the side-panel navigation.

What a real IS 7.1/7.2 Console shows (PROVENANCE.md "Sign-in and shell"): ``/console`` sends the browser
to ``/oauth2/authorize``, IS's login page signs the admin in, the code is posted back to ``/console`` and
the app renders its shell. The shell is ready when the header's user menu (``app-header-user-avatar``)
is there: it exists only inside the signed-in shell. A user the Console does not admit lands on
``/console/unauthorized`` ("You are not authorized"). The navbar items are ``role=button`` elements
(``side-panel-items-<route>``); "Users" sits in the collapsed "User Management" group and is not in the
DOM until the group is opened.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from harness.pages.console.applications import ApplicationsPage
from harness.pages.console.base import ConsoleError, ConsolePageBase
from harness.pages.console.connections import ConnectionsPage
from harness.pages.console.users import UsersPage

__all__ = ["Console"]

_READY = "app-header-user-avatar"
_NOT_AUTHORIZED = "/console/unauthorized"


class Console(ConsolePageBase):
    """The IS 7 Console at ``base_url`` (the server's root; pages live under ``/console``)."""

    def sign_in(self, username: str, password: str, path: str = "/console/getting-started") -> Console:
        """Open ``path``; on the login page (is-console-ui.md §9/§10) sign in and come back to it."""
        self.page.goto(self.base_url + path)
        user_input = self.page.locator("#usernameUserInput")
        shell = self._tid(_READY)
        expect(user_input.or_(shell).first).to_be_visible()
        if user_input.is_visible():
            user_input.fill(username)
            self.page.locator("#password").fill(password)
            self.page.locator("#sign-in-button").click()
            self._wait_signed_in()
        expect(self.page).to_have_url(re.compile(re.escape(self.base_url) + r"/console/"))
        return self

    def _wait_signed_in(self) -> None:
        # The login page's retry message (#error-msg) ends the wait with IS's words; the no-access page
        # with the Console's own; the shell's user menu means the admin is in.
        failed = self.page.locator("#error-msg, [data-testid='login-page-error-message']")
        refused = self._tid("empty-placeholder").filter(has_text="You are not authorized")
        expect(self._tid(_READY).or_(failed).or_(refused).first).to_be_visible()
        if failed.filter(visible=True).count():
            raise ConsoleError(f"sign-in refused: {failed.first.inner_text().strip()}")
        if _NOT_AUTHORIZED in self.page.url:
            raise ConsoleError(f"sign-in refused: {' '.join(refused.first.inner_text().split())}")

    def _go(self, item: str, group: str | None = None) -> None:
        """Click a navbar item by its test id (opening its group first when the item is not rendered yet)."""
        target = self._tid(item)
        if group is not None and not target.count():
            self._tid(group).click()
        expect(target).to_be_visible()
        target.click()

    def connections(self) -> ConnectionsPage:
        """Go to Connections (doc steps idp-1, jit-1, attr-1)."""
        self._go("side-panel-items-identity-providers")
        return ConnectionsPage(self.page, self.base_url, self.on_drift).wait()

    def users(self) -> UsersPage:
        """Go to User Management → Users."""
        self._go("side-panel-items-users", group="side-panel-items-user-management")
        return UsersPage(self.page, self.base_url, self.on_drift).wait()

    def applications(self, step_id: str | None = None) -> ApplicationsPage:
        """Go to Applications (doc step login-1: "Open Applications"); with ``step_id`` the navbar item's
        words are compared with the doc's "Applications"."""
        if step_id is not None:
            item = self._tid("side-panel-items-applications")
            expect(item).to_be_visible()
            self._drift(step_id, "Applications", " ".join(item.inner_text().split()))
        self._go("side-panel-items-applications")
        return ApplicationsPage(self.page, self.base_url, self.on_drift).wait()
