"""Where IS sends the browser when a person chooses X, judged without knowing X's own pages.

Against the real X, "X shows its sign-in page" cannot be read off X's markup: X may serve the page
from ``api.twitter.com`` or another of its hosts (x-protocol.md §0: ``api.x.com`` and
``api.twitter.com`` are both live), and a person who approved the app before is sent straight back
with no page at all (§1.2, "signed in and approved → immediate redirect"). What IS must have done is
the same in every case: obtain a request token and send the browser to X with it.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness.journeys import where_the_browser_is

__all__ = ["X_HOSTS", "expect_sent_to_x"]

# The hosts X serves "Sign in with X" from (x-protocol.md §0).
X_HOSTS = frozenset({"api.twitter.com", "api.x.com", "twitter.com", "x.com", "mobile.twitter.com"})


def _hosts(x_api_url: str) -> frozenset[str]:
    host = urlsplit(x_api_url).netloc
    return X_HOSTS | {host} if urlsplit(x_api_url).hostname in X_HOSTS else frozenset({host})


def expect_sent_to_x(page: Page, x_api_url: str, application_url: str, timeout_ms: float = 15_000) -> None:
    """The browser reached X (with a request token, on X's ``/oauth/authenticate``) or already came back
    to the application through X; anything else (IS's error page, the login page) fails, saying where."""
    hosts = _hosts(x_api_url)

    def left_is(url: str) -> bool:
        return urlsplit(url).netloc in hosts or url.startswith(application_url)

    try:
        page.wait_for_url(left_is, timeout=timeout_ms, wait_until="commit")
    except PlaywrightTimeout:
        raise AssertionError(
            f"IS never sent the browser to X; it is at {where_the_browser_is(page)}"
        ) from None
    parts = urlsplit(page.url)
    if parts.path.endswith("/oauth/authenticate") and not parse_qs(parts.query).get("oauth_token"):
        raise AssertionError(f"IS sent the browser to X without a request token: {page.url}")
