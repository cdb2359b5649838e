"""The objects one scenario needs, made unique to it and removed after it.

Every connection, application and X account a scenario uses is created here with a name no other
scenario shares, so scenarios run in any order and at once; each creation registers its undo, and
``cleanup()`` runs those in reverse. Everything goes through the REST clients, so the same code works
against the embedded simulator and a real IS.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, TypeVar

import httpx

from harness.clients.is_admin import IsAdmin
from harness.clients.is_http import IsRequestError
from harness.clients.mock_x import MockXControl
from harness.journal import Journal, Kind, delete_object, linked_to_run
from harness.real_x.app import configured_x_app
from harness.real_x.mode import NEEDS_MOCK_X
from harness.report.redact import remember_secret
from harness.sample_app.urls import callback_url, home_url
from harness.target import Target
from mock_is.profiles import Profile, profile
from mock_x.models import XUser

__all__ = ["Application", "Connection", "World", "XAppKeys"]

_log = logging.getLogger(__name__)
_counter = itertools.count(1)
TWITTER_AUTHENTICATOR = "TwitterAuthenticator"
_T = TypeVar("_T")
_WSO2_SCHEMA = "urn:scim:wso2:schema"
JSON = dict[str, Any]


def profile_of(target: Target) -> Profile:
    """The deployment profile a target runs in (mock_is/profiles.py)."""
    return profile(target.profile)


def _idp_of(association: JSON) -> str:
    idp = association.get("idp")
    return str(idp.get("name")) if isinstance(idp, dict) else str(idp or "")


class XAppKeys(Protocol):
    """What IS needs of the X app: the API Key and API Key Secret (an ``XApp`` or what the portal showed)."""

    @property
    def name(self) -> str: ...
    @property
    def consumer_key(self) -> str: ...
    @property
    def consumer_secret(self) -> str: ...


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


@lru_cache(maxsize=1)
def _sample_app_http() -> httpx.Client:
    """One client for the sample app's control calls (plain loopback http): no TLS context per call."""
    return httpx.Client(timeout=10, trust_env=False, verify=False)


def _jit_usernames(user: XUser) -> list[str]:
    """The usernames IS may give a JIT account of ``user``: X's numeric id (the default subject) or the
    screen name (when the subject attribute is mapped to it), is-rest-api.md §5.3."""
    return [user.id_str, user.screen_name]


class World:
    """Builds and cleans up the objects of one scenario."""

    def __init__(
        self,
        target: Target,
        admin: IsAdmin,
        x: MockXControl | None,
        prefix: str,
        journal: Journal | None = None,
    ) -> None:
        self.target = target
        self.admin = admin
        self._x = x
        self._connections: list[Connection] = []
        self.prefix = prefix
        self.journal = journal
        self._undo: list[tuple[str, Callable[[], None]]] = []

    def intend(self, kind: Kind, name: str) -> str | None:
        """Write to the journal, before the call that makes it, that ``name`` is about to be created."""
        return self.journal.intend(kind, name, self.target.is_url) if self.journal else None

    def unique(self, what: str) -> str:
        """A name no other scenario of any run uses: ``<prefix>-<what>-<n>``."""
        return f"{self.prefix}-{what}-{next(_counter)}"

    @property
    def x(self) -> MockXControl:
        """Mock X's control plane; a scenario that reaches for it against the real X is skipped."""
        if self._x is None:
            import pytest

            pytest.skip(NEEDS_MOCK_X)
        return self._x

    def register_x_app(self) -> XAppKeys:
        """Register IS on X: an X app whose callback is IS's ``/commonauth`` (doc: Register on X, 7).

        Against the real X the user registered it already: the configured API Key and Secret are that app.
        """
        if self.target.real_x:
            return configured_x_app()
        return self.x.register_app(
            self.unique("x-app"), [self.target.commonauth_url], website_url=self.target.app_url
        )

    def x_user(self, **fields: object) -> XUser:
        """A fresh X account that has never signed in anywhere; the IS account JIT may make for it on a
        login is journaled up front (under each username IS may give it) and removed with the scenario."""
        user = self.x.create_user(**fields)  # type: ignore[arg-type]
        entries = [self.intend("user", name) for name in _jit_usernames(user)]
        self._on_cleanup(
            f"JIT accounts of @{user.screen_name}", lambda: self._remove_jit_accounts(user, entries)
        )
        return user

    def adopt_person_account(self, username: str) -> dict[str, Any] | None:
        """The account a login by a real person made (``username``), removed with the scenario when it is
        linked to one of this run's connections; None when there is none.

        Journaled only now: who signs in at the real X, and so the account's name, is known only after
        the login (with mock X, ``x_user`` journals it before).
        """
        account = self.admin.users.find_by_username(username)
        if account is None:
            return None
        entry = self.intend("user", username)
        self._created(entry, str(account["id"]))
        self._on_cleanup(f"JIT accounts: {username}", lambda: self._remove_if_run_linked(username, entry))
        return account

    def twitter_connection(
        self, x_app: XAppKeys, *, api_secret: str | None = None, callback_url: str | None = None
    ) -> Connection:
        """A connection with the Twitter authenticator holding the X app's API Key and Secret.

        ``api_secret`` and ``callback_url`` replace the app's secret and IS's ``/commonauth`` (what the
        doc says to type) when a scenario needs the admin to have typed something else.
        """
        remember_secret(x_app.consumer_secret if api_secret is None else api_secret)
        connection = self.custom_connector(self.unique("X"), "X login for conformance tests")
        self.admin.identity_providers.put_twitter_authenticator(
            connection.id,
            x_app.consumer_key,
            x_app.consumer_secret if api_secret is None else api_secret,
            callback_url or self.target.commonauth_url,
        )
        return connection

    def make(self, kind: Kind, name: str, create: Callable[[], _T], id_of: Callable[[_T], str] = str) -> _T:
        """Run ``create`` (which makes ``name`` on the target) journaled, and remove the object with the
        scenario; what ``create`` returned. ``id_of`` reads the target's id from it.

        The journal names the object before the call and records its id after. A connection is removed
        without ``force``: the scenario's own applications are gone by then, so a refusal means an
        application the harness did not make uses it, and that application must not be changed.
        """
        entry = self.intend(kind, name)
        made = create()
        resource_id = id_of(made)
        self._created(entry, resource_id)
        self._on_cleanup(f"{kind} {name}", lambda: self._remove(entry, kind, resource_id))
        if kind == "connection":
            self._connections.append(Connection(resource_id, name))
            self._as_the_deployment_configures(resource_id)
        return made

    def _as_the_deployment_configures(self, connection_id: str) -> None:
        """Set what the profile's deployment chose on every connection (e.g. a PROMPT_* JIT scheme), as its
        admin would have; JIT stays as the connection has it (off for a new one)."""
        wanted = profile_of(self.target).connection_jit
        if wanted:
            self.admin.identity_providers.change_jit(connection_id, **wanted)

    def custom_connector(self, name: str, description: str) -> Connection:
        """A bare connection, as the Custom Connector template makes it, removed with the scenario."""
        created = self.make(
            "connection",
            name,
            lambda: self.admin.identity_providers.create_connection(name, description),
            lambda idp: str(idp["id"]),
        )
        return Connection(str(created["id"]), name)

    def oidc_application(
        self, name: str, redirect_url: str, requested_claims: Sequence[str] = ()
    ) -> tuple[str, str, str]:
        """An OIDC application (asking for ``requested_claims``), removed with the scenario; its id, client
        id and client secret."""
        app_id = self.make(
            "application",
            name,
            lambda: self.admin.applications.create_oidc_app(
                name, [redirect_url], requested_claims=requested_claims
            ),
        )
        credentials = self.admin.applications.oidc_credentials(app_id)
        return app_id, credentials.client_id, credentials.client_secret or ""

    def set_jit(self, connection: Connection, enabled: bool) -> None:
        """Switch JIT provisioning of the connection on or off, keeping its other JIT settings."""
        self.admin.identity_providers.change_jit(connection.id, isEnabled=enabled)

    def application(
        self, connection: Connection | None = None, step: int = 1, requested_claims: Sequence[str] = ()
    ) -> Application:
        """An OIDC app (asking for ``requested_claims``, local URIs) and its sample-app page; with a
        ``connection``, that connection is a sign-in option of ``step``."""
        name = self.unique("app")
        app_id, client_id, client_secret = self.oidc_application(
            name, self.callback_url(name), requested_claims
        )
        if connection is not None:
            self.admin.applications.add_sign_in_option(app_id, connection.name, TWITTER_AUTHENTICATOR, step)
        return self.sample_client(app_id, name, client_id, client_secret)

    def callback_url(self, app_name: str) -> str:
        """Where the sample app's client for ``app_name`` receives IS's authorization response."""
        return callback_url(self.target.app_url, app_name)

    def sample_client(self, app_id: str, name: str, client_id: str, client_secret: str) -> Application:
        """Register the IS application with the sample app: its page becomes the doc's "application URL"."""
        self._register_sample_client(name, client_id, client_secret)
        return Application(app_id, name, client_id, home_url(self.target.app_url, name))

    def local_user(
        self, username: str, email: str, full_name: str, password: str | None = None
    ) -> dict[str, Any]:
        """A local account made by the admin (SCIM), removed with the scenario."""
        given, _, family = full_name.partition(" ")
        name = {"givenName": given, "familyName": family or given, "formatted": full_name}
        secret = password or f"Pw-{uuid.uuid4().hex[:12]}!"
        return self.make(
            "user",
            username,
            lambda: self.admin.users.create(username, secret, email=email, extra={"name": name}),
            lambda user: str(user["id"]),
        )

    def refuses_email_usernames(self, refusal: IsRequestError) -> bool:
        """Whether IS refused a local account only for being named by an email address: the same account
        under a plain name is accepted (and removed at once). A default IS pack does not allow email
        usernames ([tenant_mgt] enable_email_domain; server-audit-2026-12.md row 1)."""
        if refusal.status != 400:
            return False
        name = self.unique("plain")
        try:
            made = self.admin.users.create(name, f"Pw-{uuid.uuid4().hex[:12]}!")
        except IsRequestError:
            return False
        self.admin.users.delete(str(made["id"]))
        return True

    def local_account(self, username: str) -> dict[str, Any] | None:
        """The local user ``username`` as SCIM shows it, or None (only looked at: removal is by owner)."""
        return self.admin.users.find_by_username(username)

    def federated_idps_of(self, user_id: str) -> list[str]:
        """Names of the connections the local user is linked to (IS's federated associations)."""
        return self.admin.associations.idp_names(user_id)

    def jit_account(self, connection: Connection, subject: str, names: Sequence[str] = ()) -> JSON | None:
        """The local account linked to the person at ``connection``, whatever IS named it: its federated
        association's user id is ``subject`` or, when the connection's subject attribute is mapped, that
        attribute's value (one of ``names``).

        IS has no lookup from a federated identity to its account, so the candidates are the usernames IS
        may have given it (``names``) and, with the enhanced JIT feature (whose usernames are internal
        UUIDs), the accounts whose ``userSourceId`` is the connection; the one whose federated association
        is ``(connection, subject)`` is it (server-audit-2026-12.md row 4).
        """
        candidates = [u for n in names if (u := self.admin.users.find_by_username(n)) is not None]
        candidates += self._sourced_from(connection)
        for user in candidates:
            if self._linked(str(user["id"]), connection, {subject, *names}):
                return user
        return None

    def _sourced_from(self, connection: Connection) -> list[JSON]:
        try:
            return self.admin.users.search(f'{_WSO2_SCHEMA}:userSourceId eq "{connection.id}"')
        except IsRequestError as exc:  # a deployment that cannot filter on it: the names are all there is
            _log.info("cannot search accounts by userSourceId: %s", exc)
            return []

    def _linked(self, user_id: str, connection: Connection, subjects: set[str]) -> bool:
        return any(
            _idp_of(a) == connection.name and str(a.get("federatedUserId")) in subjects
            for a in self.admin.associations.of_user(user_id)
        )

    def cleanup(self) -> None:
        """Remove everything this scenario created, newest first; report but survive failures.

        JIT accounts go first, while the connections that prove they are this run's still exist.
        """
        jit = [(w, u) for w, u in self._undo if w.startswith("JIT accounts")]
        self._undo = [(w, u) for w, u in self._undo if not w.startswith("JIT accounts")] + jit
        while self._undo:
            what, undo = self._undo.pop()
            try:
                undo()
            except Exception as exc:  # cleanup must reach every object even if one removal fails
                _log.warning("could not remove %s: %s", what, exc)

    def _on_cleanup(self, what: str, undo: Callable[[], None]) -> None:
        self._undo.append((what, undo))

    def _created(self, entry: str | None, resource_id: str) -> None:
        if self.journal and entry:
            self.journal.created(entry, resource_id)

    def _remove(self, entry: str | None, kind: Kind, resource_id: str) -> None:
        try:
            delete_object(self.admin, kind, resource_id)
        except IsRequestError as exc:
            if exc.status != 404:  # already gone counts as removed
                raise
        if self.journal and entry:
            self.journal.removed(entry)

    def _remove_jit_accounts(self, user: XUser, entries: list[str | None]) -> None:
        """Delete the accounts IS made for ``user``: only those linked to one of this run's connections,
        including one named by an internal id (the enhanced JIT feature), journaled once it is found."""
        for name, entry in zip(_jit_usernames(user), entries, strict=True):
            self._remove_if_run_linked(name, entry)
        for connection in self._connections:
            account = self.jit_account(connection, user.id_str)
            if account is not None:
                self._remove_if_run_linked(
                    str(account["userName"]), self.intend("user", str(account["userName"]))
                )

    def _remove_if_run_linked(self, username: str, entry: str | None) -> None:
        account = self.admin.users.find_by_username(username)
        if account is not None and linked_to_run(self.admin, str(account["id"]), self.prefix):
            self._remove(entry, "user", str(account["id"]))
        elif self.journal and entry:
            self.journal.removed(entry)

    def _register_sample_client(self, key: str, client_id: str, client_secret: str) -> None:
        remember_secret(client_secret)  # the client secret never reaches the report
        body = {
            "key": key,
            "issuer": self.target.issuer,
            "client_id": client_id,
            "client_secret": client_secret,
        }
        _sample_app_http().post(f"{self.target.app_url}/_sample/clients", json=body).raise_for_status()

        def forget() -> None:
            _sample_app_http().delete(f"{self.target.app_url}/_sample/clients/{key}")

        self._on_cleanup(f"sample client {key}", forget)
