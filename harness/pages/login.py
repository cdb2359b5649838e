"""Page object of IS's login page (authentication portal ``login.do``), its retry page and consent page.

Locators are the real portal's ids and ``data-testid``s (is-console-ui.md §9), so this drives both the
embedded simulator and a real IS 7: ``#usernameUserInput``, ``#password``, ``#sign-in-button``,
``login-page-sign-in-with-<IdP name>`` for a federated button, ``login-page-error-message`` for the
failure text. The retry page is matched by its wording ("Authentication Error!" and IS's message).
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

__all__ = ["LoginPage"]

_RETRY_STATUS = "Authentication Error!"
_RETRY_MESSAGE = "Something went wrong during the authentication process. Please try signing in again."


class LoginPage:
    """IS's login page: local sign-in form and one "Sign In With <IdP>" button per connection."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._username = page.locator("#usernameUserInput")
        self._password = page.locator("#password")
        self._sign_in = page.locator("#sign-in-button")
        self._error = page.get_by_test_id("login-page-error-message")

    def _button(self, idp_name: str) -> Locator:
        return self.page.get_by_test_id(f"login-page-sign-in-with-{idp_name}")

    def expect_shown(self) -> LoginPage:
        """Wait until the login page is shown."""
        expect(self.page).to_have_url(re.compile(r"/authenticationendpoint/login\.do"))
        return self

    def sign_in_with(self, idp_name: str) -> None:
        """Click "Sign In With <IdP>": the browser leaves for the connection's authenticator."""
        button = self._button(idp_name)
        expect(button).to_be_visible()
        button.click()

    def sign_in(self, username: str, password: str) -> None:
        """Sign in with a local account."""
        self._username.fill(username)
        self._password.fill(password)
        self._sign_in.click()

    def expect_sign_in_option(self, idp_name: str) -> None:
        """Assert the page offers "Sign In With <IdP>"."""
        expect(self._button(idp_name)).to_be_visible()
        expect(self._button(idp_name)).to_contain_text(idp_name)

    def expect_no_sign_in_option(self, idp_name: str) -> None:
        """Assert the page offers no button for the connection."""
        # Wait for the page itself first, so "no button" is not just "not rendered yet".
        any_option = self.page.locator("#sign-in-button, [data-testid^='login-page-sign-in-with-']")
        expect(any_option.first).to_be_visible()
        expect(self._button(idp_name)).to_have_count(0)

    def expect_error(self, message: str | None = None) -> None:
        """Assert the login page shows its failure message (containing ``message``, if given)."""
        expect(self._error).to_be_visible()
        if message is not None:
            expect(self._error).to_contain_text(message)

    def expect_retry_message(self, message: str = _RETRY_MESSAGE) -> None:
        """Assert the browser is on IS's retry page ("Authentication Error!") with ``message``."""
        expect(self.page).to_have_url(re.compile(r"/authenticationendpoint/retry\.do"))
        expect(self.page.get_by_text(_RETRY_STATUS, exact=True)).to_be_visible()
        expect(self.page.get_by_text(message)).to_be_visible()

    def approve_consent(self) -> None:
        """On the consent page that may follow sign-in, click Allow."""
        expect(self.page).to_have_url(re.compile(r"/authenticationendpoint/oauth2_consent\.do"))
        self.page.locator("#approve").click()
