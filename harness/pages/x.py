"""Page objects for the X pages a browser walks through during "Sign in with X" (mock X's pages).

Stable ``data-testid`` values on the mock's pages (X's own names where known):

- sign-in: ``ocfEnterTextTextInput`` (phone, email or username), ``LoginForm_Password_Input``,
  ``LoginForm_Login_Button``, ``login_error`` (the refusal shown on the page), ``oauth_app_name``;
- authorize: ``oauth_app_name``, ``oauth_signed_in_user``, ``OAuth_Consent_Button`` ("Authorize app"),
  ``OAuth_Cancel_Button`` ("Cancel");
- after Cancel: ``OAuth_ReturnToApp_Link`` ("Return to <app>");
- PIN mode: ``oauth_pin``; error pages: ``oauth_error_title``, ``oauth_error_message``.

Developer Portal (``/portal``; page objects in ``harness.pages.x_portal``): ``portal_projects_link``,
``portal_signed_in_user``, ``create_project_button``, ``project_card``,
``app_row`` (``data-app-name``), ``app_settings_link``, ``app_keys_link``; wizard ``project_name_input``,
``project_use_case_select``, ``project_description_input``, ``app_name_input``, ``wizard_next_button``,
``wizard_error``; keys ``api_key``, ``api_key_secret``, ``bearer_token``, ``api_key_hint``,
``regenerate_api_keys_button``; App settings ``app_name``, ``user_auth_setup_button``;
User authentication settings ``permission_read``, ``permission_read_write``,
``permission_read_write_directmessages``, ``request_email_toggle``, ``app_type_native``, ``app_type_spa``,
``app_type_web``, ``callback_url_input`` (one per row), ``add_callback_button``, ``website_url_input``,
``organization_name_input``, ``organization_url_input``, ``terms_url_input``, ``privacy_url_input``,
``save_button``, ``form_error``; after Save ``oauth2_client_id``, ``oauth2_client_secret``, ``done_button``.
"""

from __future__ import annotations

from playwright.sync_api import Page, expect

__all__ = ["XAuthorizePage", "XErrorPage", "XPinPage", "XReturnToAppPage", "XSignInPage"]


class XSignInPage:
    """X's sign-in page (``/oauth/authenticate`` or ``/oauth/authorize`` before the user signed in)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._login = page.get_by_test_id("ocfEnterTextTextInput")
        self._password = page.get_by_test_id("LoginForm_Password_Input")
        self._submit = page.get_by_test_id("LoginForm_Login_Button")
        self._error = page.get_by_test_id("login_error")
        self._consent = page.get_by_test_id("OAuth_Consent_Button")

    def expect_shown(self, app_name: str | None = None) -> XSignInPage:
        """Wait until the sign-in form is shown (for ``app_name``, if given)."""
        expect(self._submit).to_be_visible()
        if app_name is not None:
            expect(self.page.get_by_test_id("oauth_app_name")).to_have_text(app_name)
        return self

    def sign_in(self, username_or_email: str, password: str) -> XAuthorizePage | None:
        """Sign in; the consent page comes next, or None when X went straight back to the app.

        After a refused password the browser stays on this page: call ``expect_refused()``.
        """
        self._login.fill(username_or_email)
        self._password.fill(password)
        with self.page.expect_navigation():
            self._submit.click()
        self.page.wait_for_load_state()
        if self._consent.count() > 0:
            return XAuthorizePage(self.page)
        return None

    def expect_refused(self, message: str | None = None) -> None:
        """Assert the page refused the credentials (and shows ``message``, if given)."""
        expect(self._error).to_be_visible()
        if message is not None:
            expect(self._error).to_contain_text(message)
        expect(self._submit).to_be_visible()


class XAuthorizePage:
    """The consent page: app name, "Authorize app" and "Cancel"."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._app_name = page.get_by_test_id("oauth_app_name")
        self._authorize = page.get_by_test_id("OAuth_Consent_Button")
        self._cancel = page.get_by_test_id("OAuth_Cancel_Button")

    def expect_app(self, app_name: str) -> XAuthorizePage:
        """Assert the page asks on behalf of ``app_name``."""
        expect(self._app_name).to_have_text(app_name)
        return self

    def authorize(self) -> None:
        """Press "Authorize app"; X redirects the browser to the app's callback."""
        with self.page.expect_navigation():
            self._authorize.click()

    def authorize_pin(self) -> XPinPage:
        """Press "Authorize app" for a PIN (``oob``) app; X shows the PIN instead of redirecting."""
        self._authorize.click()
        return XPinPage(self.page)

    def cancel(self) -> XReturnToAppPage:
        """Press "Cancel"; X shows the "Return to app" page."""
        self._cancel.click()
        return XReturnToAppPage(self.page)


class XReturnToAppPage:
    """The page after Cancel, with a "Return to <app>" link carrying ``denied=<token>``."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._link = page.get_by_test_id("OAuth_ReturnToApp_Link")

    def return_to_app(self) -> None:
        """Follow the link back to the app."""
        expect(self._link).to_be_visible()
        with self.page.expect_navigation():
            self._link.click()


class XPinPage:
    """The PIN page of PIN-based (``oob``) authorization."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._pin = page.get_by_test_id("oauth_pin")

    def pin(self) -> str:
        """The PIN shown to the user."""
        expect(self._pin).to_be_visible()
        return self._pin.inner_text().strip()


class XErrorPage:
    """X's HTML error page ("Whoa there!") for a missing, invalid or used request token."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._message = page.get_by_test_id("oauth_error_message")

    def expect_message(self, text: str) -> None:
        """Assert the error page shows ``text``."""
        expect(self._message).to_contain_text(text)
