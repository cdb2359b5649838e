"""The OIDC provider: authorize validation, consent, token (basic, post, PKCE), userinfo, discovery, JWKS."""

from __future__ import annotations

import httpx
from is_flow_helpers import (
    CALLBACK,
    CLIENT_ID,
    CLIENT_SECRET,
    PUBLIC,
    Stack,
    W,
    add_local_user,
    application,
    authorize_params,
    browser,
    build,
    exchange,
    go,
    oidc_config,
    pkce_pair,
    query,
    settings,
)
from joserfc import jwt
from joserfc.jwk import KeySet

BASIC = [[("LOCAL", "BasicAuthenticator")]]


def _stack(skip_consent: bool = True, public: bool = False, pkce_mandatory: bool = False) -> Stack:
    app = application(BASIC, requested=[W + "emailaddress", W + "givenname"], skip_consent=skip_consent)
    stack = build(settings(), [], app, oidc_config(public=public, pkce_mandatory=pkce_mandatory))
    add_local_user(stack.store, "alice", "pw-alice", emailaddress="alice@example.com", givenname="Alice")
    return stack


async def _password_login(stack: Stack, client: httpx.AsyncClient | None = None, **extra: str) -> str:
    """Authorize, sign in as alice (in a new browser unless ``client`` is given); the URL IS answers with."""
    client = client or browser(stack)
    start = await client.get("/oauth2/authorize", params=authorize_params(**extra))
    key = query(start.headers["location"])["sessionDataKey"]
    form = {"username": "alice", "password": "pw-alice", "sessionDataKey": key}
    answer = await client.post("/commonauth", data=form)
    assert answer.status_code == 302
    return str(answer.headers["location"])


async def test_discovery_at_both_paths_names_issuer_and_endpoints() -> None:
    stack = _stack()
    for path in (
        "/oauth2/token/.well-known/openid-configuration",
        "/oauth2/oidcdiscovery/.well-known/openid-configuration",
    ):
        doc = (await stack.client.get(path)).json()
        assert doc["issuer"] == f"{PUBLIC}/oauth2/token"
        assert doc["jwks_uri"] == f"{PUBLIC}/oauth2/jwks"
        assert doc["end_session_endpoint"] == f"{PUBLIC}/oidc/logout"
        assert doc["authorization_endpoint"] == f"{PUBLIC}/oauth2/authorize"


async def test_code_flow_with_client_secret_basic_gives_a_verifiable_id_token() -> None:
    stack = _stack()
    back = query(await _password_login(stack))
    tokens = (await exchange(stack, back["code"])).json()
    keys = KeySet.import_key_set((await stack.client.get("/oauth2/jwks")).json())
    claims = jwt.decode(tokens["id_token"], keys).claims
    assert claims["iss"] == f"{PUBLIC}/oauth2/token" and claims["aud"] == CLIENT_ID
    assert claims["sub"] == "alice" and claims["nonce"] == "n-1"
    assert claims["email"] == "alice@example.com" and claims["given_name"] == "Alice"
    assert claims["amr"] == ["BasicAuthenticator"]


async def test_client_secret_post_works_and_a_code_is_single_use() -> None:
    stack = _stack()
    code = query(await _password_login(stack))["code"]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": CALLBACK,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert (await stack.client.post("/oauth2/token", data=form)).status_code == 200
    again = await stack.client.post("/oauth2/token", data=form)
    assert again.status_code == 400
    assert again.json() == {
        "error_description": "Invalid authorization code received from token request",
        "error": "invalid_grant",
    }


async def test_wrong_client_secret_is_invalid_client() -> None:
    stack = _stack()
    code = query(await _password_login(stack))["code"]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK}
    answer = await stack.client.post("/oauth2/token", data=form, auth=(CLIENT_ID, "nope"))
    assert answer.status_code == 401 and answer.json()["error"] == "invalid_client"


async def test_public_client_with_pkce_s256() -> None:
    stack = _stack(public=True, pkce_mandatory=True)
    verifier, challenge = pkce_pair()
    code = query(await _password_login(stack, code_challenge=challenge, code_challenge_method="S256"))["code"]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": CALLBACK,
        "client_id": CLIENT_ID,
    }
    bad = await stack.client.post("/oauth2/token", data={**form, "code_verifier": "x" * 50})
    assert bad.status_code == 400 and bad.json()["error"] == "invalid_grant"
    code = query(await _password_login(stack, code_challenge=challenge, code_challenge_method="S256"))["code"]
    good = await stack.client.post("/oauth2/token", data={**form, "code": code, "code_verifier": verifier})
    assert good.status_code == 200 and "id_token" in good.json()


async def test_mandatory_pkce_missing_is_an_error_redirect() -> None:
    stack = _stack(public=True, pkce_mandatory=True)
    answer = await stack.client.get("/oauth2/authorize", params=authorize_params())
    back = query(answer.headers["location"])
    assert back["error"] == "invalid_request" and back["state"] == "st-1"
    assert back["error_description"].startswith("PKCE is mandatory for this application.")


async def test_unknown_client_and_foreign_callback_show_the_oauth2_error_page() -> None:
    stack = _stack()
    unknown = await stack.client.get("/oauth2/authorize", params=authorize_params(client_id="nobody"))
    assert query(unknown.headers["location"])["oauthErrorCode"] == "invalid_client"
    foreign = await stack.client.get(
        "/oauth2/authorize", params=authorize_params(redirect_uri="https://evil.test/cb")
    )
    assert query(foreign.headers["location"]) == {
        "oauthErrorCode": "invalid_callback",
        "oauthErrorMsg": "callback.not.match",
    }
    page = await go(stack.client, foreign.headers["location"])
    assert "callback.not.match" in page.text


async def test_wrong_password_returns_to_the_login_page_with_the_failure_message() -> None:
    stack = _stack()
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    key = query(start.headers["location"])["sessionDataKey"]
    answer = await stack.client.post(
        "/commonauth", data={"username": "alice", "password": "bad", "sessionDataKey": key}
    )
    back = query(answer.headers["location"])
    assert back["authFailure"] == "true" and back["authFailureMsg"] == "login.fail.message"
    page = await go(stack.client, answer.headers["location"])
    assert 'data-testid="login-page-error-message"' in page.text
    assert "Login failed! Please check your username and password and try again." in page.text


async def test_consent_page_then_approve_issues_the_code() -> None:
    stack = _stack(skip_consent=False)
    consent_url = await _password_login(stack)
    assert consent_url.startswith(f"{PUBLIC}/authenticationendpoint/oauth2_consent.do?")
    page = await go(stack.client, consent_url)
    assert "email" in page.text and 'id="approve"' in page.text
    key = query(consent_url)["sessionDataKeyConsent"]
    answer = await stack.client.post(
        "/oauth2/authorize", data={"consent": "approve", "sessionDataKeyConsent": key}
    )
    assert "code" in query(answer.headers["location"])


async def test_consent_denied_is_access_denied() -> None:
    stack = _stack(skip_consent=False)
    key = query(await _password_login(stack))["sessionDataKeyConsent"]
    answer = await stack.client.post(
        "/oauth2/authorize", data={"consent": "deny", "sessionDataKeyConsent": key}
    )
    assert query(answer.headers["location"])["error"] == "access_denied"


async def test_userinfo_without_a_valid_token_is_401() -> None:
    stack = _stack()
    answer = await stack.client.get("/oauth2/userinfo", headers={"Authorization": "Bearer nope"})
    assert answer.status_code == 401 and answer.json()["error"] == "invalid_token"


async def test_prompt_none_without_session_is_login_required() -> None:
    stack = _stack()
    answer = await stack.client.get("/oauth2/authorize", params=authorize_params(prompt="none"))
    assert query(answer.headers["location"])["error"] == "login_required"


async def test_validate_access_token_for_the_admin_api() -> None:
    from mock_is.oidc import validate_access_token

    stack = _stack()
    tokens = (await exchange(stack, query(await _password_login(stack))["code"])).json()
    claims = validate_access_token(stack.app, tokens["access_token"])
    assert claims is not None and claims["username"] == "alice" and claims["client_id"] == CLIENT_ID
    assert validate_access_token(stack.app, "forged") is None


async def test_logout_returns_to_the_registered_callback_with_state() -> None:
    stack = _stack()
    tokens = (await exchange(stack, query(await _password_login(stack))["code"])).json()
    params = {"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": CALLBACK, "state": "bye"}
    answer = await stack.client.get("/oidc/logout", params=params)
    assert answer.headers["location"] == f"{CALLBACK}?state=bye"
    bad = await stack.client.get(
        "/oidc/logout", params={**params, "post_logout_redirect_uri": "https://evil.test/"}
    )
    assert "oauth2_error.do" in bad.headers["location"]


async def test_locked_account_is_told_on_the_login_page() -> None:
    stack = _stack()
    alice = stack.store.user_by_username("alice")
    assert alice is not None
    alice.claims[W + "identity/accountLocked"] = "true"
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    key = query(start.headers["location"])["sessionDataKey"]
    form = {"username": "alice", "password": "pw-alice", "sessionDataKey": key}
    answer = await stack.client.post("/commonauth", data=form)
    assert query(answer.headers["location"])["authFailureMsg"] == "error.user.account.locked"


async def test_introspect_and_revoke() -> None:
    stack = _stack()
    tokens = (await exchange(stack, query(await _password_login(stack))["code"])).json()
    auth = (CLIENT_ID, CLIENT_SECRET)
    live = (
        await stack.client.post("/oauth2/introspect", data={"token": tokens["access_token"]}, auth=auth)
    ).json()
    assert live["active"] is True and live["username"] == "alice" and live["client_id"] == CLIENT_ID
    assert (
        await stack.client.post("/oauth2/revoke", data={"token": tokens["access_token"]}, auth=auth)
    ).status_code == 200
    dead = (
        await stack.client.post("/oauth2/introspect", data={"token": tokens["access_token"]}, auth=auth)
    ).json()
    assert dead == {"active": False}
    unauthenticated = await stack.client.post("/oauth2/introspect", data={"token": "x"})
    assert unauthenticated.status_code == 401


async def test_sso_session_skips_the_login_page_until_logout() -> None:
    stack = _stack()
    person = browser(stack)
    tokens = (await exchange(stack, query(await _password_login(stack, person))["code"])).json()
    assert "commonAuthId" in person.cookies
    again = await person.get("/oauth2/authorize", params=authorize_params())
    assert "code" in query(again.headers["location"])
    passive = await person.get("/oauth2/authorize", params=authorize_params(prompt="none"))
    assert "code" in query(passive.headers["location"])
    forced = await person.get("/oauth2/authorize", params=authorize_params(prompt="login"))
    assert "/authenticationendpoint/login.do?" in forced.headers["location"]
    await person.get(
        "/oidc/logout", params={"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": CALLBACK}
    )
    after = await person.get("/oauth2/authorize", params=authorize_params(prompt="none"))
    assert query(after.headers["location"])["error"] == "login_required"
