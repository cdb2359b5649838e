"""OAuth 2.0 Authorization Code with PKCE as X runs it (x-protocol.md §3), and its errors."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from mock_x_clients import oauth2_consent

from mock_x.mock import MockX
from mock_x.models import XApp, XUser

REDIRECT = "https://app.example.org/callback"
VERIFIER = "v" * 50


def _authorize_url(
    app: XApp, scope: str = "tweet.read users.read users.email offline.access", **extra: str
) -> str:
    params = {
        "response_type": "code",
        "client_id": app.client_id,
        "redirect_uri": REDIRECT,
        "scope": scope,
        "state": "st-1",
        "code_challenge": create_s256_code_challenge(VERIFIER),
        "code_challenge_method": "s256",  # X's own SDK sends lowercase (§3.1)
    }
    return "/i/oauth2/authorize?" + urlencode({**params, **extra})


def _code(client: httpx.Client, app: XApp, user: XUser, **extra: str) -> str:
    location = oauth2_consent(client, _authorize_url(app, **extra), user)
    query = dict(parse_qsl(urlsplit(location).query))
    assert location.startswith(REDIRECT + "?state=st-1&code=") and query["state"] == "st-1"
    return query["code"]


def _exchange(client: httpx.Client, app: XApp, code: str, verifier: str = VERIFIER) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    if app.client_secret is None:
        return client.post("/2/oauth2/token", data={**form, "client_id": app.client_id})
    return client.post("/2/oauth2/token", data=form, auth=(app.client_id, app.client_secret))


@pytest.fixture
def web_app(mock: MockX) -> XApp:
    """A confidential client ("Web App, Automated App or Bot")."""
    return mock.register_app("OAuth2 web", [REDIRECT], app_type="web")


@pytest.fixture
def native_app(mock: MockX) -> XApp:
    """A public client ("Native App")."""
    return mock.register_app("OAuth2 native", [REDIRECT], app_type="native")


def test_confidential_client_full_flow(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """Code → tokens (lowercase bearer, space-separated scope, refresh with offline.access) → /2/users/me."""
    tokens = _exchange(client, web_app, _code(client, web_app, user)).json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 7200
    assert tokens["scope"] == "tweet.read users.read users.email offline.access" and tokens["refresh_token"]
    me = client.get(
        "/2/users/me?user.fields=confirmed_email,created_at",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    data = me.json()["data"]
    assert (
        data["id"] == user.id_str
        and data["username"] == user.screen_name
        and data["confirmed_email"] == user.email
    )
    assert data["created_at"].endswith(".000Z") and me.headers["x-rate-limit-limit"] == "75"


def test_public_client_and_refresh_rotation(client: httpx.Client, native_app: XApp, user: XUser) -> None:
    """Public client: client_id in the body, no secret; a refresh token works once."""
    assert native_app.client_secret is None
    tokens = _exchange(client, native_app, _code(client, native_app, user)).json()
    form = {
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "client_id": native_app.client_id,
    }
    assert client.post("/2/oauth2/token", data=form).status_code == 200
    again = client.post("/2/oauth2/token", data=form)
    assert again.status_code == 400 and again.json()["error"] == "invalid_request"


def test_no_offline_access_no_refresh_token(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """x-protocol.md §3.2: refresh_token only with offline.access."""
    tokens = _exchange(client, web_app, _code(client, web_app, user, scope="tweet.read users.read")).json()
    assert "refresh_token" not in tokens


def test_code_is_single_use_and_expires_after_30_seconds(
    client: httpx.Client, web_app: XApp, user: XUser, mock: MockX
) -> None:
    """A reused or late code: 400 invalid_request "Value passed for the authorization code was invalid."."""
    code = _code(client, web_app, user)
    assert _exchange(client, web_app, code).status_code == 200
    reused = _exchange(client, web_app, code)
    assert reused.status_code == 400
    assert reused.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the authorization code was invalid.",
    }
    late = _code(client, web_app, user)
    mock.shift_clock(31)
    assert _exchange(client, web_app, late).status_code == 400


def test_pkce_mismatch(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """A wrong code_verifier is refused with X's message."""
    response = _exchange(client, web_app, _code(client, web_app, user), verifier="w" * 50)
    assert (
        response.json()["error_description"]
        == "Value passed for the code verifier did not match the code challenge."
    )


def test_redirect_uri_mismatch_at_token(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """redirect_uri must equal the one of the code."""
    code = _code(client, web_app, user)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT + "/x",
        "code_verifier": VERIFIER,
    }
    response = client.post(
        "/2/oauth2/token", data=form, auth=(web_app.client_id, web_app.client_secret or "")
    )
    assert (
        response.status_code == 400 and "redirect uri did not match" in response.json()["error_description"]
    )


def test_client_authentication_errors(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """401 unauthorized_client "Missing valid authorization header" (x-protocol.md §3.2)."""
    code = _code(client, web_app, user)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": VERIFIER,
    }
    expected = {"error": "unauthorized_client", "error_description": "Missing valid authorization header"}
    public_style = client.post("/2/oauth2/token", data={**form, "client_id": web_app.client_id})
    assert (public_style.status_code, public_style.json()) == (401, expected)
    wrong = client.post("/2/oauth2/token", data=form, auth=(web_app.client_id, "wrong"))
    assert (wrong.status_code, wrong.json()) == (401, expected)
    garbage = client.post("/2/oauth2/token", data=form, headers={"Authorization": "Basic !!!"})
    assert garbage.status_code == 401


@pytest.mark.parametrize(
    "override",
    [
        {"client_id": "unknown"},
        {"redirect_uri": "https://evil.example/callback"},
        {"redirect_uri": REDIRECT + "?extra=1"},
        {"scope": "tweet.read no.such.scope"},
        {"code_challenge_method": "S512"},
        {"response_type": "token"},
        {"state": ""},
    ],
)
def test_bad_authorize_requests_show_something_went_wrong(
    client: httpx.Client, web_app: XApp, override: dict[str, str]
) -> None:
    """x-protocol.md §3.1: an X-rendered page, not a redirect."""
    page = client.get(_authorize_url(web_app, **override))
    assert page.status_code == 400 and "Something went wrong" in page.text
    assert "You weren&#39;t able to give access to the App." in page.text


def test_cancel_redirects_with_access_denied(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """[GAP] default: RFC 6749 §4.1.2.1 ``error=access_denied&state=``."""
    location = oauth2_consent(client, _authorize_url(web_app), user, decision="cancel")
    assert location == REDIRECT + "?error=access_denied&state=st-1"


def test_revoke_and_v2_errors(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """Revoke answers ``{"revoked": true}``; the token then gets the v2 401 problem body."""
    tokens = _exchange(client, web_app, _code(client, web_app, user)).json()
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    bad_field = client.get("/2/users/me?user.fields=shoe_size", headers=bearer)
    assert bad_field.status_code == 400 and bad_field.json()["errors"][0]["parameters"] == {
        "user.fields": ["shoe_size"]
    }
    revoked = client.post(
        "/2/oauth2/revoke",
        data={"token": tokens["access_token"]},
        auth=(web_app.client_id, web_app.client_secret or ""),
    )
    assert revoked.json() == {"revoked": True}
    after = client.get("/2/users/me", headers=bearer)
    assert after.status_code == 401
    assert after.json() == {
        "title": "Unauthorized",
        "type": "about:blank",
        "status": 401,
        "detail": "Unauthorized",
    }


def test_users_me_needs_users_read(client: httpx.Client, web_app: XApp, user: XUser) -> None:
    """A token without users.read cannot read /2/users/me; without users.email no confirmed_email."""
    tokens = _exchange(client, web_app, _code(client, web_app, user, scope="tweet.read")).json()
    assert (
        client.get("/2/users/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}).status_code
        == 403
    )
    tokens = _exchange(client, web_app, _code(client, web_app, user, scope="tweet.read users.read")).json()
    me = client.get(
        "/2/users/me?user.fields=confirmed_email",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert "confirmed_email" not in me.json()["data"]


def test_app_only_bearer(client: httpx.Client, web_app: XApp) -> None:
    """``POST /oauth2/token`` returns the app's one bearer token; a bad secret is 403 code 99 (§6)."""
    form = {"grant_type": "client_credentials"}
    ok = client.post("/oauth2/token", data=form, auth=(web_app.consumer_key, web_app.consumer_secret))
    assert ok.json() == {"token_type": "bearer", "access_token": web_app.bearer_token}
    bad = client.post("/oauth2/token", data=form, auth=(web_app.consumer_key, "nope"))
    assert bad.status_code == 403 and bad.json()["errors"][0]["code"] == 99
