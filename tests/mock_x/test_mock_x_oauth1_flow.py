"""The three-legged flow as the WSO2 connector (twitter4j 4.0.7) runs it, hop by hop."""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import quote

import httpx
from mock_x_clients import Twitter4jClient, browser_decide, browser_sign_in, callback_params, form_of

from mock_x.api_v1 import CREATED_AT_FORMAT, user_object
from mock_x.mock import MockX
from mock_x.models import XApp, XUser

CALLBACK = (
    "http://127.0.0.1:9443/commonauth?localState=6f1c2a4e-0b7d-4c1e-9a55-3f0d2b8e7c11&loginType=twitter"
)


def _request_token(t4j: Twitter4jClient, callback: str = CALLBACK) -> dict[str, str]:
    response = t4j.request_token(callback)
    assert response.status_code == 200, response.text
    return form_of(response)


def _approve(client: httpx.Client, token: str, user: XUser) -> str:
    consent = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={token}", user.screen_name, user.password
    )
    if consent.status_code == 302:  # approved before: X goes straight back (x-protocol.md §1.2)
        return consent.headers["location"]
    assert consent.status_code == 200 and 'data-testid="OAuth_Consent_Button"' in consent.text
    answer = browser_decide(client, consent, "allow")
    assert answer.status_code == 302
    return answer.headers["location"]


def test_request_token_answers_form_text_with_safe_tokens(t4j: Twitter4jClient) -> None:
    """x-protocol.md §1.1 and x-authenticator.md §1.4: form text, no ``=``/``&`` inside values."""
    response = t4j.request_token(CALLBACK)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.count("=") == 3 and response.text.count("&") == 2
    assert form_of(response)["oauth_callback_confirmed"] == "true"


def test_full_wso2_flow_returns_to_callback_with_its_own_query(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser, mock: MockX
) -> None:
    """Sign in, authorize, land on the callback with localState kept, exchange, verify credentials."""
    rt = _request_token(t4j)
    location = _approve(client, rt["oauth_token"], user)
    assert location.startswith(CALLBACK + "&oauth_token=")
    params = callback_params(location)
    assert params["localState"] == "6f1c2a4e-0b7d-4c1e-9a55-3f0d2b8e7c11" and params["loginType"] == "twitter"
    assert params["oauth_token"] == rt["oauth_token"]
    access = form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], params["oauth_verifier"]))
    assert access["user_id"] == user.id_str and access["user_id"].isdigit()
    assert access["screen_name"] == user.screen_name and access["oauth_token"].startswith(f"{user.id}-")
    me = t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"])
    assert me.status_code == 200, me.text
    body = me.json()
    assert body["id"] == user.id and body["id_str"] == user.id_str and body["email"] == user.email
    assert "status" not in body
    assert datetime.strptime(body["created_at"], CREATED_AT_FORMAT).year == user.created_at.year


def test_user_object_keeps_x_key_order(user: XUser) -> None:
    """x-protocol.md §2: created_at follows listed_count, the profile images follow the background tile."""
    keys = list(user_object(user))
    assert keys[:4] == ["id", "id_str", "name", "screen_name"]
    assert keys.index("listed_count") + 1 == keys.index("created_at") == keys.index("favourites_count") - 1
    tile = keys.index("profile_background_tile")
    assert keys[tile + 1 : tile + 3] == ["profile_image_url", "profile_image_url_https"]
    assert keys[-2:] == ["suspended", "needs_phone_verification"]


def test_request_log_shows_what_the_connector_sent(t4j: Twitter4jClient, mock: MockX) -> None:
    """The callback arrives double-encoded in the body, not in the header; the signature is redacted."""
    _request_token(t4j)
    [seen] = mock.requests_to("/oauth/request_token")
    assert seen.form["oauth_callback"] == quote(CALLBACK, safe="*-._")
    assert "oauth_callback" not in seen.headers["authorization"]
    assert (
        seen.oauth["oauth_signature"] == "<redacted>"
        and 'oauth_signature="<redacted>"' in seen.headers["authorization"]
    )
    assert seen.status == 200 and seen.headers["x-twitter-client-version"] == "4.0.7"


def test_negative_nonce_is_accepted(t4j: Twitter4jClient, mock: MockX) -> None:
    """twitter4j's nonce is ``time + Random.nextInt()`` and may be negative (x-authenticator.md §1.4)."""
    t4j.next_nonce = "-1234567"
    _request_token(t4j)
    assert mock.requests_to("/oauth/request_token")[0].oauth["oauth_nonce"] == "-1234567"


def test_cancel_shows_return_to_app_with_denied(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """Cancel → "Return to app" page whose link carries ``denied=<token>`` on the callback's query."""
    rt = _request_token(t4j)
    consent = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={rt['oauth_token']}", user.screen_name, user.password
    )
    page = browser_decide(client, consent, "cancel")
    assert page.status_code == 200 and 'data-testid="OAuth_ReturnToApp_Link"' in page.text
    assert f'href="{html.escape(CALLBACK + "&denied=" + rt["oauth_token"])}"' in page.text
    assert client.get(f"/oauth/authenticate?oauth_token={rt['oauth_token']}").status_code == 403


def test_authenticate_skips_consent_once_approved(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """x-protocol.md §1.2: signed in and approved → immediate redirect; authorize still prompts."""
    first = _request_token(t4j)
    _approve(client, first["oauth_token"], user)
    second = _request_token(t4j)
    again = client.get(f"/oauth/authenticate?oauth_token={second['oauth_token']}")
    assert (
        again.status_code == 302
        and callback_params(again.headers["location"])["oauth_token"] == second["oauth_token"]
    )
    third = _request_token(t4j)
    prompt = client.get(f"/oauth/authorize?oauth_token={third['oauth_token']}")
    assert prompt.status_code == 200 and "OAuth_Consent_Button" in prompt.text


def test_sign_in_after_approval_goes_straight_back(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """A new browser (no session) of a user who approved before: sign in, then straight to the callback."""
    _approve(client, _request_token(t4j)["oauth_token"], user)
    client.cookies.clear()
    rt = _request_token(t4j)
    page = client.get(f"/oauth/authenticate?oauth_token={rt['oauth_token']}")
    assert "LoginForm_Login_Button" in page.text
    form = {
        "oauth_token": rt["oauth_token"],
        "mode": "authenticate",
        "username_or_email": user.email or "",
        "password": user.password,
    }
    hop = client.post("/oauth/login", data=form)
    back = client.get(hop.headers["location"])
    assert back.status_code == 302 and back.headers["location"].startswith(CALLBACK)


def test_force_login_and_screen_name_prefill(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> None:
    """``force_login=true`` asks for credentials even with a session; ``screen_name`` fills the box."""
    _approve(client, _request_token(t4j)["oauth_token"], user)
    rt = _request_token(t4j)
    page = client.get(
        f"/oauth/authenticate?oauth_token={rt['oauth_token']}&force_login=true&screen_name={user.screen_name}"
    )
    assert "LoginForm_Login_Button" in page.text and f'value="{user.screen_name}"' in page.text


def test_wrong_password_is_refused_on_the_page(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """The page answers again with the refusal; no session cookie is set."""
    rt = _request_token(t4j)
    page = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={rt['oauth_token']}", user.screen_name, "wrong"
    )
    assert (
        page.status_code == 401
        and 'data-testid="login_error"' in page.text
        and "Wrong password!" in page.text
    )
    assert "auth_token" not in client.cookies
    unknown = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={rt['oauth_token']}", "nobody_here", "x"
    )
    assert "Sorry, we could not find your account." in unknown.text


def test_missing_and_bad_tokens_show_whoa_there(client: httpx.Client) -> None:
    """x-protocol.md §1.2: an HTML error page, not a redirect."""
    missing = client.get("/oauth/authenticate")
    assert missing.status_code == 403 and "There is no request token for this page." in missing.text
    bad = client.get("/oauth/authorize?oauth_token=nope")
    assert (
        "The request token for this page is invalid." in bad.text
        and 'data-testid="oauth_error_message"' in bad.text
    )


def test_expired_request_token_is_invalid(client: httpx.Client, t4j: Twitter4jClient, mock: MockX) -> None:
    """Request tokens expire (the mock's clock moves past the TTL)."""
    rt = _request_token(t4j)
    mock.shift_clock(mock.settings.request_token_ttl_seconds + 1)
    assert "is invalid" in client.get(f"/oauth/authenticate?oauth_token={rt['oauth_token']}").text


def test_pin_mode_shows_pin_and_exchanges_it(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> None:
    """``oauth_callback=oob``: a 7-digit PIN on the page, then sent as the verifier (x-protocol.md §1.2)."""
    rt = _request_token(t4j, "oob")
    consent = browser_sign_in(
        client, f"/oauth/authorize?oauth_token={rt['oauth_token']}", user.screen_name, user.password
    )
    page = browser_decide(client, consent, "allow")
    pin = page.text.split('data-testid="oauth_pin"><code>')[1].split("<")[0]
    assert len(pin) == 7 and pin.isdigit()
    assert t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], pin).status_code == 200


def test_same_access_token_for_same_user_and_app(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """X re-issues the same access token to a returning user (tokens do not expire, §1.3)."""
    tokens = []
    for _ in range(2):
        rt = _request_token(t4j)
        client.cookies.clear()
        verifier = callback_params(_approve(client, rt["oauth_token"], user))["oauth_verifier"]
        tokens.append(
            form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], verifier))["oauth_token"]
        )
    assert tokens[0] == tokens[1]


def test_app_without_email_permission_omits_email(client: httpx.Client, mock: MockX, user: XUser) -> None:
    """x-protocol.md §2: without the permission the ``email`` key is absent."""
    app: XApp = mock.register_app("No email", ["http://127.0.0.1:9443/commonauth"], request_email=False)
    t4j = Twitter4jClient(client, "http://testserver", app.consumer_key, app.consumer_secret)
    rt = _request_token(t4j)
    verifier = callback_params(_approve(client, rt["oauth_token"], user))["oauth_verifier"]
    access = form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], verifier))
    assert "email" not in t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"]).json()
