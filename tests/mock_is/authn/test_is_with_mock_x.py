"""The Twitter authenticator against the real ``mock_x`` app (in-process), sign-in and consent included."""

from __future__ import annotations

import html
import re

import httpx
from is_flow_helpers import (
    BASIC_AND_X,
    PUBLIC,
    W,
    application,
    authorize_params,
    build,
    go,
    query,
    twitter_idp,
    userinfo,
)

from mock_is.settings import IsSettings, twitter4j_urls
from mock_x.app import create_app
from mock_x.settings import MockXSettings

X_URL = "http://127.0.0.1:8081"


def _hidden(page: str) -> dict[str, str]:
    found = re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)"', page)
    return {html.unescape(k): html.unescape(v) for k, v in found}


async def _x_browser(
    x: httpx.AsyncClient, authenticate_url: str, login: str, password: str, decision: str
) -> str:
    """Sign in at mock X and press Authorize (``allow``) or Cancel; the URL X sends the browser back to."""
    page = await x.get(authenticate_url)
    form = {**_hidden(page.text), "username_or_email": login, "password": password}
    signed_in = await x.post("/oauth/login", data=form)
    consent = await x.get(signed_in.headers["location"])
    answer = await x.post("/oauth/consent", data={**_hidden(consent.text), "decision": decision})
    if answer.status_code == 302:
        return str(answer.headers["location"])
    link = re.search(
        r'data-testid="OAuth_ReturnToApp_Link"[^>]*href="([^"]*)"|href="([^"]*)"[^>]*data-testid="OAuth_ReturnToApp_Link"',
        answer.text,
    )
    assert link, answer.text
    return html.unescape(link.group(1) or link.group(2))


def _stacks(jit: bool) -> tuple[object, httpx.AsyncClient, object]:
    x_app = create_app(MockXSettings(public_url=X_URL))
    mock = x_app.state.mock
    x_registration = mock.register_app("IS", [f"{PUBLIC}/commonauth"])
    settings = IsSettings(public_url=PUBLIC, **twitter4j_urls(X_URL))
    mappings = [("screen_name", W + "username"), ("email", W + "emailaddress")]
    idp = twitter_idp(
        x_registration.consumer_key,
        x_registration.consumer_secret,
        mappings=mappings,
        user_id_claim="screen_name",
        jit={"isEnabled": jit},
    )
    app = application(BASIC_AND_X, requested=[W + "emailaddress"])
    stack = build(settings, [idp], app, x_transport=httpx.ASGITransport(app=x_app))
    x_browser = httpx.AsyncClient(transport=httpx.ASGITransport(app=x_app), base_url=X_URL)
    return stack, x_browser, mock


async def _to_x(stack) -> str:  # type: ignore[no-untyped-def]
    start = await stack.client.get("/oauth2/authorize", params=authorize_params())
    page = await go(stack.client, start.headers["location"])
    key = query(start.headers["location"])["sessionDataKey"]
    assert 'data-testid="login-page-sign-in-with-Twitter"' in page.text
    chosen = await stack.client.get(
        f"/commonauth?idp=Twitter&authenticator=TwitterAuthenticator&sessionDataKey={key}"
    )
    location = str(chosen.headers["location"])
    assert location.startswith(f"{X_URL}/oauth/authenticate?oauth_token="), location
    return location


async def test_first_login_with_jit_against_mock_x() -> None:
    stack, x_browser, mock = _stacks(jit=True)
    user = mock.create_user()
    back = await _x_browser(x_browser, await _to_x(stack), user.screen_name, user.password, "allow")
    answer = await go(stack.client, back)
    info = await userinfo(stack, answer.headers["location"])
    assert info == {"sub": user.screen_name, "email": user.email}
    account = stack.store.user_by_username(user.screen_name)
    assert account is not None and account.claims[W + "emailaddress"] == user.email
    assert mock.requests_to("/1.1/account/verify_credentials.json")


async def test_cancel_at_mock_x_is_login_required() -> None:
    stack, x_browser, mock = _stacks(jit=False)
    user = mock.create_user()
    back = await _x_browser(x_browser, await _to_x(stack), user.screen_name, user.password, "cancel")
    assert "denied=" in back
    answer = await go(stack.client, back)
    assert query(answer.headers["location"])["error"] == "login_required"
    assert stack.store.users == {}
