"""The login page's "Sign In With <connection>" against the doc's "Sign in with X" (Try it out 3, issue 12).

``LoginPage`` clicks the real button by its test id and reports a ``LabelDrift`` for ``try-3`` when the words
a person sees differ from the doc's; a connection named "X" reads as the doc says, so no drift.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import yaml
from is_fake_x import FakeX, create_fake_x, x_user
from is_flow_helpers import application, build, oidc_config, twitter_idp
from playwright.sync_api import Page, expect

from harness.pages.console.drift import LabelDrift
from harness.pages.login import DOC_SIGN_IN_WITH_X, LoginPage
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.settings import IsSettings, twitter4j_urls

pytestmark = pytest.mark.e2e
CATALOG = Path(__file__).resolve().parents[3] / "features" / "catalog.yaml"


@pytest.fixture(scope="module")
def live() -> Iterator[tuple[str, str, FakeX]]:
    """IS's login flow offering "Twitter", "X" and one the harness named for X, a fake X behind all."""
    fake = FakeX()
    x_server = BackgroundServer(create_fake_x(fake), health_path="/docs").start()
    sock = bind_loopback()
    is_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    key, secret = fake.add_consumer()
    idps = [twitter_idp(key, secret, name=n, callback_url="") for n in ("Twitter", "X", "xl1a2b3c-gw0-X-7")]
    app = application([[(n, "TwitterAuthenticator") for n in ("Twitter", "X", "xl1a2b3c-gw0-X-7")]])
    oidc = {**oidc_config(), "callbackURLs": [f"{x_server.url}/app/callback"]}
    settings = IsSettings(public_url=is_url, **twitter4j_urls(x_server.url))
    stack = build(settings, idps, app, oidc, x_transport=httpx.AsyncHTTPTransport())
    with BackgroundServer(stack.app, sock=sock, health_path="/oauth2/jwks"):
        yield is_url, x_server.url, fake
    x_server.stop()


def _authorize(is_url: str, x_url: str) -> str:
    params = {"response_type": "code", "client_id": "pickup-client", "scope": "openid"}
    return f"{is_url}/oauth2/authorize?{urlencode(params | {'redirect_uri': f'{x_url}/app/callback'})}"


def test_the_doc_words_are_the_catalogs() -> None:
    sections = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))["sections"]
    step = next(s for sec in sections for s in sec["steps"] if s["id"] == "try-3")
    assert DOC_SIGN_IN_WITH_X in step["labels"]


def test_the_real_button_is_clicked_and_its_words_reported(page: Page, live: tuple[str, str, FakeX]) -> None:
    is_url, x_url, fake = live
    fake.next_user = x_user(1)
    drifts: list[LabelDrift] = []
    page.goto(_authorize(is_url, x_url))
    login = LoginPage(page, on_drift=drifts.append).expect_shown()
    login.expect_sign_in_option("Twitter")
    login.sign_in_with("Twitter")
    expect(page.get_by_text("app callback: code=")).to_be_visible()
    drift = LabelDrift("try-3", "Sign in with X", "Sign In With Twitter")
    assert drifts == [drift, drift]  # once per look; the report's drift_reporter keeps one per scenario


def test_a_connection_named_x_reads_as_the_doc_says(page: Page, live: tuple[str, str, FakeX]) -> None:
    is_url, x_url, _ = live
    drifts: list[LabelDrift] = []
    page.goto(_authorize(is_url, x_url))
    login = LoginPage(page, on_drift=drifts.append).expect_shown()
    login.expect_sign_in_option("X")
    assert drifts == []  # "Sign In With X": the same words, in the portal's capitals


def test_the_connection_the_harness_named_for_x_reads_as_x(page: Page, live: tuple[str, str, FakeX]) -> None:
    is_url, x_url, _ = live
    drifts: list[LabelDrift] = []
    page.goto(_authorize(is_url, x_url))
    login = LoginPage(page, on_drift=drifts.append).expect_shown()
    login.expect_sign_in_option("xl1a2b3c-gw0-X-7")
    assert drifts == []  # the harness's own unique name stands for the doc's "X": no drift of its making
    login.expect_sign_in_option("Twitter")
    assert drifts == [LabelDrift("try-3", "Sign in with X", "Sign In With Twitter")]
