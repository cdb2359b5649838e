"""What the deployment profiles change in a first X login: prompting JIT schemes and their account-creation
pages, the enhanced JIT feature, IS 7.2's attribute-based account lookup, email usernames."""

from __future__ import annotations

import re
from typing import Any

import httpx
from is_fake_x import x_user
from is_flow_helpers import (
    CALLBACK,
    ONLY_X,
    PUBLIC,
    W,
    add_local_user,
    go,
    query,
    twitter_login,
    twitter_stack,
)

from mock_is.api.scim_users import create_user
from mock_is.profiles import profile

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SILENT = {"isEnabled": True, "scheme": "PROVISION_SILENTLY"}


def _stack(profile_name: str = "7.1", jit: dict[str, Any] | None = None, **idp_kw: Any) -> Any:
    return twitter_stack(
        options=ONLY_X, settings_kw=profile(profile_name).settings, jit={**_SILENT, **(jit or {})}, **idp_kw
    )


def _account_of(stack: Any, subject: str) -> Any:
    link = stack.store.association_for("Twitter", subject)
    return None if link is None else stack.store.users[link.user_id]


async def _signed_in(response: httpx.Response) -> None:
    assert response.status_code == 302 and response.headers["location"].startswith(CALLBACK + "?code="), (
        response.status_code,
        response.headers.get("location"),
        response.text[:300],
    )


async def test_prompt_username_password_consent_pauses_the_login_on_register_do() -> None:
    stack = _stack(jit={"scheme": "PROMPT_USERNAME_PASSWORD_CONSENT"})
    answer = await twitter_login(stack, x_user(1))
    location = answer.headers["location"]
    assert location.startswith(f"{PUBLIC}/accountrecoveryendpoint/register.do?")
    params = query(location)
    assert params["allowchangeusername"] == "true" and params["passwordProvisionEnabled"] == "true"
    assert params["skipsignupenablecheck"] == "true" and params["username"] == "4012966701"
    assert _account_of(stack, "4012966701") is None, "the account is made only once the pages are submitted"
    page = await go(stack.client, location)
    assert page.status_code == 200 and 'id="username"' in page.text and 'id="registrationSubmit"' in page.text
    signup = await go(stack.client, location.replace("register.do", "signup.do"))
    assert 'id="passwordUserInput"' in signup.text and 'id="termsCheckbox"' in signup.text
    assert 'action="../commonauth"' in signup.text
    form = {"sessionDataKey": params["sessionDataKey"], "username": "chosen-name", "password": "Chosen-pw-1!"}
    await _signed_in(await stack.client.post("/commonauth", data=form))
    account = _account_of(stack, "4012966701")
    assert (account.username, account.password) == ("chosen-name", "Chosen-pw-1!")


async def test_prompt_consent_asks_no_username_and_no_password() -> None:
    stack = _stack(jit={"scheme": "PROMPT_CONSENT"})
    location = (await twitter_login(stack, x_user(2))).headers["location"]
    assert location.startswith(f"{PUBLIC}/accountrecoveryendpoint/signup.do?")
    assert "passwordProvisionEnabled" not in query(location)
    assert 'id="passwordUserInput"' not in (await go(stack.client, location)).text
    form = {"sessionDataKey": query(location)["sessionDataKey"], "username": "ignored", "password": "ignored"}
    await _signed_in(await stack.client.post("/commonauth", data=form))
    account = _account_of(stack, "4012966702")
    assert account.username == "4012966702" and account.password != "ignored"


async def test_a_linked_account_is_not_prompted_again() -> None:
    stack = _stack(jit={"scheme": "PROMPT_PASSWORD_CONSENT"})
    first = await twitter_login(stack, x_user(3))
    form = {"sessionDataKey": query(first.headers["location"])["sessionDataKey"], "password": "Pw-one-1!"}
    await _signed_in(await stack.client.post("/commonauth", data=form))
    await _signed_in(await twitter_login(stack, x_user(3), prompt="login"))


async def test_account_creation_pages_need_a_waiting_login() -> None:
    stack = _stack(jit={"scheme": "PROMPT_CONSENT"})
    page = await stack.client.get("/accountrecoveryendpoint/signup.do?sessionDataKey=unknown")
    assert page.status_code == 400 and "not valid or has expired" in page.text


async def test_enhanced_jit_names_the_account_by_an_internal_id_and_marks_its_source() -> None:
    stack = _stack("7.1-enhanced-jit")
    await _signed_in(await twitter_login(stack, x_user(4)))
    account = _account_of(stack, "4012966704")
    assert _UUID.fullmatch(account.username)
    assert account.claims[W + "identity/userSourceId"] == "idp-twitter"


def _lookup_jit(skip: bool = False) -> dict[str, Any]:
    rule = {"federatedAttribute": "email", "localAttribute": W + "emailaddress"}
    return {
        "associateLocalUser": True,
        "accountLookupAttributeMappings": [rule],
        "skipJITForLookupFailure": skip,
    }


async def test_7_2_links_the_local_account_whose_attribute_matches() -> None:
    stack = _stack("7.2", jit=_lookup_jit())
    bob = add_local_user(stack.store, "bob", "Bob-pw-1!", emailaddress="user5@example.com")
    await _signed_in(await twitter_login(stack, x_user(5)))
    assert _account_of(stack, "4012966705") is bob


async def test_7_2_skips_provisioning_when_no_account_matches_and_told_to() -> None:
    stack = _stack("7.2", jit=_lookup_jit(skip=True))
    await _signed_in(await twitter_login(stack, x_user(6)))
    assert _account_of(stack, "4012966706") is None
    assert stack.store.user_by_username("4012966706") is None


async def test_7_1_has_no_account_lookup_and_provisions_a_new_account() -> None:
    stack = _stack("7.1", jit=_lookup_jit(skip=True))
    add_local_user(stack.store, "carl", "Carl-pw-1!", emailaddress="user7@example.com")
    await _signed_in(await twitter_login(stack, x_user(7)))
    assert _account_of(stack, "4012966707").username == "4012966707"


async def test_override_all_without_mapped_claims_keeps_the_local_attributes() -> None:
    stack = _stack(jit={"attributeSyncMethod": "OVERRIDE_ALL"})
    await _signed_in(await twitter_login(stack, x_user(8)))
    account = _account_of(stack, "4012966708")
    account.claims[W + "givenname"] = "Kept"
    await _signed_in(await twitter_login(stack, x_user(8), prompt="login"))
    assert account.claims[W + "givenname"] == "Kept"


def test_email_usernames_are_refused_unless_the_deployment_allows_them() -> None:
    import pytest

    from mock_is.api.errors import IsApiError
    from mock_is.settings import IsSettings
    from mock_is.store import Store

    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "ann@example.com",
        "password": "Ann-pw-1!",
    }
    with pytest.raises(IsApiError) as refused:
        create_user(Store(), IsSettings(), body)
    assert refused.value.status == 400 and "ann@example.com" in refused.value.message
    made = create_user(Store(), IsSettings(**profile("7.1-email-usernames").settings), body)
    assert made["userName"] == "ann@example.com"
