"""The authentication context: what IS keeps in its cache between the redirects of one login.

IS keys the context by its *context identifier*, which is the ``sessionDataKey`` the login page and
``/commonauth`` carry; each authenticator tells the framework which request parameter holds it
(``getContextIdentifier``; Twitter's is ``localState``, x-authenticator.md §1.3 step C).
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

__all__ = ["AuthContext", "AuthenticatedUser", "ContextStore", "OidcRequest"]

# IS's authentication context cache expires after 15 minutes by default ([GAP]: the exact IS 7 value
# of AuthenticationContextCache timeout was not read; 15 min is the identity.xml default we assume).
_CONTEXT_TTL_SECONDS = 15 * 60


@dataclass(frozen=True)
class OidcRequest:
    """The validated parameters of the ``/oauth2/authorize`` request that started the login."""

    client_id: str
    redirect_uri: str
    scope: tuple[str, ...]
    state: str | None = None
    nonce: str | None = None
    response_type: str = "code"
    code_challenge: str | None = None
    code_challenge_method: str | None = None
    prompt: str | None = None
    response_mode: str | None = None


@dataclass
class AuthenticatedUser:
    """The user one step authenticated: a local user or a federated subject with its mapped claims."""

    subject: str
    idp_name: str
    authenticator: str
    claims: dict[str, str] = field(default_factory=dict)
    raw_claims: dict[str, str] = field(default_factory=dict)
    local_user_id: str | None = None

    @property
    def federated(self) -> bool:
        """Whether this user came from a federated IdP rather than a local userstore."""
        return self.idp_name != "LOCAL"


@dataclass
class AuthContext:
    """One login in flight: the OIDC request, the step reached, and what each step produced."""

    app_id: str
    request: OidcRequest
    key: str = field(default_factory=lambda: str(uuid.uuid4()))
    current_step: int = 1
    results: dict[int, AuthenticatedUser] = field(default_factory=dict)
    pending: dict[str, Any] = field(default_factory=dict)
    auth_failure_msg: str | None = None
    consent_key: str | None = None
    sso_id: str | None = None
    created: float = field(default_factory=time.monotonic)

    def expired(self) -> bool:
        """Whether the context has outlived IS's cache timeout."""
        return time.monotonic() - self.created > _CONTEXT_TTL_SECONDS


class ContextStore:
    """The authentication-context cache, by context identifier and by consent key."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, AuthContext] = {}
        self._by_consent: dict[str, AuthContext] = {}

    def add(self, ctx: AuthContext) -> AuthContext:
        """Keep ``ctx`` until it completes or expires."""
        with self._lock:
            self._by_key[ctx.key] = ctx
        return ctx

    def get(self, key: str | None) -> AuthContext | None:
        """The live context whose identifier is ``key``."""
        with self._lock:
            ctx = self._by_key.get(key or "")
        return None if ctx is None or ctx.expired() else ctx

    def await_consent(self, ctx: AuthContext) -> str:
        """Park ``ctx`` for the consent page and return its ``sessionDataKeyConsent``."""
        ctx.consent_key = secrets.token_urlsafe(24)
        with self._lock:
            self._by_consent[ctx.consent_key] = ctx
        return ctx.consent_key

    def by_consent(self, consent_key: str | None) -> AuthContext | None:
        """The context waiting for consent under ``consent_key``; it can be used once."""
        with self._lock:
            ctx = self._by_consent.pop(consent_key or "", None)
        return None if ctx is None or ctx.expired() else ctx

    def peek_consent(self, consent_key: str | None) -> AuthContext | None:
        """The context waiting for consent under ``consent_key``, left in place (for the consent page)."""
        with self._lock:
            ctx = self._by_consent.get(consent_key or "")
        return None if ctx is None or ctx.expired() else ctx

    def remove(self, ctx: AuthContext) -> None:
        """Forget a finished context, so its ``sessionDataKey`` cannot be replayed."""
        with self._lock:
            self._by_key.pop(ctx.key, None)
