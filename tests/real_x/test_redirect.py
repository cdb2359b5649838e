"""``expect_sent_to_x``: IS sent the browser to X with a request token, or it already came back."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from harness.real_x.redirect import _hosts, expect_sent_to_x
from harness.targets.embedded import EmbeddedStack


def test_the_real_x_is_any_of_its_hosts_and_a_stand_in_only_its_own() -> None:
    assert {"api.x.com", "x.com", "api.twitter.com"} <= _hosts("https://api.twitter.com")
    assert _hosts("http://127.0.0.1:5") == {"127.0.0.1:5"}


@pytest.mark.e2e
def test_a_browser_back_at_the_application_went_through_x(page: Page, stack: EmbeddedStack) -> None:
    page.goto(f"{stack.app_url}/healthz")
    expect_sent_to_x(page, stack.x_url, f"{stack.app_url}/healthz", timeout_ms=2000)


@pytest.mark.e2e
def test_a_browser_left_at_is_fails_saying_where(page: Page, stack: EmbeddedStack) -> None:
    page.goto(f"{stack.is_url}/authenticationendpoint/retry.do")
    with pytest.raises(AssertionError, match="IS never sent the browser to X; it is at .*retry.do"):
        expect_sent_to_x(page, stack.x_url, f"{stack.app_url}/apps/a/", timeout_ms=500)


@pytest.mark.e2e
def test_x_without_a_request_token_fails(page: Page, stack: EmbeddedStack) -> None:
    page.goto(f"{stack.x_url}/oauth/authenticate")
    with pytest.raises(AssertionError, match="without a request token"):
        expect_sent_to_x(page, stack.x_url, f"{stack.app_url}/apps/a/", timeout_ms=2000)
