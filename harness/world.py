"""The objects one scenario needs, made unique to it and removed after it.

Every connection, application and X account a scenario uses is created here with a name no other
scenario shares, so scenarios run in any order and at once; each creation registers its undo, and
``cleanup()`` runs those in reverse. Everything goes through the REST clients, so the same code works
against the embedded simulator and a real IS.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from harness.clients.is_admin import IsAdmin
from harness.clients.mock_x import MockXControl
from harness.target import Target
from mock_x import XApp, XUser

__all__ = ["Application", "Connection", "World"]

_log = logging.getLogger(__name__)
_counter = itertools.count(1)
TWITTER_AUTHENTICATOR = "TwitterAuthenticator"


@dataclass(frozen=True)
class Connection:
    """A connection (IdP) in IS holding the Twitter authenticator."""

    id: str
    name: str


@dataclass(frozen=True)
class Application:
    """An OIDC application in IS and the sample-app page that logs in with it."""

    id: str
    name: str
    client_id: str
    url: str


class World:
    """Builds and cleans up the objects of one scenario."""

    def __init__(self, target: Target, admin: IsAdmin, x: MockXControl, prefix: str) -> None:
        self.target = target
        self.admin = admin
        self.x = x
        self.prefix = prefix
        self._undo: list[tuple[str, Callable[[], None]]] = []

    def unique(self, what: str) -> str:
        """A name no other scenario of any run uses: ``<prefix>-<what>-<n>``."""
        return f"{self.prefix}-{what}-{next(_counter)}"

    def register_x_app(self) -> XApp:
        """Register IS on X: an X app whose callback is IS's ``/commonauth`` (doc: Register on X, 7)."""
        return self.x.register_app(
            self.unique("x-app"), [self.target.commonauth_url], website_url=self.target.app_url
        )

    def x_user(self, **fields: object) -> XUser:
        """A fresh X account that has never signed in anywhere."""
        return self.x.create_user(**fields)  # type: ignore[arg-type]

    def twitter_connection(self, x_app: XApp) -> Connection:
        """A connection with the Twitter authenticator holding the X app's API Key and Secret."""
        name = self.unique("X")
        idp = self.admin.identity_providers.create_connection(name, "X login for conformance tests")
        self._on_cleanup(f"connection {name}", lambda: self.admin.identity_providers.delete(idp["id"], True))
        self.admin.identity_providers.put_twitter_authenticator(
            idp["id"], x_app.consumer_key, x_app.consumer_secret, self.target.commonauth_url
        )
        return Connection(str(idp["id"]), name)

    def set_jit(self, connection: Connection, enabled: bool) -> None:
        """Switch JIT provisioning of the connection on or off."""
        self.admin.identity_providers.put_jit(connection.id, enabled=enabled)

    def application(self, connection: Connection, step: int = 1) -> Application:
        """An OIDC app with the connection as a sign-in option of ``step``, and its sample-app page."""
        name = self.unique("app")
        key = name.replace(" ", "-")
        callback = f"{self.target.app_url}/apps/{key}/callback"
        app_id = self.admin.applications.create_oidc_app(name, [callback])
        self._on_cleanup(f"application {name}", lambda: self.admin.applications.delete(app_id))
        credentials = self.admin.applications.oidc_credentials(app_id)
        self.admin.applications.add_sign_in_option(app_id, connection.name, TWITTER_AUTHENTICATOR, step)
        self._register_sample_client(key, credentials.client_id, credentials.client_secret or "")
        return Application(app_id, name, credentials.client_id, f"{self.target.app_url}/apps/{key}/")

    def local_account(self, username: str) -> dict[str, object] | None:
        """The local user ``username`` as SCIM shows it (and scheduled for removal), or None."""
        user = self.admin.users.find_by_username(username)
        if user is not None:
            self._on_cleanup(f"user {username}", lambda: self.admin.users.delete(str(user["id"])))
        return user

    def federated_idps_of(self, user_id: str) -> list[str]:
        """Names of the connections the local user is linked to (IS's federated associations)."""
        return [str(a.get("idp", {}).get("name", a.get("idp"))) for a in self.admin.associations.of_user(user_id)]

    def expect_jit_account(self, x_user: XUser, connection: Connection) -> dict[str, object]:
        """The account the first login made: named by IS's default subject and linked to the connection.

        With no subject attribute mapped, IS names a JIT user after the federated subject, which the
        Twitter connector sets to X's numeric user id (x-authenticator.md §3, is-rest-api.md §5.3).
        """
        username = x_user.id_str
        user = self.local_account(username)
        if user is None:
            raise AssertionError(
                f"JIT provisioning made no local account: SCIM has no user {username!r} (X's numeric id "
                f"for @{x_user.screen_name}, the username IS gives a JIT user when no subject attribute "
                f"is mapped) after the first login through connection {connection.name!r}"
            )
        linked = self.federated_idps_of(str(user["id"]))
        if connection.name not in linked:
            raise AssertionError(
                f"local account {username!r} exists but is not linked to connection {connection.name!r} "
                f"(its federated associations: {linked or 'none'})"
            )
        return user

    def cleanup(self) -> None:
        """Remove everything this scenario created, newest first; report but survive failures."""
        while self._undo:
            what, undo = self._undo.pop()
            try:
                undo()
            except Exception as exc:  # cleanup must reach every object even if one removal fails
                _log.warning("could not remove %s: %s", what, exc)

    def _on_cleanup(self, what: str, undo: Callable[[], None]) -> None:
        self._undo.append((what, undo))

    def _register_sample_client(self, key: str, client_id: str, client_secret: str) -> None:
        body = {"key": key, "issuer": self.target.issuer, "client_id": client_id, "client_secret": client_secret}
        httpx.post(f"{self.target.app_url}/_sample/clients", json=body, timeout=10).raise_for_status()
        self._on_cleanup(
            f"sample client {key}", lambda: httpx.delete(f"{self.target.app_url}/_sample/clients/{key}")
        )
