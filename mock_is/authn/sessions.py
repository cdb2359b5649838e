"""IS's SSO session: after a login the framework remembers who each step authenticated, under the
``commonAuthId`` cookie, and a later login whose step offers the same IdP and authenticator reuses that
user without asking again (``DefaultStepHandler``'s "already authenticated" path). ``prompt=login``
ignores it; ``prompt=none`` needs it; RP-initiated logout ends it.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from starlette.responses import Response

from mock_is.authn.context import AuthenticatedUser
from mock_is.settings import IsSettings

__all__ = ["COOKIE", "SessionStore", "SsoSession", "clear_cookie", "set_cookie"]

COOKIE = "commonAuthId"
# [GAP] IS 7's default session idle timeout (15 min) as the notes do not state it; "remember me" is ignored.
_IDLE_SECONDS = 15 * 60


@dataclass
class SsoSession:
    """The users a browser has authenticated, by ``(IdP name, authenticator name)``."""

    users: dict[tuple[str, str], AuthenticatedUser] = field(default_factory=dict)
    last_used: float = field(default_factory=time.monotonic)


class SessionStore:
    """SSO sessions by ``commonAuthId``; idle ones expire."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, SsoSession] = {}

    def get(self, session_id: str | None) -> SsoSession | None:
        """The live session ``session_id``, touched."""
        with self._lock:
            session = self._sessions.get(session_id or "")
            if session is None or time.monotonic() - session.last_used > _IDLE_SECONDS:
                return None
            session.last_used = time.monotonic()
            return session

    def reuse(self, session_id: str | None, idp: str, authenticator: str) -> AuthenticatedUser | None:
        """A copy of the user the session holds for this option, if any."""
        session = self.get(session_id)
        user = session.users.get((idp, authenticator)) if session else None
        return replace(user, claims=dict(user.claims), raw_claims=dict(user.raw_claims)) if user else None

    def save(self, session_id: str | None, users: Iterable[AuthenticatedUser]) -> str:
        """Add a finished login's users to the session (a new one if none is live); its id."""
        session = self.get(session_id)
        with self._lock:
            if session is None or session_id is None:
                session_id, session = secrets.token_urlsafe(24), SsoSession()
                self._sessions[session_id] = session
            for user in users:
                session.users[(user.idp_name, user.authenticator)] = user
        return session_id

    def remove(self, session_id: str | None) -> None:
        """End the session (logout)."""
        with self._lock:
            self._sessions.pop(session_id or "", None)


def set_cookie(response: Response, settings: IsSettings, session_id: str) -> Response:
    """Set ``commonAuthId`` (Secure and SameSite=None on https, as IS sets it; Lax on plain http)."""
    secure = settings.public_url.startswith("https://")
    response.set_cookie(
        COOKIE, session_id, path="/", httponly=True, secure=secure, samesite="none" if secure else "lax"
    )
    return response


def clear_cookie(response: Response) -> Response:
    """Remove ``commonAuthId`` from the browser."""
    response.delete_cookie(COOKIE, path="/")
    return response
