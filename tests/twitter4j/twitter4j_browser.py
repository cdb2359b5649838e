"""The browser's part of a twitter4j login: sign in and decide at mock X, then stop at the callback.

Nothing serves the callback (IS is not in the loop): the page's routes answer the browser's way there
themselves (``page.route``), so the test reads what X appended (``oauth_token``/``oauth_verifier`` or
``denied``) from the URL X sent the browser to.
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from playwright.sync_api import Page, Route

from harness.pages.x import XSignInPage
from mock_x.models import XUser

__all__ = ["CallbackCatcher", "login_at_x"]


class CallbackCatcher:
    """Catches the browser's way back to ``callback_url`` (any query) without sending it anywhere.

    Playwright routes only the first URL of a redirect chain, so X's own form posts, whose answer is
    the 302 to the callback, are fetched by the route itself: a redirect to the callback is kept and
    answered here, any other answer is handed to the browser as X gave it. A link to the callback
    ("Return to app") is a first URL, caught by a route of its own.
    """

    _X_POSTS = ("/oauth/login", "/oauth/consent")

    def __init__(self, page: Page, x_url: str, callback_url: str) -> None:
        self._x, self._base = x_url.rstrip("/"), callback_url
        self.urls: list[str] = []
        page.route(self._is_x_post, self._through_x)
        page.route(self._is_callback, self._catch)

    def _is_callback(self, url: str) -> bool:
        return url == self._base or url.startswith(self._base + "?")

    def _is_x_post(self, url: str) -> bool:
        return url.startswith(self._x + "/") and urlsplit(url).path in self._X_POSTS

    def _through_x(self, route: Route) -> None:
        answer = route.fetch(max_redirects=0)
        location = answer.headers.get("location", "")
        if self._is_callback(location):
            self._caught(route, location)
        else:
            route.fulfill(response=answer)

    def _catch(self, route: Route) -> None:
        self._caught(route, route.request.url)

    def _caught(self, route: Route, url: str) -> None:
        self.urls.append(url)
        route.fulfill(status=200, content_type="text/plain", body="the callback, caught by the test")

    def params(self) -> dict[str, str]:
        """The query of the last caught callback request."""
        assert self.urls, f"the browser never came back to {self._base}"
        return dict(parse_qsl(urlsplit(self.urls[-1]).query, keep_blank_values=True))


def login_at_x(
    page: Page,
    redirect: str,
    x_url: str,
    user: XUser,
    callback_url: str,
    decision: Literal["authorize", "cancel"] = "authorize",
    app_name: str | None = None,
) -> dict[str, str]:
    """Follow the connector's redirect, sign in as ``user``, authorize or cancel; the callback's query."""
    catcher = CallbackCatcher(page, x_url, callback_url)
    page.goto(redirect)
    consent = XSignInPage(page).expect_shown(app_name).sign_in(user.screen_name, user.password)
    if decision == "cancel":
        assert consent is not None, "X went straight back to the app: there was no consent to cancel"
        consent.cancel().return_to_app()
    elif consent is not None:
        if app_name is not None:
            consent.expect_app(app_name)
        consent.authorize()
    return catcher.params()
