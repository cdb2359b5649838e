"""What the framework needs from an authenticator, and the failures it reports (IS's
``ApplicationAuthenticator`` contract: ``canHandle``, ``getContextIdentifier``, initiate, process)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any, Protocol

from mock_is.authn.context import AuthContext, AuthenticatedUser

__all__ = [
    "AuthenticationFailed",
    "Authenticator",
    "InvalidCredentials",
    "authenticator_id",
    "authenticator_properties",
]

JSON = dict[str, Any]
Params = Mapping[str, str]


class AuthenticationFailed(Exception):
    """``AuthenticationFailedException``: the step failed; its message is what IS logs.

    ``failure_key`` is the ``authFailureMsg`` the login page shows when the authenticator retries.
    """

    def __init__(self, message: str, failure_key: str = "login.fail.message") -> None:
        super().__init__(message)
        self.failure_key = failure_key


class InvalidCredentials(AuthenticationFailed):
    """``InvalidCredentialsException``: the user's own credentials or choice failed the step."""


def authenticator_id(name: str) -> str:
    """The REST API id of an authenticator: base64url of its name without padding (x-authenticator.md §2)."""
    return base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")


def authenticator_properties(idp: JSON, name: str) -> dict[str, str] | None:
    """The ``{key: value}`` properties of the enabled authenticator ``name`` on ``idp``, if any."""
    wanted = authenticator_id(name)
    for entry in (idp.get("federatedAuthenticators") or {}).get("authenticators") or []:
        if entry.get("authenticatorId") == wanted and entry.get("isEnabled", True):
            return {p["key"]: str(p.get("value") or "") for p in entry.get("properties") or []}
    return None


class Authenticator(Protocol):
    """A federated authenticator as the framework drives it."""

    name: str
    retry_enabled: bool

    def context_identifier(self, params: Params) -> str | None:
        """The request parameter that names the login's context."""

    def can_handle(self, params: Params) -> bool:
        """Whether this request is this authenticator's response."""

    async def initiate(self, ctx: AuthContext, idp: JSON) -> str:
        """Start authenticating: the URL the browser is sent to."""

    async def process(self, ctx: AuthContext, idp: JSON, params: Params) -> AuthenticatedUser:
        """Finish authenticating from the returning request."""
