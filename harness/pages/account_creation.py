"""The account-creation pages a JIT PROMPT_* scheme shows after the first federated login.

IS's JIT handler sends the person to the recovery portal (``/accountrecoveryendpoint/register.do`` when
the username may be changed, else ``signup.do``); the last page posts to ``/commonauth`` and the login
goes on (identity-apps ``identity-apps-core/apps/recovery-portal``:
``self-registration-username-request.jsp``, ``self-registration-with-verification.jsp``; PROVENANCE.md
"Login page"). The person keeps the username IS
proposes, chooses a password when asked, accepts the terms and signs up.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

__all__ = ["ACCOUNT_CREATION", "AccountCreationPage"]

ACCOUNT_CREATION = re.compile(r"/accountrecoveryendpoint/(register|signup)\.do")


class AccountCreationPage:
    """``register.do`` / ``signup.do`` of the recovery portal."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def shown(self) -> bool:
        """Whether the browser is on one of the account-creation pages."""
        return bool(ACCOUNT_CREATION.search(self.page.url))

    def create_account(self, password: str) -> str:
        """Keep the proposed username, set ``password`` if asked, accept the terms, sign up; the username."""
        username = self.page.locator("#username")
        if "/register.do" in self.page.url:
            expect(username).to_be_visible()
            self.page.locator("#registrationSubmit").click()
            expect(self.page).to_have_url(re.compile(r"/accountrecoveryendpoint/signup\.do"))
        form = self.page.locator("form#register")
        expect(form).to_be_visible()
        name = username.input_value()
        typed = form.locator("#passwordUserInput")
        if typed.count():
            typed.fill(password)
        form.locator("#termsCheckboxField .ui.checkbox label").click()
        submit = form.locator("#registrationSubmit")
        expect(submit).to_be_enabled()
        submit.click()
        return name
