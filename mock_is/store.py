"""The simulator's one source of truth, shared by the REST APIs, the login flow and the Console pages.

Connections and applications are held in the REST API's own JSON shapes (``IdentityProviderResponse``
and ``ApplicationModel`` of ``wso2-openapi-is7.1``), with confidential values kept in place, so every
surface reads the same object and a Console action and an API call always agree. Local users are
held by their local claims (``http://wso2.org/claims/...``), which is how IS's user store keeps them;
SCIM and the Console translate to and from that.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["FederatedAssociation", "LocalUser", "Store"]

JSON = dict[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class LocalUser:
    """A user in a local userstore (``PRIMARY`` unless JIT put it elsewhere)."""

    username: str
    claims: dict[str, str] = field(default_factory=dict)
    userstore: str = "PRIMARY"
    password: str | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created: datetime = field(default_factory=_now)
    last_modified: datetime = field(default_factory=_now)

    @property
    def qualified_name(self) -> str:
        """``DOMAIN/username`` for secondary userstores, the bare username for PRIMARY (SCIM's rule)."""
        return self.username if self.userstore.upper() == "PRIMARY" else f"{self.userstore}/{self.username}"


@dataclass
class FederatedAssociation:
    """The link IS keeps between a local user and a federated identity (IDN_AUTH_USER / associations)."""

    user_id: str
    idp_id: str
    idp_name: str
    federated_user_id: str
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


class Store:
    """In-memory state of one simulated deployment; every mutation happens under ``lock``."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.idps: dict[str, JSON] = {}
        self.applications: dict[str, JSON] = {}
        self.oidc_configs: dict[str, JSON] = {}
        self.users: dict[str, LocalUser] = {}
        self.associations: list[FederatedAssociation] = []

    def idp_by_name(self, name: str) -> JSON | None:
        """The connection called ``name``, if any."""
        with self.lock:
            return next((i for i in self.idps.values() if i.get("name") == name), None)

    def application_by_client_id(self, client_id: str) -> tuple[JSON, JSON] | None:
        """The application and its OIDC inbound configuration for an OAuth client id."""
        with self.lock:
            for app_id, oidc in self.oidc_configs.items():
                if oidc.get("clientId") == client_id and app_id in self.applications:
                    return self.applications[app_id], oidc
        return None

    def user_by_username(self, username: str, userstore: str = "PRIMARY") -> LocalUser | None:
        """The local user ``username`` in ``userstore`` (case-insensitive store name, exact username)."""
        with self.lock:
            return next(
                (
                    u
                    for u in self.users.values()
                    if u.username == username and u.userstore.upper() == userstore.upper()
                ),
                None,
            )

    def add_user(self, user: LocalUser) -> LocalUser:
        """Store a new local user; the caller has checked the username is free."""
        with self.lock:
            self.users[user.id] = user
        return user

    def association_for(self, idp_name: str, federated_user_id: str) -> FederatedAssociation | None:
        """The local account already linked to this federated identity, if any."""
        with self.lock:
            return next(
                (
                    a
                    for a in self.associations
                    if a.idp_name == idp_name and a.federated_user_id == federated_user_id
                ),
                None,
            )

    def associations_of(self, user_id: str) -> list[FederatedAssociation]:
        """Every federated identity linked to the local user ``user_id``."""
        with self.lock:
            return [a for a in self.associations if a.user_id == user_id]
