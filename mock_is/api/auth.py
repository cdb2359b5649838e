"""Admin authentication on ``/api/...`` and ``/scim2/...``: HTTP Basic, or a bearer token from our OIDC side.

IS protects the management APIs with Basic auth (the product-is REST tests call every API with
preemptive Basic as the tenant admin) or an OAuth2 bearer token (is-rest-api.md §0, ``security:
[OAuth2, BasicAuth]``). The OIDC provider is another package, so bearer tokens are checked through
validators it registers with ``register_bearer_validator``; the principal that passed is put in
``request.state.principal`` for ``/me`` endpoints.

[GAP] The notes give no body for IS's 401. We answer the ``Error`` shape with code ``AUT-10001`` and
``WWW-Authenticate: Basic realm="WSO2 Identity Server"``; SCIM paths get SCIM's error shape.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from mock_is.api.errors import error_body, is_api_path, is_scim_path, scim_error_body
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "AdminAuthMiddleware",
    "BearerValidator",
    "Principal",
    "register_bearer_validator",
    "register_public_prefix",
]

# The scope a Console/admin token carries in IS 7 to call every management API.
SYSTEM_SCOPE = "SYSTEM"
_ME_PREFIX = "/api/users/v1/me"


@dataclass(frozen=True)
class Principal:
    """Who a request authenticated as: the local username and the token's scopes (empty for Basic)."""

    username: str
    scopes: frozenset[str] = frozenset()
    via: str = "basic"


BearerValidator = Callable[[str], Principal | None]


def register_bearer_validator(app: FastAPI, validator: BearerValidator) -> None:
    """Accept bearer tokens ``validator`` recognises (it returns the principal, or None for a bad token).

    Management paths require the admin user with the ``SYSTEM`` scope; ``/api/users/v1/me/...``
    accepts any valid token of the user it names.
    """
    validators: list[BearerValidator] = app.state.bearer_validators
    validators.append(validator)


def register_public_prefix(app: FastAPI, prefix: str) -> None:
    """Let requests under ``prefix`` (an ``/api/...`` path another package serves) through unauthenticated."""
    prefixes: list[str] = app.state.public_api_prefixes
    prefixes.append(prefix)


class AdminAuthMiddleware:
    """ASGI middleware: every API/SCIM request must carry the admin's Basic credentials or a good token."""

    def __init__(
        self,
        app: ASGIApp,
        settings: IsSettings,
        validators: list[BearerValidator],
        store: Store,
        public_prefixes: list[str],
    ) -> None:
        self.app = app
        self.settings = settings
        self.validators = validators
        self.store = store
        self.public_prefixes = public_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"] if scope["type"] == "http" else ""
        if not is_api_path(path) or any(path.startswith(p) for p in self.public_prefixes):
            await self.app(scope, receive, send)
            return
        principal = self._authenticate(scope)
        if principal is None:
            await _unauthorized(scope["path"], send)
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)

    def _authenticate(self, scope: Scope) -> Principal | None:
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        kind, _, value = header.partition(" ")
        if kind.lower() == "basic":
            return self._basic(value.strip(), scope["path"])
        if kind.lower() == "bearer" and value.strip():
            return self._bearer(value.strip(), scope["path"])
        return None

    def _basic(self, value: str, path: str) -> Principal | None:
        try:
            user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        if _same(user, self.settings.admin_user) and _same(password, self.settings.admin_password):
            return Principal(user)
        if path.startswith(_ME_PREFIX):  # any local user may read their own associations
            local = self.store.user_by_username(user)
            if local is not None and local.password and _same(password, local.password):
                return Principal(user)
        return None

    def _bearer(self, token: str, path: str) -> Principal | None:
        for validator in self.validators:
            principal = validator(token)
            if principal is None:
                continue
            if path.startswith(_ME_PREFIX):
                return principal
            is_admin = principal.username == self.settings.admin_user
            return principal if is_admin and SYSTEM_SCOPE in principal.scopes else None
        return None


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())


async def _unauthorized(path: str, send: Send) -> None:
    if is_scim_path(path):
        body = scim_error_body(401, "Authorization failure. Authorization information was invalid.")
        media = b"application/scim+json"
    else:
        body = error_body(
            "AUT-10001",
            "Unauthorized",
            "Authorization failure. Authorization information was invalid or missing from your request.",
        )
        media = b"application/json"
    raw = json.dumps(body).encode()
    headers = [
        (b"content-type", media),
        (b"content-length", str(len(raw)).encode()),
        (b"www-authenticate", b'Basic realm="WSO2 Identity Server"'),
    ]
    await send({"type": "http.response.start", "status": 401, "headers": headers})
    await send({"type": "http.response.body", "body": raw})
