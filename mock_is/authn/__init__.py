"""The IS authentication framework: the OIDC inbound protocol, ``/commonauth``, the login portal pages,
the Basic and Twitter authenticators, and JIT provisioning after a federated login."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from mock_is.authn.base import AuthenticationFailed, Authenticator, InvalidCredentials
from mock_is.authn.basic import BasicAuthenticator
from mock_is.authn.context import AuthContext, AuthenticatedUser, ContextStore, OidcRequest
from mock_is.authn.flow import Flow
from mock_is.authn.twitter import TwitterAuthenticator

__all__ = [
    "AuthContext",
    "AuthenticatedUser",
    "AuthenticationFailed",
    "Authenticator",
    "BasicAuthenticator",
    "ContextStore",
    "Flow",
    "InvalidCredentials",
    "OidcRequest",
    "TwitterAuthenticator",
    "install",
]


def install(app: FastAPI) -> Flow:
    """Install the login flow and the OIDC provider on ``app`` (needs ``app.state.settings``/``store``).

    ``app.state.twitter_transport`` (an ``httpx.AsyncBaseTransport``), when set before this call, carries
    the Twitter connector's calls to X; tests use it to put a fake X in-process.
    """
    from mock_is import oidc
    from mock_is.authn import account_creation, framework

    settings, store = app.state.settings, app.state.store
    transport: httpx.AsyncBaseTransport | None = getattr(app.state, "twitter_transport", None)
    contexts = ContextStore()
    protocol = oidc.install(app, contexts)
    twitter = TwitterAuthenticator(settings, transport)
    flow = Flow(
        settings=settings,
        store=store,
        basic=BasicAuthenticator(store),
        federated={twitter.name: twitter},
        on_success=protocol.success,
        on_failure=protocol.failure,
        contexts=contexts,
    )
    app.state.authn_flow = flow
    app.include_router(framework.router)
    app.include_router(account_creation.router)
    return flow
