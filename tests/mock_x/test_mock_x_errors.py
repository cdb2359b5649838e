"""Every X error the mock produces, provoked and checked for status, code and message (x-protocol.md §1.6)."""

from __future__ import annotations

import httpx
import pytest
from mock_x_clients import Twitter4jClient, browser_decide, browser_sign_in, callback_params, form_of
from oauthlib.oauth1 import SIGNATURE_PLAINTEXT, SIGNATURE_TYPE_BODY, SIGNATURE_TYPE_QUERY, Client

from mock_x.mock import MockX
from mock_x.models import XApp, XUser

CALLBACK = "http://127.0.0.1:9443/commonauth"


def _code(response: httpx.Response) -> tuple[int, int, str]:
    error = response.json()["errors"][0]
    return response.status_code, error["code"], error["message"]


def _access(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> tuple[dict[str, str], dict[str, str]]:
    rt = form_of(t4j.request_token(CALLBACK))
    consent = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={rt['oauth_token']}", user.screen_name, user.password
    )
    verifier = callback_params(browser_decide(client, consent, "allow").headers["location"])["oauth_verifier"]
    return rt, {"verifier": verifier}


def test_no_credentials_is_215(client: httpx.Client) -> None:
    """400 code 215 "Bad authentication data." without any OAuth parameters."""
    assert _code(client.post("/oauth/request_token")) == (400, 215, "Bad authentication data.")
    assert _code(client.get("/1.1/account/verify_credentials.json"))[:2] == (400, 215)
    assert (
        _code(client.post("/oauth/request_token", headers={"Authorization": 'OAuth oauth_nonce="x'}))[1]
        == 215
    )


def test_unknown_consumer_key_is_32(client: httpx.Client) -> None:
    """401 code 32 "Could not authenticate you."."""
    t4j = Twitter4jClient(client, "http://testserver", "unknownkey", "secret")
    assert _code(t4j.request_token(CALLBACK)) == (401, 32, "Could not authenticate you.")


def test_wrong_consumer_secret_is_32(client: httpx.Client, x_app: XApp) -> None:
    """The key is known, the secret used to sign is not the app's."""
    t4j = Twitter4jClient(client, "http://testserver", x_app.consumer_key, "not-the-secret")
    assert _code(t4j.request_token(CALLBACK)) == (401, 32, "Could not authenticate you.")


def test_tampered_signature_is_32(client: httpx.Client, t4j: Twitter4jClient) -> None:
    """A body changed after signing breaks the signature."""
    header = t4j.header(
        "POST", "http://testserver/oauth/request_token", [("oauth_callback", CALLBACK)], None, ""
    )
    tampered = client.post(
        "/oauth/request_token",
        content=b"oauth_callback=http%3A%2F%2F127.0.0.1%3A9443%2Fcommonauth%3Fx%3D1",
        headers={"Authorization": header, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert _code(tampered)[:2] == (401, 32)


def test_signed_for_another_host_is_32(client: httpx.Client, x_app: XApp) -> None:
    """The base URL is rebuilt from the request as addressed: signed for api.x.com, sent here, fails."""
    oauth = Client(x_app.consumer_key, x_app.consumer_secret, callback_uri=CALLBACK)
    _, headers, _ = oauth.sign("https://api.x.com/oauth/request_token", "POST")
    assert _code(client.post("/oauth/request_token", headers=headers))[:2] == (401, 32)
    _, headers, _ = oauth.sign("https://api.x.com/oauth/request_token", "POST")
    assert client.post("https://api.x.com/oauth/request_token", headers=headers).status_code == 200


def test_stale_timestamp_is_135(t4j: Twitter4jClient) -> None:
    """A clock 20 minutes off, either way: 401 code 135 "Timestamp out of bounds." (server audit)."""
    for skew in (-1200, 1200):
        t4j.clock_skew = skew
        assert _code(t4j.request_token(CALLBACK)) == (401, 135, "Timestamp out of bounds.")


def test_stale_timestamp_is_135_on_every_signed_call(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """The window holds for access_token and verify_credentials too, with the same answer."""
    rt, got = _access(client, t4j, user)
    t4j.clock_skew = 1200
    skewed = t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"])
    assert _code(skewed) == (401, 135, "Timestamp out of bounds.")
    t4j.clock_skew = 0
    access = form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"]))
    t4j.clock_skew = -1200
    stale = t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"])
    assert _code(stale) == (401, 135, "Timestamp out of bounds.")


def test_replayed_nonce_is_32(t4j: Twitter4jClient) -> None:
    """Same nonce and timestamp twice: the second is refused."""
    t4j.next_nonce = "-77"
    assert t4j.request_token(CALLBACK).status_code == 200
    t4j.next_nonce = "-77"
    assert _code(t4j.request_token(CALLBACK))[:2] == (401, 32)


def test_plaintext_signature_method_is_32(client: httpx.Client, x_app: XApp) -> None:
    """X signs only with HMAC-SHA1."""
    oauth = Client(
        x_app.consumer_key, x_app.consumer_secret, callback_uri=CALLBACK, signature_method=SIGNATURE_PLAINTEXT
    )
    uri, headers, _ = oauth.sign("http://testserver/oauth/request_token", "POST")
    assert _code(client.post(uri, headers=headers))[:2] == (401, 32)


def test_callback_not_approved_is_415_xml(t4j: Twitter4jClient) -> None:
    """403 with X's XML body, code 415, for a callback whose path differs."""
    response = t4j.request_token("http://127.0.0.1:9443/commonauth/other")
    assert response.status_code == 403 and response.headers["content-type"].startswith("application/xml")
    assert '<error code="415">Callback URL not approved for this client application.' in response.text


def test_app_without_callbacks_is_417_but_oob_works(client: httpx.Client, mock: MockX) -> None:
    """401 code 417 when a URL is sent to an app with no callback configured; ``oob`` still works."""
    app = mock.register_app("Desktop", [])
    t4j = Twitter4jClient(client, "http://testserver", app.consumer_key, app.consumer_secret)
    status, code, message = _code(t4j.request_token(CALLBACK))
    assert (status, code) == (401, 417) and "only support the oauth_callback value 'oob'" in message
    assert t4j.request_token("oob").status_code == 200


def test_stray_token_on_request_token_is_89(client: httpx.Client, x_app: XApp) -> None:
    """An ``oauth_token`` on request_token is an invalid token: 401 code 89."""
    oauth = Client(x_app.consumer_key, x_app.consumer_secret, "bogus", "bogus", callback_uri=CALLBACK)
    uri, headers, _ = oauth.sign("http://testserver/oauth/request_token", "POST")
    assert _code(client.post(uri, headers=headers)) == (401, 89, "Invalid or expired token.")


def test_bad_verifier_is_plain_text_401(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> None:
    """x-protocol.md §1.3: plain text, not JSON; the right verifier still works afterwards."""
    rt, got = _access(client, t4j, user)
    wrong = t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], "wrong")
    assert wrong.status_code == 401 and wrong.headers["content-type"].startswith("text/plain")
    assert wrong.text == "Error processing your OAuth request: Invalid oauth_verifier parameter"
    assert t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"]).status_code == 200


def test_verifier_before_approval_is_refused(t4j: Twitter4jClient) -> None:
    """No verifier was issued yet: the same plain-text 401."""
    rt = form_of(t4j.request_token(CALLBACK))
    assert t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], "guess").status_code == 401


def test_replayed_verifier_is_refused(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> None:
    """Request tokens and verifiers are single-use: the second exchange gets "Invalid request token"."""
    rt, got = _access(client, t4j, user)
    assert t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"]).status_code == 200
    again = t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"])
    assert (again.status_code, again.text) == (401, "Invalid request token")


def test_denied_token_cannot_be_exchanged(client: httpx.Client, t4j: Twitter4jClient, user: XUser) -> None:
    """After Cancel the request token is dead."""
    rt = form_of(t4j.request_token(CALLBACK))
    consent = browser_sign_in(
        client, f"/oauth/authenticate?oauth_token={rt['oauth_token']}", user.screen_name, user.password
    )
    browser_decide(client, consent, "cancel")
    assert t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], "x").text == "Invalid request token"


@pytest.mark.parametrize("signature_type", [SIGNATURE_TYPE_QUERY, SIGNATURE_TYPE_BODY])
def test_verifier_and_oauth_params_in_query_or_body(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser, x_app: XApp, signature_type: str
) -> None:
    """RFC 5849 §3.5.2/§3.5.3: every oauth_* parameter in the query, or in the form body."""
    rt, got = _access(client, t4j, user)
    oauth = Client(
        x_app.consumer_key,
        x_app.consumer_secret,
        rt["oauth_token"],
        rt["oauth_token_secret"],
        verifier=got["verifier"],
        signature_type=signature_type,
    )
    headers = (
        {"Content-Type": "application/x-www-form-urlencoded"} if signature_type == SIGNATURE_TYPE_BODY else {}
    )
    uri, headers, body = oauth.sign(
        "http://testserver/oauth/access_token", "POST", body="" if headers else None, headers=headers
    )
    response = client.post(uri, headers=headers, content=(body or "").encode())
    assert response.status_code == 200, response.text
    access = form_of(response)
    reader = Client(
        x_app.consumer_key,
        x_app.consumer_secret,
        access["oauth_token"],
        access["oauth_token_secret"],
        signature_type=SIGNATURE_TYPE_QUERY,
    )
    uri, _, _ = reader.sign("http://testserver/1.1/account/verify_credentials.json?include_email=true")
    assert client.get(uri).json()["email"] == user.email


def test_invalidated_and_unknown_tokens_are_89(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser
) -> None:
    """x-protocol.md §1.4: after invalidate_token the token gets 401 code 89."""
    rt, got = _access(client, t4j, user)
    access = form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"]))
    assert _code(t4j.verify_credentials("nope", "nope")) == (401, 89, "Invalid or expired token.")
    revoked = t4j.post("/1.1/oauth/invalidate_token", [], access["oauth_token"], access["oauth_token_secret"])
    assert revoked.json() == {"access_token": access["oauth_token"]}
    assert _code(t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"]))[:2] == (401, 89)


def test_app_only_bearer_on_user_endpoint_is_220(client: httpx.Client, x_app: XApp) -> None:
    """A bearer token cannot call a user-context endpoint."""
    response = client.get(
        "/1.1/account/verify_credentials.json", headers={"Authorization": f"Bearer {x_app.bearer_token}"}
    )
    assert _code(response)[:2] == (403, 220)


def test_unknown_path_is_34(client: httpx.Client) -> None:
    """X's 404 body."""
    assert _code(client.get("/1.1/nothing/here.json")) == (404, 34, "Sorry, that page does not exist.")


def test_rate_limit_is_429_code_88(
    client: httpx.Client, t4j: Twitter4jClient, user: XUser, mock: MockX
) -> None:
    """Past the window's limit: 429 code 88 with ``x-rate-limit-*``; a new window starts after 15 minutes."""
    mock.settings.rate_limit_verify_credentials = 2
    rt, got = _access(client, t4j, user)
    access = form_of(t4j.access_token(rt["oauth_token"], rt["oauth_token_secret"], got["verifier"]))
    calls = [t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"]) for _ in range(3)]
    assert [c.status_code for c in calls] == [200, 200, 429]
    assert _code(calls[2]) == (429, 88, "Rate limit exceeded")
    assert calls[2].headers["x-rate-limit-remaining"] == "0" and calls[2].headers["x-rate-limit-limit"] == "2"
    mock.shift_clock(901)
    t4j.clock_skew = 901
    assert t4j.verify_credentials(access["oauth_token"], access["oauth_token_secret"]).status_code == 200


def test_fail_next_status_code_and_latency(client: httpx.Client, t4j: Twitter4jClient, mock: MockX) -> None:
    """An armed failure answers once; a status below 400 only delays."""
    mock.fail_next("/oauth/request_token", 401, code=32, message="Could not authenticate you.")
    assert _code(t4j.request_token(CALLBACK))[:2] == (401, 32)
    mock.fail_next("/oauth/request_token", 200, latency=0.05)
    assert t4j.request_token(CALLBACK).status_code == 200
    mock.fail_next("/oauth/request_token", 500)
    failed = t4j.request_token(CALLBACK)
    assert (failed.status_code, failed.text) == (500, "Internal Server Error")
    assert [r.status for r in mock.requests_to("/oauth/request_token")] == [401, 200, 500]
