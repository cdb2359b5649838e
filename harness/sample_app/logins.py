"""Who is signed in to which client, kept server-side (the claims can outgrow a cookie)."""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Login", "LoginStore"]


def _display(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


@dataclass(frozen=True)
class Login:
    """The outcome of one successful login: the validated ID token claims and the userinfo claims."""

    client_key: str
    id_token_claims: dict[str, Any]
    userinfo_claims: dict[str, Any] = field(default_factory=dict)

    @property
    def sub(self) -> str:
        """The subject IS asserted for the user."""
        return str(self.id_token_claims.get("sub", ""))

    @property
    def username(self) -> str | None:
        """``username`` or ``preferred_username`` from either source, if IS released one."""
        for name in ("username", "preferred_username"):
            for source in (self.userinfo_claims, self.id_token_claims):
                if source.get(name):
                    return str(source[name])
        return None

    def claim_rows(self) -> list[tuple[str, str | None, str | None]]:
        """``(name, ID token value, userinfo value)`` for every claim name, sorted."""
        names = sorted(set(self.id_token_claims) | set(self.userinfo_claims))
        return [(n, self._cell(self.id_token_claims, n), self._cell(self.userinfo_claims, n)) for n in names]

    @staticmethod
    def _cell(claims: dict[str, Any], name: str) -> str | None:
        return _display(claims[name]) if name in claims else None


class LoginStore:
    """Logins by opaque handle; the browser's session cookie holds only the handle."""

    def __init__(self) -> None:
        self._logins: dict[str, Login] = {}
        self._lock = threading.Lock()

    def add(self, login: Login) -> str:
        """Keep ``login`` and return its handle."""
        handle = secrets.token_urlsafe(24)
        with self._lock:
            self._logins[handle] = login
        return handle

    def get(self, handle: str | None) -> Login | None:
        """The login behind ``handle``, if any."""
        with self._lock:
            return self._logins.get(handle) if handle else None

    def discard(self, handle: str | None) -> None:
        """Forget the login behind ``handle``."""
        with self._lock:
            self._logins.pop(handle or "", None)
