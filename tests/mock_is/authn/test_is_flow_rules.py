"""Framework rules and runtime deviations: multi-step sequences, subject/attribute steps, failures, JIT."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl, unquote

import pytest
from is_fake_x import x_user
from is_flow_helpers import (
    ONLY_X,
    PUBLIC,
    W,
    add_local_user,
    authorize_params,
    browser,
    go,
    query,
    twitter_login,
    twitter_stack,
    userinfo,
)

MAPPED = [("screen_name", W + "username"), ("email", W + "emailaddress"), ("name", W + "givenname")]


async def test_two_step_sequence_takes_subject_and_attributes_from_the_configured_steps() -> None:
    options = [[("LOCAL", "BasicAuthenticator")], [("Twitter", "TwitterAuthenticator")]]
    app_kw = {"requested": [W + "emailaddress"], "subject_step": 1, "attribute_step": 2}
    stack = twitter_stack(options=options, app_kw=app_kw, mappings=MAPPED)
    add_local_user(stack.store, "alice", "pw", emailaddress="alice@local.test")
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    key = query(start.headers["location"])["sessionDataKey"]
    step2 = await stack.client.post(
        "/commonauth", data={"username": "alice", "password": "pw", "sessionDataKey": key}
    )
    assert step2.headers["location"].startswith("http://x.test/oauth/authenticate?oauth_token=")
    answer = await go(stack.client, stack.x.approve(step2.headers["location"], x_user(7)))
    info = await userinfo(stack, answer.headers["location"])
    assert info == {"sub": "alice", "email": "user7@example.com"}


async def test_jit_existing_username_without_association_ends_on_the_retry_page() -> None:
    stack = twitter_stack(jit={"isEnabled": True}, mappings=MAPPED, user_id_claim="screen_name")
    add_local_user(stack.store, "user8", "pw")
    answer = await twitter_login(stack, x_user(8))
    assert answer.headers["location"].startswith(f"{PUBLIC}/authenticationendpoint/retry.do?")
    assert stack.store.associations == []


async def test_mapped_local_subject_is_used_when_the_app_asks_for_it() -> None:
    app_kw = {"subject": {"claim": {"uri": W + "username"}, "useMappedLocalSubject": True}}
    stack = twitter_stack(
        app_kw=app_kw, jit={"isEnabled": True}, mappings=MAPPED, user_id_claim="screen_name"
    )
    answer = await twitter_login(stack, x_user(9))
    assert (await userinfo(stack, answer.headers["location"]))["sub"] == "user9"


async def test_unknown_local_state_ends_on_the_retry_page() -> None:
    stack = twitter_stack()
    answer = await stack.client.get(
        "/commonauth?localState=nope&loginType=twitter&oauth_token=a&oauth_verifier=b"
    )
    assert answer.headers["location"].startswith(f"{PUBLIC}/authenticationendpoint/retry.do?")


async def test_callback_url_property_is_used_and_the_deviation_ignores_it() -> None:
    for deviations, expected in (
        ((), "https://is.example/commonauth"),
        (("callback-url-ignored",), f"{PUBLIC}/commonauth"),
    ):
        stack = twitter_stack(*deviations, options=ONLY_X, callback_url="https://is.example/commonauth")
        await stack.client.get("/oauth2/authorize", params=authorize_params())
        body = stack.x.calls[0][3]
        callback = unquote(dict(parse_qsl(body))["oauth_callback"])
        assert callback.startswith(expected + "?localState="), callback


async def test_sign_in_button_missing_deviation() -> None:
    stack = twitter_stack("sign-in-button-missing")
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    page = await go(stack.client, start.headers["location"])
    assert "login-page-sign-in-with-Twitter" not in page.text and 'id="sign-in-button"' in page.text


async def test_denied_still_logs_in_deviation() -> None:
    stack = twitter_stack("denied-still-logs-in", options=ONLY_X)
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    answer = await go(stack.client, stack.x.deny(start.headers["location"]))
    assert "code" in query(answer.headers["location"])


@pytest.mark.parametrize(
    ("deviation", "enabled", "accounts"),
    [
        ("jit-ignored", True, 0),
        ("jit-always-on", False, 1),
        (None, False, 0),
        (None, True, 1),
    ],
)
async def test_jit_switch_and_its_deviations(deviation: str | None, enabled: bool, accounts: int) -> None:
    stack = twitter_stack(*([deviation] if deviation else []), jit={"isEnabled": enabled}, mappings=MAPPED)
    answer = await twitter_login(stack, x_user(10))
    assert "code" in query(answer.headers["location"])
    assert len(stack.store.users) == accounts


async def test_attribute_mapping_ignored_deviation_releases_no_mapped_claims() -> None:
    stack = twitter_stack(
        "attribute-mapping-ignored", app_kw={"requested": [W + "emailaddress"]}, mappings=MAPPED
    )
    answer = await twitter_login(stack, x_user(11))
    assert await userinfo(stack, answer.headers["location"]) == {"sub": "4012966711"}


async def test_twenty_concurrent_first_logins_through_the_flow() -> None:
    stack = twitter_stack(jit={"isEnabled": True}, mappings=MAPPED, user_id_claim="screen_name")
    answers = await asyncio.gather(
        *(twitter_login(stack, x_user(100 + n), browser(stack)) for n in range(20))
    )
    assert all("code" in query(a.headers["location"]) for a in answers)
    assert sorted(u.username for u in stack.store.users.values()) == sorted(
        f"user{100 + n}" for n in range(20)
    )
    for user in stack.store.users.values():
        assert user.claims[W + "emailaddress"] == f"{user.username}@example.com"
        [link] = stack.store.associations_of(user.id)
        assert link.federated_user_id == user.username


async def test_locked_associated_account_ends_on_the_retry_page() -> None:
    stack = twitter_stack(jit={"isEnabled": True}, mappings=MAPPED, user_id_claim="screen_name")
    await twitter_login(stack, x_user(12))
    account = stack.store.user_by_username("user12")
    assert account is not None
    account.claims[W + "identity/accountLocked"] = "true"
    answer = await twitter_login(stack, x_user(12), browser(stack))
    location = answer.headers["location"]
    assert "/authenticationendpoint/retry.do?" in location
    assert query(location)["authFailureMsg"] == "error.user.account.locked"
