"""The embedded stack: three servers on free loopback ports, wired as twitter4j would wire a real IS."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page

from harness.pages.login import LoginPage
from harness.pages.sample_app import SampleAppPage
from harness.targets.embedded import EmbeddedStack
from mock_is.deviations import UnknownDeviationError


@pytest.fixture(scope="module")
def stack() -> Iterator[EmbeddedStack]:
    with EmbeddedStack(deviations=["jit-ignored"]) as running:
        yield running


def test_as_json_has_exactly_the_stable_keys(stack: EmbeddedStack) -> None:
    data = stack.as_json()
    assert list(data) == ["is", "x", "app", "admin_user", "admin_password"]
    assert len({data["is"], data["x"], data["app"]}) == 3
    assert all(data[k].startswith("http://127.0.0.1:") for k in ("is", "x", "app"))
    assert data["admin_password"] == stack.admin_password and len(stack.admin_password) >= 16


def test_every_service_answers(stack: EmbeddedStack) -> None:
    with httpx.Client(trust_env=False) as http:
        meta = http.get(stack.issuer + "/.well-known/openid-configuration").json()
        assert meta["issuer"] == stack.issuer
        assert http.get(stack.app_url + "/healthz").status_code == 200
        assert http.post(stack.x_url + "/oauth/request_token").status_code in (400, 401)


def test_is_points_at_mock_x_like_twitter4j_properties(stack: EmbeddedStack) -> None:
    s, x = stack.is_settings, stack.x_url
    assert s.twitter4j_oauth_request_token_url == f"{x}/oauth/request_token"
    assert s.twitter4j_oauth_authentication_url == f"{x}/oauth/authenticate"
    assert s.twitter4j_oauth_access_token_url == f"{x}/oauth/access_token"
    assert s.twitter4j_rest_base_url == f"{x}/1.1/"
    assert f"-Dtwitter4j.restBaseURL={x}/1.1/" in stack.twitter4j_flags()
    assert s.deviations == frozenset({"jit-ignored"}) == stack.deviations


def test_unknown_deviation_is_refused_before_anything_starts() -> None:
    with pytest.raises(UnknownDeviationError, match="no-such-thing"):
        EmbeddedStack(deviations=["no-such-thing"])


def test_admin_password_is_new_each_run() -> None:
    first, second = EmbeddedStack(), EmbeddedStack()
    first.stop()  # never started: stop() just frees the bound sockets
    second.stop()
    assert first.admin_password != second.admin_password


@pytest.mark.e2e
def test_admin_signs_in_to_the_sample_app_through_is(stack: EmbeddedStack, page: Page) -> None:
    stack.create_sample_application("Stack test app", key="stack-test")
    sample = SampleAppPage.for_client(page, stack.app_url, "stack-test").open()
    sample.login()
    LoginPage(page).sign_in(stack.admin_user, stack.admin_password)
    user = sample.expect_signed_in()
    assert user.sub and user.claims["iss"] == stack.issuer
