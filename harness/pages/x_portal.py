"""Page objects of X's Developer Portal as "Register WSO2 Identity Server on X" walks it (x-protocol.md §4.2).

Stable ``data-testid``s of mock X's portal pages. Where the doc names a control ("Add project",
"App Settings", "Set up", "Save") the page objects compare the doc's words with the portal's and report
a ``LabelDrift`` when they differ; the step goes on with the portal's control.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from harness.pages.console.drift import DriftCallback, LabelDrift
from harness.pages.x import XSignInPage
from harness.report.moments import prove
from harness.report.redact import remember_secret

__all__ = ["PortalApp", "XAppSettingsPage", "XAuthSettingsPage", "XKeysPage", "XOAuth2KeysPage", "XPortal"]


@dataclass(frozen=True)
class PortalApp:
    """The app as the developer noted it from the portal: its name, API Key and API Key Secret."""

    name: str
    consumer_key: str
    consumer_secret: str

    def __repr__(self) -> str:
        return f"PortalApp(name={self.name!r}, consumer_key={self.consumer_key!r}, consumer_secret='***')"


class _PortalPage:
    def _remember_shown_secrets(self, *test_ids: str) -> None:
        """Secrets the portal shows (API Key Secret, Bearer Token, OAuth 2.0 Client Secret) are masked in
        proof pictures and redacted from the report, like the ones the harness made itself."""
        for test_id in test_ids:
            for text in self._tid(test_id).all_inner_texts():
                remember_secret(text.strip())

    def __init__(self, page: Page, on_drift: DriftCallback | None = None) -> None:
        self.page = page
        self.on_drift = on_drift

    def _tid(self, test_id: str) -> Locator:
        return self.page.get_by_test_id(test_id)

    def _named(self, step_id: str, doc_words: str, control: Locator) -> Locator:
        """The control the doc calls ``doc_words``; its own words differing are reported as drift."""
        expect(control).to_be_visible()
        shown = " ".join(control.inner_text().replace("+", " ").split())
        if self.on_drift is not None and shown.lower() != doc_words.lower():
            self.on_drift(LabelDrift(step_id, doc_words, shown))
        return control


class XPortal(_PortalPage):
    """The portal's entry: sign in with an X account, then Projects & Apps."""

    def sign_in(self, x_base_url: str, screen_name: str, password: str) -> XPortal:
        """Log in to the X Developer Portal with X credentials (x-app-1)."""
        self.page.goto(f"{x_base_url.rstrip('/')}/portal/login")
        XSignInPage(self.page).expect_shown().sign_in(screen_name, password)
        expect(self._tid("portal_signed_in_user")).to_be_visible()
        prove(("x-app-1",), self.page, "the X Developer Portal, signed in")
        return self

    def add_project(self, project: str, use_case: str, description: str, app_name: str) -> XKeysPage:
        """Projects & Apps → Add project → name, use case, description → Add App, its name (x-app-2, 3)."""
        self._named("x-app-2", "Add project", self._tid("create_project_button")).click()
        for test_id, value in (
            ("project_name_input", project),
            ("project_use_case_select", use_case),
            ("project_description_input", description),
            ("app_name_input", app_name),
        ):
            field = self._tid(test_id)
            expect(field).to_be_visible()
            if test_id.endswith("_select"):
                field.select_option(value)
            else:
                field.fill(value)
            self._tid("wizard_next_button").click()
        keys = XKeysPage(self.page, self.on_drift).wait()
        keys._remember_shown_secrets("api_key_secret", "bearer_token")
        prove(("x-app-2", "x-app-3", "x-app-4"), self.page, "the new app's keys (the API Key Secret masked)")
        return keys


class XKeysPage(_PortalPage):
    """ "Here are your keys & tokens": API Key, API Key Secret, Bearer Token, shown once (x-app-4)."""

    def wait(self) -> XKeysPage:
        """Wait for the keys."""
        expect(self._tid("api_key")).to_be_visible()
        return self

    def noted(self) -> PortalApp:
        """What the doc says to take note of: the API Key and API Key Secret (and the app's name)."""
        return PortalApp(
            self._tid("app_name").inner_text().strip(),
            self._tid("api_key").inner_text().strip(),
            self._tid("api_key_secret").inner_text().strip(),
        )

    def app_settings(self) -> XAppSettingsPage:
        """Click App Settings (x-app-5)."""
        self._named("x-app-5", "App Settings", self._tid("app_settings_link")).click()
        return XAppSettingsPage(self.page, self.on_drift)


class XAppSettingsPage(_PortalPage):
    """The app's settings page."""

    def set_up_user_authentication(self) -> XAuthSettingsPage:
        """Click Set up under User Authentication Settings (x-app-5)."""
        self._named("x-app-5", "Set up", self._tid("user_auth_setup_button")).click()
        settings = XAuthSettingsPage(self.page, self.on_drift)
        expect(settings._tid("callback_url_input").first).to_be_visible()
        prove(("x-app-5",), self.page, "the app's user authentication settings")
        return settings

    def callback_urls(self) -> list[str]:
        """The Callback URIs the app lists."""
        expect(self._tid("user_auth_summary")).to_be_visible()
        return [u.strip() for u in self._tid("app_callback_url").all_inner_texts()]


class XAuthSettingsPage(_PortalPage):
    """User authentication settings: Type of App, Callback URI / Redirect URL, Website URL, Save."""

    def fill(self, app_type: str, callback_url: str, website_url: str) -> XAuthSettingsPage:
        """Type of App (by its label) and the app info the doc lists (x-app-6, x-app-7)."""
        self.page.get_by_label(app_type, exact=True).check()
        self._tid("callback_url_input").first.fill(callback_url)
        self._tid("website_url_input").fill(website_url)
        prove(("x-app-6", "x-app-7"), self.page, "the type of app, callback and website URL, before Save")
        return self

    def save(self) -> XOAuth2KeysPage:
        """Click Save (x-app-8): X shows the OAuth 2.0 Client ID and Client Secret."""
        self._named("x-app-8", "Save", self._tid("save_button")).click()
        errors = self._tid("form_error")
        expect(self._tid("oauth2_client_id").or_(errors).first).to_be_visible()
        if errors.count():
            raise AssertionError(f"X refused the user authentication settings: {errors.all_inner_texts()}")
        self._remember_shown_secrets("oauth2_client_secret")
        prove(("x-app-8",), self.page, "what X shows after Save: the OAuth 2.0 Client ID and Secret (masked)")
        return XOAuth2KeysPage(self.page, self.on_drift)


class XOAuth2KeysPage(_PortalPage):
    """ "Here is your OAuth 2.0 Client ID and Client Secret"."""

    def client_id(self) -> str:
        """The OAuth 2.0 Client ID X shows."""
        return self._tid("oauth2_client_id").inner_text().strip()

    def done(self) -> XAppSettingsPage:
        """Back to the app's settings."""
        self._tid("done_button").click()
        return XAppSettingsPage(self.page, self.on_drift)
