"""The login page in Chromium, driven by ``harness.pages.login.LoginPage`` (its inline script included)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import pytest
from is_fake_x import FakeX, create_fake_x, x_user
from is_flow_helpers import BASIC_AND_X, add_local_user, application, build, oidc_config, twitter_idp
from playwright.sync_api import Page, expect

from harness.pages.login import LoginPage
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.settings import IsSettings, twitter4j_urls
from mock_is.store import Store

pytestmark = pytest.mark.e2e


@dataclass
class Live:
    is_url: str
    x_url: str
    fake: FakeX
    store: Store

    def authorize_url(self) -> str:
        params = {
            "response_type": "code",
            "client_id": "pickup-client",
            "scope": "openid",
            "redirect_uri": f"{self.x_url}/app/callback",
            "state": "b1",
        }
        return f"{self.is_url}/oauth2/authorize?{urlencode(params)}"


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    """Fake X and the IS login flow on loopback ports, shared by the module's tests."""
    fake = FakeX()
    x_server = BackgroundServer(create_fake_x(fake), health_path="/docs").start()
    is_sock = bind_loopback()
    is_url = f"http://127.0.0.1:{is_sock.getsockname()[1]}"
    settings = IsSettings(public_url=is_url, **twitter4j_urls(x_server.url))
    key, secret = fake.add_consumer()
    idp = twitter_idp(key, secret, callback_url="")
    app = application(BASIC_AND_X)
    oidc = {**oidc_config(), "callbackURLs": [f"{x_server.url}/app/callback"]}
    stack = build(settings, [idp], app, oidc, x_transport=httpx.AsyncHTTPTransport())
    add_local_user(stack.store, "alice", "pw-alice", emailaddress="alice@example.com")
    with BackgroundServer(stack.app, sock=is_sock, health_path="/oauth2/jwks"):
        yield Live(is_url, x_server.url, fake, stack.store)
    x_server.stop()


def test_sign_in_with_twitter_from_the_login_page(page: Page, live: Live) -> None:
    live.fake.next_user = x_user(1)
    page.goto(live.authorize_url())
    login = LoginPage(page).expect_shown()
    login.expect_sign_in_option("Twitter")
    login.sign_in_with("Twitter")
    expect(page.get_by_text("app callback: code=")).to_be_visible()


def test_local_sign_in_and_its_failure_message(page: Page, live: Live) -> None:
    page.goto(live.authorize_url())
    login = LoginPage(page).expect_shown()
    login.sign_in("alice", "wrong")
    login.expect_error("Login failed! Please check your username and password and try again.")
    login.sign_in("alice", "pw-alice")
    expect(page.get_by_text("app callback: code=")).to_be_visible()


def test_retry_page_and_missing_button(page: Page, live: Live) -> None:
    page.goto(f"{live.is_url}/commonauth?localState=unknown&loginType=twitter&oauth_token=a&oauth_verifier=b")
    LoginPage(page).expect_retry_message()
    page.goto(
        f"{live.is_url}/authenticationendpoint/login.do?sessionDataKey=k&authenticators=BasicAuthenticator%3ALOCAL"
    )
    LoginPage(page).expect_no_sign_in_option("Twitter")
