"""The embedded default target: mock X, the IS simulator and the sample app on free loopback ports.

All three sockets are bound before any app is built, so every URL is known up front and IS can be
pointed at mock X exactly as JVM flags point a real IS's twitter4j (x-authenticator.md §4).
"""

from __future__ import annotations

import secrets
import socket
import threading
from collections.abc import Iterable
from types import TracebackType
from typing import Any

from harness.clients.is_admin import IsAdmin
from harness.report.redact import remember_secret
from harness.sample_app.app import create_app as create_sample_app
from harness.sample_app.clients import ClientRegistry
from harness.sample_app.settings import SampleAppSettings
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.api import load_deferred
from mock_is.app import create_app as create_is_app
from mock_is.deviations import validate_deviations
from mock_is.profiles import profile as profile_named
from mock_is.settings import IsSettings, twitter4j_urls
from mock_is.store import Store
from mock_x.app import create_app as create_x_app
from mock_x.jvm import twitter4j_jvm_flags
from mock_x.mock import MockX
from mock_x.settings import MockXSettings

__all__ = ["EmbeddedStack"]

# Paths that answer once each app is serving; any status below 500 counts as "up".
_X_HEALTH = "/"
_IS_HEALTH = "/oauth2/token/.well-known/openid-configuration"
_APP_HEALTH = "/healthz"
# Released to the sample app so its page shows who signed in (IS releases only requested claims).
_SAMPLE_CLAIMS = ("http://wso2.org/claims/username", "http://wso2.org/claims/emailaddress")


def _base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{host}:{port}"


class EmbeddedStack:
    """Start, wire and stop mock X, mock IS and the sample app; also a context manager."""

    def __init__(
        self,
        deviations: Iterable[str] = (),
        *,
        admin_user: str = "admin",
        admin_password: str | None = None,
        host: str = "127.0.0.1",
        x_api_url: str | None = None,
        profile: str | None = None,
    ) -> None:
        self.deviations: frozenset[str] = validate_deviations(deviations)
        self.profile = profile_named(profile)
        self.admin_user = admin_user
        self.admin_password = admin_password or secrets.token_urlsafe(18)
        remember_secret(self.admin_password)
        x_sock, is_sock, app_sock = (bind_loopback(host) for _ in range(3))
        self.x_url, self.is_url, self.app_url = (_base_url(s) for s in (x_sock, is_sock, app_sock))
        # Real mode points IS's twitter4j at the real X (or what stands in for it); mock X still serves.
        self.is_x_url = (x_api_url or self.x_url).rstrip("/")
        x_app = create_x_app(MockXSettings(public_url=self.x_url))
        self.is_settings = self._is_settings()
        is_app = create_is_app(self.is_settings)
        app = create_sample_app(SampleAppSettings(public_url=self.app_url))
        self.mock_x: MockX = x_app.state.mock
        self.is_store: Store = is_app.state.store
        self.sample_clients: ClientRegistry = app.state.clients
        self._servers = [
            BackgroundServer(x_app, sock=x_sock, health_path=_X_HEALTH),
            BackgroundServer(is_app, sock=is_sock, health_path=_IS_HEALTH),
            BackgroundServer(app, sock=app_sock, health_path=_APP_HEALTH),
        ]
        self._deferred: threading.Thread | None = None

    def _is_settings(self) -> IsSettings:
        return IsSettings(
            public_url=self.is_url,
            admin_user=self.admin_user,
            admin_password=self.admin_password,
            deviations=self.deviations,
            **twitter4j_urls(self.is_x_url),
            **self.profile.settings,
        )

    @property
    def issuer(self) -> str:
        """IS's OpenID issuer (is-rest-api.md "Discovery": ``<base>/oauth2/token``)."""
        return f"{self.is_url}/oauth2/token"

    def start(self, timeout: float = 15.0) -> EmbeddedStack:
        """Start every server and return once each answers; on failure, stop them all. The servers start
        together; then mock IS loads what its routes import on first use (``mock_is.api.load_deferred``)
        while the suite gets on with its run."""
        launched: list[BackgroundServer] = []
        try:
            for server in self._servers:
                launched.append(server.launch())
            for server in launched:
                server.wait_healthy(timeout)
        except BaseException:
            for server in reversed(launched):
                server.stop()
            raise
        self._deferred = threading.Thread(target=load_deferred, name="mock-is-deferred-imports")
        self._deferred.start()
        return self

    def stop(self) -> None:
        """Stop every server (the sample app first, mock X last): all are told at once, then waited for, so
        the stack stops in one of uvicorn's 0.1 s ticks rather than one per server."""
        for server in reversed(self._servers):
            server.ask_to_exit()
        for server in reversed(self._servers):
            server.stop()
        if self._deferred is not None:
            self._deferred.join()

    def register_sample_client(self, key: str, client_id: str, client_secret: str) -> str:
        """Make the sample app log in at this IS as ``client_id`` under ``key``; returns its callback URL."""
        self.sample_clients.register(key, self.issuer, client_id, client_secret)
        return self.sample_clients.callback_url(key)

    def create_sample_application(self, name: str = "Sample app", key: str = "default") -> str:
        """Register an OIDC application in IS through its REST API and make it the sample app's client
        ``key``; returns the application's id (what ``xlogin serve`` does so a person can click through)."""
        with IsAdmin(self.is_url, self.admin_user, self.admin_password) as admin:
            app_id = admin.applications.create_oidc_app(
                name,
                [self.sample_clients.callback_url(key)],
                pkce_mandatory=True,
                requested_claims=_SAMPLE_CLAIMS,
            )
            credentials = admin.applications.oidc_credentials(app_id)
        if not credentials.client_secret:
            raise RuntimeError(f"IS issued no client secret for application {name!r}")
        self.register_sample_client(key, credentials.client_id, credentials.client_secret)
        return app_id

    def twitter4j_flags(self) -> list[str]:
        """The JVM flags that would point a real IS at this mock X (what the stack does in-process)."""
        return twitter4j_jvm_flags(self.x_url)

    def as_json(self) -> dict[str, Any]:
        """What ``xlogin serve --json`` prints: keys ``is, x, app, admin_user, admin_password``."""
        return {
            "is": self.is_url,
            "x": self.x_url,
            "app": self.app_url,
            "admin_user": self.admin_user,
            "admin_password": self.admin_password,
        }

    def __enter__(self) -> EmbeddedStack:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
