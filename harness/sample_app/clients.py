"""The relying-party clients the sample app holds, one per IS application, registered at run time.

Each client is an authlib Starlette OAuth 2.0 / OpenID Connect client discovered from
``<issuer>/.well-known/openid-configuration`` (IS's issuer is ``<base>/oauth2/token``, is-rest-api.md
"Discovery"). authlib does the protocol: authorization code with PKCE S256 (RFC 7636), ``state`` and
``nonce`` kept in the session, client_secret_basic at the token endpoint, and the ID token checked
against the provider's JWKS (OIDC Core §3.1.3.7).
"""

from __future__ import annotations

import ssl
import threading
import warnings
from dataclasses import dataclass

from authlib.deprecate import AuthlibDeprecationWarning
from pydantic import BaseModel, Field, SecretStr

from harness.report.redact import remember_secret
from harness.sample_app.settings import SampleAppSettings
from harness.sample_app.urls import callback_url, home_url
from mock_is.tls import client_context

with warnings.catch_warnings():
    # authlib >= 1.9 warns at import that plain ``httpx`` (rather than its "httpx2") is deprecated; httpx
    # is this project's HTTP client and works, so the warning would only be noise in every CLI run. authlib
    # sets its own warning to "always" when first imported, so the filter names its class, after that import.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.starlette_client import OAuth, StarletteOAuth2App

__all__ = ["ClientRegistration", "ClientRegistry", "RegisteredClient"]

_KEY = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


class ClientRegistration(BaseModel):
    """Body of ``POST /_sample/clients``: which IS application this client logs in with."""

    key: str = Field(pattern=_KEY)
    issuer: str = Field(min_length=1)
    client_id: str = Field(min_length=1)
    client_secret: SecretStr


@dataclass(frozen=True)
class RegisteredClient:
    """A registered client and the authlib app that speaks OIDC for it."""

    key: str
    issuer: str
    client_id: str
    oauth: StarletteOAuth2App

    def public(self, settings: SampleAppSettings) -> dict[str, str]:
        """What may be shown about this client (never its secret)."""
        return {
            "key": self.key,
            "issuer": self.issuer,
            "client_id": self.client_id,
            "home_url": home_url(settings.public_url, self.key),
            "callback_url": callback_url(settings.public_url, self.key),
        }


def _tls(verify: bool | str) -> bool | ssl.SSLContext:
    """authlib builds an httpx client per request: hand it one shared TLS context, not a new one each time."""
    if verify is False:
        return False
    return client_context(verify if isinstance(verify, str) else None)


class ClientRegistry:
    """Thread-safe map of client key to client; re-registering a key replaces it."""

    def __init__(self, settings: SampleAppSettings) -> None:
        self.settings = settings
        self._clients: dict[str, RegisteredClient] = {}
        self._lock = threading.Lock()

    def register(self, key: str, issuer: str, client_id: str, client_secret: str) -> RegisteredClient:
        """Add (or replace) the client ``key`` logging in at ``issuer`` as ``client_id``."""
        ClientRegistration(
            key=key, issuer=issuer, client_id=client_id, client_secret=SecretStr(client_secret)
        )
        client = RegisteredClient(
            key, issuer, client_id, self._oauth_app(key, issuer, client_id, client_secret)
        )
        remember_secret(client_secret)
        with self._lock:
            self._clients[key] = client
        return client

    def _oauth_app(self, key: str, issuer: str, client_id: str, client_secret: str) -> StarletteOAuth2App:
        # One OAuth registry per client, so replacing a key never leaves authlib's cached client behind.
        oauth = OAuth()
        oauth.register(
            name=key,
            client_id=client_id,
            client_secret=client_secret,
            server_metadata_url=issuer.rstrip("/") + "/.well-known/openid-configuration",
            client_kwargs={
                "scope": self.settings.scope,
                "code_challenge_method": "S256",
                "verify": _tls(self.settings.verify),
                "trust_env": self.settings.trust_env,
            },
        )
        app = oauth.create_client(key)
        assert isinstance(app, StarletteOAuth2App)
        return app

    def get(self, key: str) -> RegisteredClient | None:
        """The client ``key``, if registered."""
        with self._lock:
            return self._clients.get(key)

    def remove(self, key: str) -> bool:
        """Forget the client ``key``; whether it existed."""
        with self._lock:
            return self._clients.pop(key, None) is not None

    def all(self) -> list[RegisteredClient]:
        """Every registered client, by key."""
        with self._lock:
            return sorted(self._clients.values(), key=lambda c: c.key)

    def callback_url(self, key: str) -> str:
        """The redirect URI to register in IS for the client ``key``."""
        return callback_url(self.settings.public_url, key)
