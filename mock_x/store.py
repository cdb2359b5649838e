"""The mock's in-memory state, one lock around it: several uvicorn threads and the test thread share it."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from mock_x.models import (
    AccessToken,
    Failure,
    OAuth2Grant,
    Project,
    RecordedRequest,
    RequestToken,
    XApp,
    XUser,
)


@dataclass
class Store:
    """Everything ``reset()`` clears; read and written only while holding ``lock``."""

    log_size: int = 5000
    lock: threading.RLock = field(default_factory=threading.RLock)
    clock_offset: float = 0.0
    apps: dict[str, XApp] = field(default_factory=dict)
    users: dict[int, XUser] = field(default_factory=dict)
    request_tokens: dict[str, RequestToken] = field(default_factory=dict)
    access_tokens: dict[str, AccessToken] = field(default_factory=dict)
    approvals: set[tuple[int, str]] = field(default_factory=set)
    sessions: dict[str, int] = field(default_factory=dict)
    nonces: dict[tuple[str, str, str], float] = field(default_factory=dict)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    rate: dict[tuple[str, str], tuple[float, int]] = field(default_factory=dict)
    grants: dict[str, OAuth2Grant] = field(default_factory=dict)
    projects: dict[str, Project] = field(default_factory=dict)
    log: deque[RecordedRequest] = field(default_factory=deque)

    def now(self) -> float:
        """The mock's clock: wall time plus whatever ``shift_clock`` added."""
        return time.time() + self.clock_offset

    def clear(self) -> None:
        """Drop every app, user, token, session, armed failure and log entry; the clock returns to now."""
        with self.lock:
            for name in ("apps", "users", "request_tokens", "access_tokens", "sessions", "nonces"):
                getattr(self, name).clear()
            for name in ("approvals", "failures", "rate", "grants", "log", "projects"):
                getattr(self, name).clear()
            self.clock_offset = 0.0

    def app_by_client_id(self, client_id: str) -> XApp | None:
        """The app whose OAuth 2.0 client id is ``client_id``."""
        with self.lock:
            return next((a for a in self.apps.values() if a.client_id == client_id), None)

    def user_by_login(self, login: str) -> XUser | None:
        """The user whose screen name (with or without ``@``) or email is ``login``, case-insensitive."""
        wanted = login.strip().lstrip("@").lower()
        with self.lock:
            for user in self.users.values():
                if user.screen_name.lower() == wanted or (user.email or "").lower() == wanted:
                    return user
        return None

    def remember_nonce(self, consumer_key: str, nonce: str, timestamp: str, window: float) -> bool:
        """Record a nonce; False when the same (key, nonce, timestamp) was already seen (a replay)."""
        now = self.now()
        with self.lock:
            if len(self.nonces) > 50_000:
                self._prune_nonces(now - 2 * window)
            key = (consumer_key, nonce, timestamp)
            if key in self.nonces:
                return False
            self.nonces[key] = now
            return True

    def _prune_nonces(self, before: float) -> None:
        self.nonces = {k: t for k, t in self.nonces.items() if t >= before}

    def record(self, entry: RecordedRequest) -> None:
        """Append to the bounded request log."""
        with self.lock:
            self.log.append(entry)
            while len(self.log) > self.log_size:
                self.log.popleft()

    def take_failure(self, path: str) -> Failure | None:
        """Pop the failure armed for ``path``, if any."""
        with self.lock:
            queue = self.failures.get(path)
            return queue.pop(0) if queue else None

    def count_call(self, endpoint: str, who: str, limit: int, window: float) -> tuple[int, int, int]:
        """Count one call in a fixed window; returns (limit, remaining, reset epoch seconds) after it."""
        now = self.now()
        with self.lock:
            start, used = self.rate.get((endpoint, who), (now, 0))
            if now >= start + window:
                start, used = now, 0
            used += 1
            self.rate[(endpoint, who)] = (start, used)
        return limit, limit - used, int(start + window)
