"""Authorization codes, access tokens and ID tokens (RFC 6749 §4.1, OIDC Core §2, §3.1.3.6).

Codes live 300 s and are single use; access tokens are opaque (IS's default token type) and live
3600 s, as do ID tokens, which are RS256-signed with joserfc.
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from joserfc import jwt
from joserfc.errors import JoseError

from mock_is.oidc.keys import SigningKey

__all__ = ["CODE_TTL", "TOKEN_TTL", "Grant", "TokenService", "validate_access_token"]

CODE_TTL = 300
TOKEN_TTL = 3600


@dataclass
class Grant:
    """What a code, and the tokens redeemed from it, stand for."""

    client_id: str
    app_id: str
    redirect_uri: str
    scope: tuple[str, ...]
    subject: str
    claims: dict[str, str]
    amr: list[str]
    nonce: str | None = None
    code_challenge: str | None = None
    code_challenge_method: str | None = None
    local_username: str | None = None
    auth_time: int = field(default_factory=lambda: int(time.time()))
    sid: str = field(default_factory=lambda: str(uuid.uuid4()))


def _at_hash(access_token: str) -> str:
    digest = hashlib.sha256(access_token.encode()).digest()
    return base64.urlsafe_b64encode(digest[: len(digest) // 2]).decode().rstrip("=")


class TokenService:
    """Issues and looks up codes and tokens for one deployment."""

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer
        self.key = SigningKey()
        self._lock = threading.Lock()
        self._codes: dict[str, tuple[Grant, float]] = {}
        self._access: dict[str, tuple[Grant, float]] = {}

    def issue_code(self, grant: Grant) -> str:
        """A fresh authorization code for ``grant``."""
        code = str(uuid.uuid4())
        with self._lock:
            self._codes[code] = (grant, time.time() + CODE_TTL)
        return code

    def redeem_code(self, code: str) -> Grant | None:
        """The grant behind an unexpired, unused code; the code is spent either way."""
        with self._lock:
            entry = self._codes.pop(code, None)
        return entry[0] if entry and entry[1] > time.time() else None

    def issue_tokens(self, grant: Grant) -> dict[str, Any]:
        """The token response body for a redeemed grant."""
        access = str(uuid.uuid4())
        with self._lock:
            self._access[access] = (grant, time.time() + TOKEN_TTL)
        body: dict[str, Any] = {
            "access_token": access,
            "refresh_token": str(uuid.uuid4()),
            "scope": " ".join(grant.scope),
            "token_type": "Bearer",
            "expires_in": TOKEN_TTL,
        }
        if "openid" in grant.scope:
            body["id_token"] = self.id_token(grant, access)
        return body

    def id_token(self, grant: Grant, access_token: str | None = None) -> str:
        """An RS256 ID token with the released claims."""
        now = int(time.time())
        claims: dict[str, Any] = {
            **grant.claims,
            "iss": self.issuer,
            "sub": grant.subject,
            "aud": grant.client_id,
            "azp": grant.client_id,
            "iat": now,
            "exp": now + TOKEN_TTL,
            "auth_time": grant.auth_time,
            "amr": grant.amr,
            "sid": grant.sid,
            "jti": str(uuid.uuid4()),
        }
        if access_token:
            claims["at_hash"] = _at_hash(access_token)
        if grant.nonce:
            claims["nonce"] = grant.nonce
        return jwt.encode({"alg": "RS256", "typ": "JWT", "kid": self.key.kid}, claims, self.key.key)

    def live(self, token: str) -> tuple[Grant, int] | None:
        """The grant behind an unexpired access token and when it expires (epoch seconds)."""
        with self._lock:
            entry = self._access.get(token)
        return (entry[0], int(entry[1])) if entry and entry[1] > time.time() else None

    def access(self, token: str) -> Grant | None:
        """The grant behind an unexpired access token."""
        found = self.live(token)
        return found[0] if found else None

    def revoke(self, token: str) -> None:
        """Forget an access token (refresh tokens are not kept, so revoking one is a no-op)."""
        with self._lock:
            self._access.pop(token, None)

    def verify_id_token(self, token: str) -> dict[str, Any] | None:
        """The claims of an ID token this server signed (expiry not checked: logout accepts old hints)."""
        try:
            claims: dict[str, Any] = jwt.decode(token, self.key.key).claims
        except (JoseError, ValueError):
            return None
        return claims if claims.get("iss") == self.issuer else None


def validate_access_token(app: FastAPI, token: str) -> dict[str, Any] | None:
    """The claims of a live access token issued by ``app``'s OIDC provider, or ``None``.

    For the admin APIs' bearer auth: ``sub``, ``client_id``, ``scope``, ``username`` (the local account
    the token acts for, if any) and ``exp``.
    """
    service: TokenService | None = getattr(app.state, "oidc_tokens", None)
    grant = service.access(token) if service and token else None
    if grant is None:
        return None
    return {
        "sub": grant.subject,
        "client_id": grant.client_id,
        "scope": " ".join(grant.scope),
        "username": grant.local_username,
        "claims": dict(grant.claims),
    }
