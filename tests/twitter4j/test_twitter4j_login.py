"""The real twitter4j 4.0.7, driven as WSO2's connector drives it, against mock X: a login and its failures.

What twitter4j raised is read through ``TwitterException.getStatusCode()``, ``getErrorCode()`` and
``getErrorMessage()``; each failure is X's answer as the server audit saw it through the real twitter4j
(server-audit-2026-12.md, "X, through the real twitter4j 4.0.7").
"""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import Page
from twitter4j_browser import login_at_x
from twitter4j_jvm import Twitter4jJvm, Twitter4jRaised

from harness.clients.mock_x import MockXControl
from harness.pages.x import XErrorPage
from harness.target import Target
from mock_is.authn.twitter import (
    OAuthCredentials,
    TwitterClient,
    TwitterException,
    callback_with_state,
    java_url_encode,
)
from mock_is.settings import IsSettings, twitter4j_urls
from mock_x.models import XApp

pytestmark = pytest.mark.e2e

# The doc's Callback URL. Nothing listens there: the browser's visit is caught (twitter4j_browser).
CALLBACK = "https://localhost:9443/commonauth"


@pytest.fixture
def x_app(x_control: MockXControl) -> XApp:
    """An X app registered as the doc says, with the doc's Callback URL."""
    return x_control.register_app(f"t4j-{uuid.uuid4().hex[:8]}", [CALLBACK])


def _simulator_agrees(raised: Twitter4jRaised, x_url: str, key: str, secret: str, callback: str) -> None:
    """The simulator's connector (``TwitterClient`` as ``TwitterAuthenticator`` calls it) asks for a
    request token the same way and raises what twitter4j raised: status, code and getMessage()."""
    client = TwitterClient(IsSettings(**twitter4j_urls(x_url)))
    ask = client.request_token(
        OAuthCredentials(key, secret), java_url_encode(callback_with_state(callback, str(uuid.uuid4())))
    )
    with ThreadPoolExecutor(max_workers=1) as pool:  # Playwright's sync API holds this thread's loop
        with pytest.raises(TwitterException) as simulated:
            pool.submit(asyncio.run, ask).result()
    code = simulated.value.error[1] if simulated.value.error else -1
    assert (simulated.value.status, code, str(simulated.value)) == (
        raised.status_code,
        raised.error_code,
        raised.message,
    )


def test_twitter4j_first_login_reads_the_user_and_email(
    twitter4j: Twitter4jJvm, x_control: MockXControl, x_app: XApp, page: Page, target: Target
) -> None:
    """Request token, sign-in and consent, access token, verify_credentials with email, raw JSON."""
    user, context_id = x_control.create_user(), str(uuid.uuid4())
    started = twitter4j.initiate(x_app.consumer_key, x_app.consumer_secret, CALLBACK, context_id)
    assert started.callback == f"{CALLBACK}?localState={context_id}&loginType=twitter"
    assert started.redirect == f"{target.x_url}/oauth/authenticate?oauth_token={started.request_token}"
    params = login_at_x(page, started.redirect, target.x_url, user, CALLBACK, app_name=x_app.name)
    assert params["localState"] == context_id and params["loginType"] == "twitter"
    assert params["oauth_token"] == started.request_token
    done = twitter4j.process(context_id, params)
    raw = json.loads(done["raw_json"])
    assert (raw["id"], raw["screen_name"], raw["email"]) == (user.id, user.screen_name, user.email)
    assert (done["user_id"], done["screen_name"]) == (user.id, user.screen_name)


def test_twitter4j_reused_request_token_and_verifier_are_refused(
    twitter4j: Twitter4jJvm, x_control: MockXControl, x_app: XApp, page: Page, target: Target
) -> None:
    """A second exchange of the same request token and verifier is a 401 with X's plain-text body."""
    user, context_id = x_control.create_user(), str(uuid.uuid4())
    started = twitter4j.initiate(x_app.consumer_key, x_app.consumer_secret, CALLBACK, context_id)
    params = login_at_x(page, started.redirect, target.x_url, user, CALLBACK)
    twitter4j.process(context_id, params)
    with pytest.raises(Twitter4jRaised) as raised:
        twitter4j.process(context_id, params)
    assert raised.value.stage == "access_token"
    assert raised.value.getters() == (401, -1, None)  # not JSON, so no code and no message
    assert raised.value.message.endswith("in sync.\nInvalid request token\n")
    page.goto(started.redirect)  # the browser sent to X again with the used token
    XErrorPage(page).expect_message("The request token for this page is invalid")


def test_twitter4j_denied_at_x_fails_without_calling_x(
    twitter4j: Twitter4jJvm, x_control: MockXControl, x_app: XApp, page: Page, target: Target
) -> None:
    """Cancel, then "Return to app": ``denied=<request token>``; the connector fails the step itself."""
    user, context_id = x_control.create_user(), str(uuid.uuid4())
    started = twitter4j.initiate(x_app.consumer_key, x_app.consumer_secret, CALLBACK, context_id)
    params = login_at_x(page, started.redirect, target.x_url, user, CALLBACK, decision="cancel")
    assert params["denied"] == started.request_token and "oauth_verifier" not in params
    assert (params["localState"], params["loginType"]) == (context_id, "twitter")
    with pytest.raises(Twitter4jRaised) as raised:
        twitter4j.process(context_id, params)
    assert (raised.value.exception, raised.value.message) == (
        "InvalidCredentialsException",
        started.request_token,
    )
    exchanged = [r.oauth.get("oauth_token") for r in x_control.requests_to("/oauth/access_token")]
    assert started.request_token not in exchanged


def test_twitter4j_wrong_secret_is_401_code_32(twitter4j: Twitter4jJvm, x_app: XApp, target: Target) -> None:
    """The API Key with a secret that is not the app's: no request token, 401 code 32."""
    with pytest.raises(Twitter4jRaised) as raised:
        twitter4j.initiate(x_app.consumer_key, "not-the-api-secret", CALLBACK, str(uuid.uuid4()))
    assert raised.value.stage == "request_token"
    assert raised.value.getters() == (401, 32, "Could not authenticate you.")
    _simulator_agrees(raised.value, target.x_url, x_app.consumer_key, "not-the-api-secret", CALLBACK)


def test_twitter4j_callback_not_approved_is_403_with_no_error_code(
    twitter4j: Twitter4jJvm, x_app: XApp, target: Target
) -> None:
    """403 with X's XML body (code 415): twitter4j parses only JSON, so it reports error code -1."""
    elsewhere = "https://localhost:9443/elsewhere"
    with pytest.raises(Twitter4jRaised) as raised:
        twitter4j.initiate(x_app.consumer_key, x_app.consumer_secret, elsewhere, str(uuid.uuid4()))
    assert raised.value.getters() == (403, -1, None)
    assert raised.value.message.startswith("403:The request is understood, but it has been refused.")
    assert "\n<?xml version='1.0' encoding='UTF-8'?><errors><error code=\"415\">" in raised.value.message
    _simulator_agrees(raised.value, target.x_url, x_app.consumer_key, x_app.consumer_secret, elsewhere)


def test_twitter4j_clock_skew_is_401_code_135(
    twitter4j: Twitter4jJvm, x_control: MockXControl, x_app: XApp, target: Target
) -> None:
    """X's clock 20 minutes ahead of this machine's: 401 code 135 "Timestamp out of bounds."."""
    x_control.shift_clock(1200)
    try:
        with pytest.raises(Twitter4jRaised) as raised:
            twitter4j.initiate(x_app.consumer_key, x_app.consumer_secret, CALLBACK, str(uuid.uuid4()))
        _simulator_agrees(raised.value, target.x_url, x_app.consumer_key, x_app.consumer_secret, CALLBACK)
    finally:
        x_control.shift_clock(-1200)
    assert raised.value.getters() == (401, 135, "Timestamp out of bounds.")
    assert raised.value.message.endswith("in sync.\nmessage - Timestamp out of bounds.\ncode - 135\n")
