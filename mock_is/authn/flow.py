"""The framework's wiring: settings, store, context cache, authenticators and the inbound protocol's hooks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mock_is.authn.base import Authenticator
from mock_is.authn.basic import BasicAuthenticator
from mock_is.authn.context import AuthContext, ContextStore
from mock_is.authn.sessions import SessionStore
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["Flow", "LOCAL", "Outcome", "flow_of"]

LOCAL = "LOCAL"
JSON = dict[str, Any]
Outcome = Callable[[AuthContext], Awaitable[Response]]


@dataclass
class Flow:
    """Everything the authentication framework of one deployment works with."""

    settings: IsSettings
    store: Store
    basic: BasicAuthenticator
    federated: dict[str, Authenticator]
    on_success: Outcome
    on_failure: Outcome
    contexts: ContextStore = field(default_factory=ContextStore)
    sessions: SessionStore = field(default_factory=SessionStore)

    def application(self, ctx: AuthContext) -> JSON | None:
        """The application the login is for, read fresh from the store (it may change mid-flow)."""
        with self.store.lock:
            return self.store.applications.get(ctx.app_id)


def flow_of(request: Request) -> Flow:
    """The deployment's ``Flow`` installed on the app."""
    flow: Flow = request.app.state.authn_flow
    return flow
