"""The sample app logs in against a fake OpenID provider exactly as a relying party must."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fake_oidc_provider import FakeProvider

from harness.sample_app.app import create_app
from harness.sample_app.settings import SampleAppSettings
from harness.targets.server import BackgroundServer, bind_loopback


@pytest.fixture
def sample_app(fake_provider: FakeProvider) -> Iterator[BackgroundServer]:
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(SampleAppSettings(public_url=url))
    app.state.clients.register(
        "t", fake_provider.issuer, fake_provider.client_id, fake_provider.client_secret
    )
    with BackgroundServer(app, sock=sock, health_path="/healthz") as server:
        yield server


@pytest.fixture
def browser(sample_app: BackgroundServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sample_app.url, follow_redirects=True, trust_env=False) as client:
        yield client


def _claim(html: str, name: str, source: str) -> str:
    row = re.search(rf'<tr data-claim="{name}">(.*?)</tr>', html, re.S)
    assert row, f"no row for claim {name}"
    cell = re.search(rf'<td data-source="{source}"[^>]*>(.*?)</td>', row.group(1), re.S)
    assert cell
    return cell.group(1).strip()


def test_login_shows_user_and_claims_of_id_token_and_userinfo(browser: httpx.Client) -> None:
    assert 'data-testid="sample-app-login"' in browser.get("/apps/t/").text
    page = browser.get("/apps/t/login")
    assert page.status_code == 200 and str(page.url).endswith("/apps/t/")
    assert 'data-sub="alice"' in page.text and 'data-username="alice"' in page.text
    assert _claim(page.text, "email", "id_token") == "alice@example.org"
    assert _claim(page.text, "username", "userinfo") == "alice"
    assert _claim(page.text, "aud", "id_token") == "sample-client"


def test_authorization_request_uses_code_pkce_s256_state_nonce(
    browser: httpx.Client, fake_provider: FakeProvider, sample_app: BackgroundServer
) -> None:
    browser.get("/apps/t/login")
    sent = fake_provider.authorize_params[-1]
    assert sent["response_type"] == "code" and sent["code_challenge_method"] == "S256"
    assert sent["scope"] == "openid profile email" and sent["client_id"] == "sample-client"
    assert sent["state"] and sent["nonce"] and sent["code_challenge"]
    assert sent["redirect_uri"] == sample_app.url + "/apps/t/callback"


def test_provider_error_on_callback_is_shown_not_a_crash(
    browser: httpx.Client, fake_provider: FakeProvider
) -> None:
    fake_provider.deny = ("access_denied", "User denied the consent")
    page = browser.get("/apps/t/login")
    assert page.status_code == 400
    assert 'data-error-code="access_denied"' in page.text and "User denied the consent" in page.text


def test_id_token_with_wrong_nonce_is_rejected(browser: httpx.Client, fake_provider: FakeProvider) -> None:
    fake_provider.wrong_nonce = True
    page = browser.get("/apps/t/login")
    assert page.status_code == 400 and 'data-testid="sample-app-error"' in page.text
    assert "nonce" in page.text


def test_callback_with_forged_state_is_rejected(browser: httpx.Client) -> None:
    page = browser.get("/apps/t/callback", params={"code": "x", "state": "forged"})
    assert page.status_code == 400 and 'data-error-code="mismatching_state"' in page.text


def test_clients_register_over_http_and_never_echo_the_secret(
    browser: httpx.Client, fake_provider: FakeProvider
) -> None:
    body = {"key": "default", "issuer": fake_provider.issuer, "client_id": "c2", "client_secret": "hush-1"}
    created = browser.post("/_sample/clients", json=body)
    assert created.status_code == 201 and created.json()["callback_url"].endswith("/apps/default/callback")
    assert "hush-1" not in created.text and "hush-1" not in browser.get("/_sample/clients").text
    assert str(browser.get("/").url).endswith("/apps/default/")


def test_bad_registration_gets_422_and_unknown_client_404(browser: httpx.Client) -> None:
    bad = browser.post("/_sample/clients", json={"key": "../x", "issuer": "i", "client_id": "c"})
    assert bad.status_code == 422
    assert browser.get("/apps/nope/").status_code == 404
    assert browser.delete("/_sample/clients/nope").status_code == 404


def test_unreachable_provider_is_an_error_page(browser: httpx.Client) -> None:
    sock = bind_loopback()
    dead = f"http://127.0.0.1:{sock.getsockname()[1]}/oauth2/token"
    sock.close()
    browser.post(
        "/_sample/clients", json={"key": "dead", "issuer": dead, "client_id": "c", "client_secret": "s"}
    )
    page = browser.get("/apps/dead/login")
    assert page.status_code == 502 and 'data-error-code="provider_unreachable"' in page.text


def test_logout_forgets_the_login(browser: httpx.Client) -> None:
    browser.get("/apps/t/login")
    page = browser.post("/apps/t/logout")
    assert 'data-testid="sample-app-login"' in page.text and "sample-app-user" not in page.text


def test_query_of_redirect_has_no_client_secret(browser: httpx.Client, fake_provider: FakeProvider) -> None:
    response = browser.get("/apps/t/login", follow_redirects=False)
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert "client_secret" not in query and fake_provider.client_secret not in response.headers["location"]


def test_root_lists_clients_until_a_default_exists(browser: httpx.Client) -> None:
    page = browser.get("/")
    assert page.status_code == 200 and 'href="/apps/t/"' in page.text
    assert browser.get("/healthz").json() == {"status": "ok"}


def test_issuer_without_discovery_document_is_an_error_page(
    browser: httpx.Client, fake_provider: FakeProvider
) -> None:
    issuer = fake_provider.issuer.replace("/oauth2/token", "/nowhere")
    body = {"key": "lost", "issuer": issuer, "client_id": "c", "client_secret": "s3cr3t"}
    browser.post("/_sample/clients", json=body)
    page = browser.get("/apps/lost/login")
    assert page.status_code == 502 and 'data-error-code="provider_error"' in page.text
    assert "HTTP 404" in page.text and "/nowhere/.well-known/openid-configuration" in page.text
