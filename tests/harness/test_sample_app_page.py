"""The sample app's page object, driven in a real Chromium against the fake OpenID provider."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_oidc_provider import FakeProvider
from playwright.sync_api import Browser, Page

from harness.pages.sample_app import SampleAppPage
from harness.sample_app.app import create_app
from harness.sample_app.settings import SampleAppSettings
from harness.targets.server import BackgroundServer, bind_loopback

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def chromium(browser: Browser) -> Browser:
    """The session's Chromium (pytest-playwright's, launched by ``harness.fixtures``)."""
    return browser


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture
def app_url(fake_provider: FakeProvider) -> Iterator[str]:
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(SampleAppSettings(public_url=url))
    app.state.clients.register("default", fake_provider.issuer, "sample-client", fake_provider.client_secret)
    with BackgroundServer(app, sock=sock, health_path="/healthz"):
        yield url


def test_login_then_signed_in_user_and_claims(page: Page, app_url: str) -> None:
    sample = SampleAppPage.for_client(page, app_url).open()
    sample.login()
    user = sample.expect_signed_in()
    assert (user.sub, user.username) == ("alice", "alice")
    assert user.id_token_claims["email"] == "alice@example.org"
    assert user.userinfo_claims == {"sub": "alice", "username": "alice"}
    assert user.claims["aud"] == "sample-client" and "username" not in user.id_token_claims
    sample.logout()


def test_login_refused_by_provider_shows_the_reason(
    page: Page, app_url: str, fake_provider: FakeProvider
) -> None:
    fake_provider.deny = ("access_denied", "Authentication required")
    sample = SampleAppPage(page, app_url + "/").open()
    sample.login()
    assert sample.expect_error() == "access_denied: Authentication required"
