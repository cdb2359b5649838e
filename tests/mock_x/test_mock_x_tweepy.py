"""tweepy, unchanged, against mock X through the ``responses`` adapter (it hard-codes api.twitter.com)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import tweepy
from fastapi import FastAPI
from mock_x_clients import browser_decide, browser_sign_in, oauth2_consent

from mock_x.app import create_app
from mock_x.mock import MockX
from mock_x.models import XUser
from mock_x.settings import MockXSettings
from mock_x.transports import SyncASGITransport, XResponsesAdapter

CALLBACK = "https://app.example.org/twitter/callback"


@pytest.fixture
def x() -> Iterator[FastAPI]:
    """A mock X answering for api.twitter.com, twitter.com and api.x.com."""
    app = create_app(MockXSettings(public_url="https://api.twitter.com"))
    with XResponsesAdapter(app):
        yield app


@pytest.fixture
def web(x: FastAPI) -> Iterator[httpx.Client]:
    """The browser, on X's real hosts (into the same app)."""
    with httpx.Client(transport=SyncASGITransport(x), follow_redirects=False) as c:
        yield c


def _mock(x: FastAPI) -> MockX:
    mock: MockX = x.state.mock
    return mock


def test_oauth1_user_handler_flow(x: FastAPI, web: httpx.Client) -> None:
    """``get_authorization_url`` → browser → ``get_access_token`` → ``API.verify_credentials``."""
    mock = _mock(x)
    app = mock.register_app("tweepy", [CALLBACK])
    user: XUser = mock.create_user()
    handler = tweepy.OAuth1UserHandler(
        app.consumer_key, app.consumer_secret, callback=CALLBACK + "?from=tweepy"
    )
    url = handler.get_authorization_url(signin_with_twitter=True)
    assert url.startswith("https://api.twitter.com/oauth/authenticate?oauth_token=")
    consent = browser_sign_in(web, url, user.screen_name, user.password)
    location = browser_decide(web, consent, "allow").headers["location"]
    verifier = dict(parse_qsl(urlsplit(location).query))["oauth_verifier"]
    access_token, access_secret = handler.get_access_token(verifier)
    assert access_token.startswith(f"{user.id}-")
    me = tweepy.API(handler).verify_credentials(include_email=True)
    assert (me.id, me.screen_name, me.email) == (user.id, user.screen_name, user.email)
    assert me.created_at.year == user.created_at.year
    [seen] = mock.requests_to("/1.1/account/verify_credentials.json")
    assert seen.host == "api.twitter.com" and seen.query["include_email"] == "true"


def test_oauth2_user_handler_flow(x: FastAPI, web: httpx.Client) -> None:
    """``OAuth2UserHandler`` (PKCE S256, confidential) → ``fetch_token`` → ``Client.get_me``."""
    mock = _mock(x)
    app = mock.register_app("tweepy2", [CALLBACK], app_type="web")
    user = mock.create_user()
    handler = tweepy.OAuth2UserHandler(
        client_id=app.client_id,
        redirect_uri=CALLBACK,
        scope=["tweet.read", "users.read", "users.email", "offline.access"],
        client_secret=app.client_secret,
    )
    url = handler.get_authorization_url()
    assert url.startswith("https://twitter.com/i/oauth2/authorize?")
    token = handler.fetch_token(oauth2_consent(web, url, user))
    assert token["token_type"] == "bearer" and "refresh_token" in token
    me = tweepy.Client(token["access_token"]).get_me(user_auth=False, user_fields=["confirmed_email"])
    assert me.data.id == user.id and me.data.username == user.screen_name
    assert me.data.data["confirmed_email"] == user.email


def test_tweepy_sees_x_errors(x: FastAPI) -> None:
    """A bad consumer secret surfaces in tweepy as X's 401 code 32."""
    app = _mock(x).register_app("tweepy-bad", [CALLBACK])
    handler = tweepy.OAuth1UserHandler(app.consumer_key, "wrong-secret", callback=CALLBACK)
    with pytest.raises(tweepy.errors.TweepyException, match="Could not authenticate you"):
        handler.get_authorization_url()
