"""Page object of the sample application: open it, click Login, read who is signed in or why not."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page, expect

from harness.report.moments import prove

__all__ = ["SampleAppPage", "SignedInUser"]

# One round trip for the whole claims table: (name, ID token value | None, userinfo value | None).
_READ_ROWS = """rows => rows.map(r => {
  const cell = s => { const c = r.querySelector(`td[data-source="${s}"]`);
                      return c && !c.hasAttribute('data-absent') ? c.textContent.trim() : null; };
  return [r.dataset.claim, cell('id_token'), cell('userinfo')];
})"""


@dataclass(frozen=True)
class SignedInUser:
    """Who the sample app says is signed in, and the claims it received (values as the page shows them)."""

    sub: str
    username: str | None
    claims: dict[str, str]
    id_token_claims: dict[str, str] = field(default_factory=dict)
    userinfo_claims: dict[str, str] = field(default_factory=dict)


class SampleAppPage:
    """The home page of one sample-app client (``<app>/apps/<key>/``)."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self._login = page.get_by_test_id("sample-app-login")
        self._logout = page.get_by_test_id("sample-app-logout")
        self._user = page.get_by_test_id("sample-app-user")
        self._claims = page.get_by_test_id("sample-app-claims")
        self._error = page.get_by_test_id("sample-app-error")

    @classmethod
    def for_client(cls, page: Page, app_url: str, key: str = "default") -> SampleAppPage:
        """The page object of the client ``key`` of the sample app at ``app_url``."""
        return cls(page, f"{app_url.rstrip('/')}/apps/{key}/")

    def open(self) -> SampleAppPage:
        """Access the application URL (the doc's "Try it out" step 1)."""
        self.page.goto(self.url)
        expect(self._login.or_(self._user)).to_be_visible()
        prove(("try-1",), self.page, "the application's page, opened at its URL")
        return self

    def login(self) -> None:
        """Click Login; the browser goes to the IS login page (the doc's "Try it out" step 2)."""
        self._login.click()

    def logout(self) -> None:
        """Sign out of the sample app (IS's own session is left as it is)."""
        self._logout.click()
        expect(self._login).to_be_visible()

    def expect_signed_in(self) -> SignedInUser:
        """Wait for the signed-in page and read the user and the claims table."""
        expect(self._user).to_be_visible()
        prove(("try-5", "attr-4"), self.page, "the application signed in, with the claims IS released")
        rows: list[list[str | None]] = self._claims.locator("tr[data-claim]").evaluate_all(_READ_ROWS)
        id_claims = {str(r[0]): r[1] for r in rows if r[1] is not None}
        userinfo = {str(r[0]): r[2] for r in rows if r[2] is not None}
        return SignedInUser(
            sub=self._user.get_attribute("data-sub") or "",
            username=self._user.get_attribute("data-username") or None,
            claims={**id_claims, **userinfo},
            id_token_claims=id_claims,
            userinfo_claims=userinfo,
        )

    def expect_error(self) -> str:
        """Wait for the login-failed page and return ``"<error>: <description>"``."""
        expect(self._error).to_be_visible()
        code = self._error.get_attribute("data-error-code") or ""
        description = self._error.locator('[data-field="error_description"]').inner_text().strip()
        return f"{code}: {description}" if description else code
