"""The federated login through the Twitter authenticator, end to end against a fake X."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
from is_fake_x import HEADER, x_user
from is_flow_helpers import (
    CALLBACK,
    ONLY_X,
    PUBLIC,
    W,
    go,
    query,
    twitter_login,
    twitter_stack,
    userinfo,
)


async def _authorize(stack: Any, **extra: str) -> httpx.Response:
    """The pickup app's authorization request (``openid`` only), as the browser would send it."""
    params = {"response_type": "code", "client_id": "pickup-client", "redirect_uri": CALLBACK}
    response: httpx.Response = await stack.client.get(
        "/oauth2/authorize", params={**params, "scope": "openid", **extra}
    )
    return response


async def test_login_page_lists_basic_and_the_twitter_button() -> None:
    stack = twitter_stack()
    start = await _authorize(stack)
    assert start.status_code == 302
    location = start.headers["location"]
    assert location.startswith(f"{PUBLIC}/authenticationendpoint/login.do?")
    assert "authenticators=BasicAuthenticator%3ALOCAL%3BTwitterAuthenticator%3ATwitter" in location
    page = await go(stack.client, location)
    html = page.text
    assert 'id="usernameUserInput"' in html and 'id="password"' in html and 'id="sign-in-button"' in html
    assert 'id="icon-2"' in html and 'data-testid="login-page-sign-in-with-Twitter"' in html
    assert "Sign In With Twitter" in html


async def test_single_federated_option_skips_the_page_and_signs_the_request_like_twitter4j() -> None:
    stack = twitter_stack(options=ONLY_X)
    start = await _authorize(stack)
    location = start.headers["location"]
    assert location.startswith("http://x.test/oauth/authenticate?oauth_token=")
    method, path, headers, body = stack.x.calls[0]
    assert (method, path) == ("POST", "/oauth/request_token")
    assert HEADER.match(headers["authorization"])
    assert "oauth_callback" not in headers["authorization"]
    assert headers["user-agent"] == "twitter4j http://twitter4j.org/ /4.0.7"
    # Double-encoded on the wire: %25 is an encoded '%'.
    assert body.startswith(
        "oauth_callback=https%253A%252F%252Flocalhost%253A9443%252Fcommonauth%253FlocalState%253D"
    )
    callback = unquote(dict(parse_qsl(body))["oauth_callback"])
    assert callback.endswith("&loginType=twitter")


async def test_first_login_without_jit_gives_the_app_the_federated_subject() -> None:
    stack = twitter_stack(
        app_kw={"requested": [W + "emailaddress"]}, mappings=[("email", W + "emailaddress")]
    )
    user = x_user(1)
    answer = await twitter_login(stack, user)
    assert answer.status_code == 302
    back = query(answer.headers["location"])
    assert answer.headers["location"].startswith(CALLBACK) and back["state"] == "st-1"
    info = await userinfo(stack, answer.headers["location"])
    assert info == {"sub": str(user["id"]), "email": user["email"]}
    assert stack.store.users == {} and stack.store.associations == []


async def test_verify_credentials_is_called_with_include_email_and_the_access_token() -> None:
    stack = twitter_stack()
    await twitter_login(stack, x_user(2))
    paths = [(m, p) for m, p, _, _ in stack.x.calls]
    assert paths == [
        ("POST", "/oauth/request_token"),
        ("POST", "/oauth/access_token"),
        ("GET", "/1.1/account/verify_credentials.json"),
    ]
    assert stack.x.calls[1][3].startswith("oauth_verifier=")


async def test_jit_on_creates_the_account_with_mapped_claims_and_the_association() -> None:
    stack = twitter_stack(
        jit={"isEnabled": True},
        mappings=[("screen_name", W + "username"), ("email", W + "emailaddress"), ("name", W + "givenname")],
        user_id_claim="screen_name",
    )
    user = x_user(3)
    answer = await twitter_login(stack, user)
    assert "code=" in answer.headers["location"]
    account = stack.store.user_by_username("user3")
    assert account is not None
    assert account.claims[W + "emailaddress"] == "user3@example.com"
    assert account.claims[W + "givenname"] == "User 3"
    assert "screen_name" not in account.claims
    [link] = stack.store.associations
    assert (link.user_id, link.idp_name, link.federated_user_id) == (account.id, "Twitter", "user3")


async def test_denial_at_x_returns_login_required_to_the_app() -> None:
    stack = twitter_stack(options=ONLY_X)
    start = await _authorize(stack, state="s")
    answer = await go(stack.client, stack.x.deny(start.headers["location"]))
    back = query(answer.headers["location"])
    assert back == {"error_description": "Authentication required", "error": "login_required", "state": "s"}
    assert [p for _, p, _, _ in stack.x.calls] == ["/oauth/request_token"]


async def test_bad_api_secret_never_reaches_x_in_the_browser() -> None:
    stack = twitter_stack(options=ONLY_X)
    idp = stack.store.idp_by_name("Twitter")
    assert idp is not None
    idp["federatedAuthenticators"]["authenticators"][0]["properties"][1]["value"] = "wrong"
    start = await _authorize(stack)
    assert start.headers["location"].startswith(CALLBACK + "?error_description=Authentication+required")


async def test_missing_verifier_ends_on_the_retry_page() -> None:
    stack = twitter_stack(options=ONLY_X)
    start = await _authorize(stack)
    approved = stack.x.approve(start.headers["location"], x_user(4))
    without_verifier = approved.split("&oauth_verifier=")[0]
    answer = await go(stack.client, without_verifier)
    assert answer.headers["location"].startswith(
        f"{PUBLIC}/authenticationendpoint/retry.do?status=Authentication+Error"
    )
    page = await go(stack.client, answer.headers["location"])
    assert "Something went wrong during the authentication process. Please try signing in again." in page.text


async def test_claims_are_every_top_level_key_with_nulls_as_text() -> None:
    stack = twitter_stack(
        app_kw={"requested": [W + "url"]}, mappings=[("url", W + "url"), ("entities", W + "nickname")]
    )
    user = x_user(5)
    answer = await twitter_login(stack, user)
    flow_user_claims = json.dumps(user)
    assert flow_user_claims  # the fake served it
    info = await userinfo(stack, answer.headers["location"])
    assert info["profile"] == "null" and info["website"] == "null"
