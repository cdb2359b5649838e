"""``TwitterAuthenticator`` (identity-outbound-auth-twitter 1.1.2, x-authenticator.md §1.3, §3, §5).

Behaviour for behaviour: the callback is ``callbackUrl`` (or ``<server>/commonauth``) plus
``localState`` and ``loginType=twitter``, URL-encoded once before twitter4j encodes it again; the browser
goes to ``<authenticationURL>?oauth_token=RT``; the returning request is recognised by ``canHandle``;
``denied`` fails the step; the stored request token (not the callback's) is exchanged with the verifier.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

import httpx

from mock_is.authn.base import AuthenticationFailed, InvalidCredentials, Params, authenticator_properties
from mock_is.authn.context import AuthContext, AuthenticatedUser
from mock_is.authn.twitter.callback import callback_with_state
from mock_is.authn.twitter.claims import build_claims
from mock_is.authn.twitter.client import TwitterClient
from mock_is.authn.twitter.errors import TwitterException
from mock_is.authn.twitter.oauth1 import OAuthCredentials, java_url_encode
from mock_is.claims.mapping import federated_subject
from mock_is.settings import IsSettings

__all__ = ["TwitterAuthenticator"]

JSON = dict[str, Any]
_log = logging.getLogger(__name__)
NAME = "TwitterAuthenticator"
_STATE_KEY = "twitterauthenticator"  # the context property: AUTHENTICATOR_NAME.toLowerCase()


@dataclass(frozen=True)
class _FlowState:
    """What the connector keeps in the context: the twitter4j client's consumer pair and the request token."""

    creds: OAuthCredentials


class TwitterAuthenticator:
    """The X/Twitter federated authenticator, over OAuth 1.0a through a twitter4j stand-in."""

    name = NAME
    friendly_name = "twitter"
    retry_enabled = False  # never overrides retryAuthenticationEnabled() (§5)

    def __init__(self, settings: IsSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._settings = settings
        self._client = TwitterClient(settings, transport)

    def context_identifier(self, params: Params) -> str | None:
        """``getContextIdentifier``: the ``localState`` parameter (renamed from ``state`` in eda7984)."""
        return params.get("localState")

    def can_handle(self, params: Params) -> bool:
        """``canHandle``: token and verifier and ``loginType=twitter``, or any ``denied`` (§1.3 C)."""
        if "denied" in params:
            return True
        return (
            bool(params.get("oauth_token"))
            and bool(params.get("oauth_verifier"))
            and (params.get("loginType") == "twitter")
        )

    def _callback(self, idp: JSON, props: dict[str, str]) -> str:
        configured = props.get("callbackUrl", "")
        if self._settings.deviates("callback-url-ignored") or not configured:
            # ServiceURLBuilder.create().addPath("commonauth") (conn abdc746, §2).
            return self._settings.url("commonauth")
        return configured

    async def initiate(self, ctx: AuthContext, idp: JSON) -> str:
        """``initiateAuthenticationRequest``: get a request token, then 302 the browser to X."""
        props = authenticator_properties(idp, NAME) or {}
        creds = OAuthCredentials(props.get("APIKey", ""), props.get("APISecret", ""))
        callback = callback_with_state(self._callback(idp, props), ctx.key)
        try:
            token, secret = await self._client.request_token(creds, java_url_encode(callback))
        except TwitterException as exc:
            _log.error("Exception while sending to the Twitter login page.\n%s", exc)
            raise AuthenticationFailed(str(exc)) from exc
        ctx.pending[_STATE_KEY] = _FlowState(replace(creds, token=token, token_secret=secret))
        # RequestToken.getAuthenticationURL(): no encoding of the token, nothing else appended.
        return f"{self._settings.twitter4j_oauth_authentication_url}?oauth_token={token}"

    async def process(self, ctx: AuthContext, idp: JSON, params: Params) -> AuthenticatedUser:
        """``processAuthenticationResponse``: denied fails; else access token, verify_credentials, claims."""
        if "denied" in params:
            _log.debug(
                "Failed to authenticate via Twitter when click on cancel without providing credentials"
            )
            raise InvalidCredentials(params["denied"])
        state = ctx.pending.get(_STATE_KEY)
        if not isinstance(state, _FlowState):
            raise AuthenticationFailed("Exception while obtaining OAuth token form Twitter")
        raw = await self._fetch_user(state.creds, params.get("oauth_verifier", ""))
        return self._user(idp, raw)

    async def _fetch_user(self, request_creds: OAuthCredentials, verifier: str) -> str:
        try:
            access = await self._client.access_token(request_creds, verifier)
            creds = replace(request_creds, token=access.token, token_secret=access.secret)
            return await self._client.verify_credentials(creds)
        except TwitterException as exc:
            _log.error("Exception while obtaining OAuth token form Twitter\n%s", exc)  # sic, as logged
            raise AuthenticationFailed("Exception while obtaining OAuth token form Twitter") from exc

    def _user(self, idp: JSON, raw: str) -> AuthenticatedUser:
        claims = build_claims(raw)
        subject = federated_subject(idp, claims, self._settings)
        if not subject:
            # buildClaims swallows "Authenticated user identifier is empty"; the framework then fails on
            # the null subject (§3 step 5), which surfaces as a generic error, not a clean step failure.
            raise RuntimeError("Authenticated user identifier is empty")
        return AuthenticatedUser(subject=subject, idp_name=idp["name"], authenticator=NAME, raw_claims=claims)
