"""Page object of IS's login page (authentication portal ``login.do``), its retry page and consent page.

Locators are the real portal's ids and ``data-testid``s (is-console-ui.md §9), so this drives both the
embedded simulator and a real IS 7: ``#usernameUserInput``, ``#password``, ``#sign-in-button``,
``login-page-sign-in-with-<IdP name>`` for a federated button, ``login-page-error-message`` for the
failure text. The retry page is matched by its wording ("Authentication Error!" and IS's message).

Where the doc names the federated button ("Sign in with X", Try it out 3), the real button reads
"Sign In With <connection name>" (``login.jsp``, ``sign.in.with`` in ``Resources.properties``): the page
object clicks the real control by its test id and reports a ``LabelDrift`` for ``try-3`` to ``on_drift``
when the words a person sees are not the doc's.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from harness.pages.console.drift import DriftCallback, LabelDrift
from harness.report.moments import prove

__all__ = ["DOC_SIGN_IN_WITH_X", "LoginPage"]

# The doc's words for the federated button (features/catalog.yaml, try-3's labels).
DOC_SIGN_IN_WITH_X = "Sign in with X"
_SIGN_IN_STEP = "try-3"
# The harness names the connection the doc calls "X" ``<run prefix>-X-<n>`` (``World.unique("X")``), so
# that runs never share it; on the button that name stands for the doc's "X". A name the deployment chose
# ("Twitter") is compared as it is.
_HARNESS_NAMED_X = re.compile(r"^.+-X-\d+$")

_RETRY_STATUS = "Authentication Error!"
_RETRY_MESSAGE = "Something went wrong during the authentication process. Please try signing in again."


class LoginPage:
    """IS's login page: local sign-in form and one "Sign In With <IdP>" button per connection."""

    def __init__(self, page: Page, on_drift: DriftCallback | None = None) -> None:
        self.page = page
        self.on_drift = on_drift
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

    def _check_label(self, button: Locator, idp_name: str) -> str:
        """Report drift when the button a person sees does not read the doc's "Sign in with X"; the words
        shown."""
        shown = " ".join(button.inner_text().split())
        as_doc = shown.replace(idp_name, "X") if _HARNESS_NAMED_X.match(idp_name) else shown
        if self.on_drift is not None and as_doc.lower() != DOC_SIGN_IN_WITH_X.lower():
            self.on_drift(LabelDrift(_SIGN_IN_STEP, DOC_SIGN_IN_WITH_X, shown))
        return shown

    def sign_in_with(self, idp_name: str) -> None:
        """Click "Sign In With <IdP>": the browser leaves for the connection's authenticator."""
        button = self._button(idp_name)
        expect(button).to_be_visible()
        offered = self._check_label(button, idp_name)
        prove(("try-2", "try-3", "login-3"), self.page, f"IS's login page offering “{offered}”")
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
        self._check_label(self._button(idp_name), idp_name)
        prove(("login-3",), self.page, f"the application's login page offering the connection “{idp_name}”")

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
