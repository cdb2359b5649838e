"""Real clients nobody here wrote, over HTTP against mock X on uvicorn; the control plane over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from mock_x_clients import LiveX, browser_decide, browser_sign_in
from requests_oauthlib import OAuth1Session

from harness.clients.mock_x import MockXControl, MockXControlError
from mock_x.models import RecordedRequest, XApp, XUser

CALLBACK = "http://127.0.0.1:9443/commonauth"


@pytest.fixture
def control(live: LiveX) -> Iterator[MockXControl]:
    """The HTTP control plane client."""
    with MockXControl(live.url) as c:
        yield c


@pytest.fixture
def web(live: LiveX) -> Iterator[httpx.Client]:
    """A cookie-keeping client that posts the mock's pages as a browser would."""
    with httpx.Client(base_url=live.url, trust_env=False, follow_redirects=False) as c:
        yield c


def _approve(web: httpx.Client, authorization_url: str, user: XUser) -> str:
    consent = browser_sign_in(web, authorization_url, user.screen_name, user.password)
    return browser_decide(web, consent, "allow").headers["location"]


def test_requests_oauthlib_session_full_flow(live: LiveX, control: MockXControl, web: httpx.Client) -> None:
    """``OAuth1Session``: callback in the header, verifier in the header, include_email in the query."""
    app = control.register_app("requests-oauthlib", [CALLBACK])
    user = control.create_user(email_verified=False)
    session = OAuth1Session(
        app.consumer_key, client_secret=app.consumer_secret, callback_uri=CALLBACK + "?k=v"
    )
    session.trust_env = False
    session.fetch_request_token(f"{live.url}/oauth/request_token")
    location = _approve(web, session.authorization_url(f"{live.url}/oauth/authenticate"), user)
    session.parse_authorization_response(location)
    tokens = session.fetch_access_token(f"{live.url}/oauth/access_token")
    assert tokens["user_id"] == user.id_str
    me = session.get(f"{live.url}/1.1/account/verify_credentials.json", params={"include_email": "true"})
    assert me.status_code == 200 and me.json()["screen_name"] == user.screen_name
    assert me.json()["email"] is None  # unverified email → null (x-protocol.md §2)
    assert int(me.headers["x-rate-limit-remaining"]) == 74


def test_control_plane_round_trips_dataclasses(control: MockXControl) -> None:
    """The HTTP control plane returns the same dataclasses as ``MockX``."""
    app = control.register_app(
        "Portal-made", [CALLBACK], website_url="https://www.example.org", request_email=False
    )
    assert isinstance(app, XApp) and app.callback_urls == [CALLBACK] and not app.request_email
    user = control.create_user(screen_name="alice_ctl", password="pw-123456", email=None)
    assert isinstance(user, XUser) and user.email is None and user.screen_name == "alice_ctl"
    with pytest.raises(MockXControlError, match="query strings"):
        control.register_app("Bad", ["https://example.org/cb?x=1"])
    with pytest.raises(MockXControlError, match="already taken"):
        control.create_user(screen_name="alice_ctl")


def test_control_plane_log_failures_and_clock(live: LiveX, control: MockXControl) -> None:
    """requests_to, fail_next and shift_clock over HTTP; reset forgets the app."""
    app = control.register_app("Fails", [CALLBACK])
    control.fail_next("/oauth/request_token", 503, code=130, message="Over capacity")
    session = OAuth1Session(app.consumer_key, client_secret=app.consumer_secret, callback_uri=CALLBACK)
    session.trust_env = False
    failed = session.post(f"{live.url}/oauth/request_token")
    assert failed.status_code == 503 and failed.json() == {
        "errors": [{"code": 130, "message": "Over capacity"}]
    }
    control.shift_clock(3600)
    stale = session.post(f"{live.url}/oauth/request_token")
    assert stale.status_code == 401
    assert stale.json() == {"errors": [{"code": 135, "message": "Timestamp out of bounds."}]}
    seen = control.requests_to("/oauth/request_token")
    assert [r.status for r in seen] == [503, 401] and isinstance(seen[0], RecordedRequest)
    assert seen[0].oauth["oauth_consumer_key"] == app.consumer_key
    assert app.consumer_secret not in str(seen)
    control.reset()
    assert control.requests_to("/oauth/request_token") == []


def test_authlib_oauth1_client_over_http(live: LiveX, control: MockXControl, web: httpx.Client) -> None:
    """authlib's ``OAuth1Client`` (httpx), through ``/oauth/authorize``, which always asks for consent."""
    from authlib.integrations.httpx_client import OAuth1Client

    app = control.register_app("authlib", [CALLBACK], request_email=False)
    user = control.create_user()
    with OAuth1Client(app.consumer_key, app.consumer_secret, redirect_uri=CALLBACK, trust_env=False) as oauth:
        oauth.fetch_request_token(f"{live.url}/oauth/request_token")
        location = _approve(web, oauth.create_authorization_url(f"{live.url}/oauth/authorize"), user)
        oauth.parse_authorization_response(location)
        token = oauth.fetch_access_token(f"{live.url}/oauth/access_token")
        assert token["screen_name"] == user.screen_name
        me = oauth.get(f"{live.url}/1.1/account/verify_credentials.json", params={"include_email": "true"})
    assert me.status_code == 200 and me.json()["id"] == user.id and "email" not in me.json()
