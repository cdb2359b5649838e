"""Journeys: short sequences of page objects a person walks through, with failures that say where.

A journey step that lands somewhere other than expected fails with the URL and the page's text, so a
broken deployment reads as "IS showed its error page instead of sending the browser to X", not as a
bare locator timeout. ``on_drift`` receives the login page's label drift (its "Sign In With <connection>"
is not the doc's "Sign in with X", try-3).
"""

from __future__ import annotations

import secrets

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness.pages.account_creation import AccountCreationPage
from harness.pages.console.drift import DriftCallback
from harness.pages.login import LoginPage
from harness.pages.sample_app import SampleAppPage
from harness.pages.x import XSignInPage
from harness.report.moments import prove
from mock_x.models import XUser

__all__ = [
    "cancel_at_x",
    "open_application_login",
    "sign_in_at_x",
    "sign_in_with_x",
    "start_sign_in_with_x",
    "where_the_browser_is",
]


def where_the_browser_is(page: Page, limit: int = 400) -> str:
    """The page's URL and the start of its visible text, for failure messages."""
    try:
        text = " ".join(page.locator("body").inner_text(timeout=2000).split())
    except PlaywrightTimeout:
        text = "<no readable body>"
    return f"{page.url} showing: {text[:limit]!r}"


def open_application_login(
    page: Page, application_url: str, on_drift: DriftCallback | None = None
) -> LoginPage:
    """Access the application and click Login: the IS login page comes next (Try it out 1-2)."""
    SampleAppPage(page, application_url).open().login()
    return LoginPage(page, on_drift)


def sign_in_at_x(page: Page, x_base_url: str, user: XUser) -> None:
    """Sign in at X as ``user`` and authorize the app, if X asks (Try it out 4); when IS then asks the
    person to create the account (a JIT PROMPT_* scheme), create it as the person would."""
    _reach_x(page, x_base_url)
    x_sign_in = XSignInPage(page).expect_shown()
    prove(("try-4",), page, "X's sign-in page, where IS sent the person")
    consent = x_sign_in.sign_in(user.screen_name, user.password)
    if consent is not None:
        consent.authorize()
    _create_account_if_asked(page, x_base_url)


def _create_account_if_asked(page: Page, x_base_url: str) -> None:
    # Where the browser settles once X hands it back: past /commonauth, which only redirects. Still at X
    # (X refused): the next step says where the browser is.
    try:
        page.wait_for_url(lambda url: not url.startswith(x_base_url) and "/commonauth" not in url)
    except PlaywrightTimeout:
        return
    creation = AccountCreationPage(page)
    if creation.shown():
        creation.create_account(f"Pw-{secrets.token_urlsafe(9)}-1a!")


def start_sign_in_with_x(
    page: Page, application_url: str, connection_name: str, on_drift: DriftCallback | None = None
) -> None:
    """Open the application, click Login, and choose "Sign in with <connection>" (Try it out 1-3)."""
    login = open_application_login(page, application_url, on_drift)
    try:
        login.sign_in_with(connection_name)
    except AssertionError as exc:
        raise AssertionError(
            f"the login page offers no 'Sign in with {connection_name}'; the browser is at "
            f"{where_the_browser_is(page)}"
        ) from exc


def sign_in_with_x(
    page: Page,
    application_url: str,
    connection_name: str,
    x_base_url: str,
    user: XUser,
    on_drift: DriftCallback | None = None,
) -> None:
    """The whole of Try it out: application → Login → Sign in with X → sign in and authorize at X."""
    start_sign_in_with_x(page, application_url, connection_name, on_drift)
    sign_in_at_x(page, x_base_url, user)


def cancel_at_x(page: Page, x_base_url: str, user: XUser) -> None:
    """Sign in at X, then press Cancel on the consent page and follow "Return to <app>"."""
    _reach_x(page, x_base_url)
    consent = XSignInPage(page).expect_shown().sign_in(user.screen_name, user.password)
    if consent is None:
        raise AssertionError(
            f"X never asked to authorize the app; the browser is at {where_the_browser_is(page)}"
        )
    consent.cancel().return_to_app()


def _reach_x(page: Page, x_base_url: str) -> None:
    try:
        page.wait_for_url(f"{x_base_url}/**", timeout=10_000)
    except PlaywrightTimeout:
        raise AssertionError(
            f"the browser never reached X's sign-in page; it is at {where_the_browser_is(page)}"
        ) from None
