"""The X/Twitter federated authenticator of IS 7 (identity-outbound-auth-twitter over twitter4j 4.0.7)."""

from __future__ import annotations

from mock_is.authn.twitter.authenticator import TwitterAuthenticator
from mock_is.authn.twitter.callback import callback_with_state
from mock_is.authn.twitter.claims import build_claims
from mock_is.authn.twitter.client import AccessToken, TwitterClient, parse_token_reply
from mock_is.authn.twitter.errors import TwitterException
from mock_is.authn.twitter.oauth1 import OAuthCredentials, authorization_header, java_url_encode, t4j_encode

__all__ = [
    "AccessToken",
    "OAuthCredentials",
    "TwitterAuthenticator",
    "TwitterClient",
    "TwitterException",
    "authorization_header",
    "build_claims",
    "callback_with_state",
    "java_url_encode",
    "parse_token_reply",
    "t4j_encode",
]
