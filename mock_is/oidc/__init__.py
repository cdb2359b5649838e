"""The OIDC provider of the IS simulator: authorize, consent, token, userinfo, JWKS, discovery, logout."""

from __future__ import annotations

from fastapi import FastAPI

from mock_is.api.auth import BearerValidator, Principal
from mock_is.authn.context import ContextStore
from mock_is.oidc import authorize, meta, revocation, token
from mock_is.oidc.protocol import OidcProtocol
from mock_is.oidc.tokens import Grant, TokenService, validate_access_token

__all__ = [
    "Grant",
    "OidcProtocol",
    "TokenService",
    "bearer_validator",
    "install",
    "validate_access_token",
]


def install(app: FastAPI, contexts: ContextStore) -> OidcProtocol:
    """Add the OIDC endpoints to ``app``; returns the protocol handler the framework concludes through."""
    settings = app.state.settings
    tokens = TokenService(settings.url("oauth2/token"))
    protocol = OidcProtocol(settings, app.state.store, contexts, tokens)
    app.state.oidc_tokens = tokens
    app.state.oidc_protocol = protocol
    app.state.oidc_logouts = {}
    for router in (authorize.router, token.router, revocation.router, meta.router):
        app.include_router(router)
    return protocol


def bearer_validator(app: FastAPI) -> BearerValidator:
    """The REST APIs' check of this provider's access tokens (the Console calls them with its own)."""

    def principal(raw: str) -> Principal | None:
        claims = validate_access_token(app, raw)
        if claims is None or not claims.get("username"):
            return None
        return Principal(str(claims["username"]), frozenset(str(claims["scope"]).split()), via="bearer")

    return principal
