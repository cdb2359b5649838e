"""Users the Console browser tests list and open: made through SCIM, or stored as JIT leaves them."""

from __future__ import annotations

from typing import Any

from mock_is.store import FederatedAssociation, LocalUser
from tests.mock_is.console.console_support import IsServer

SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
IDPS = "/api/server/v1/identity-providers"
_CLAIMS = "http://wso2.org/claims/"


def scim_user(server: IsServer, username: str, given: str | None = None, family: str | None = None) -> str:
    """A PRIMARY user created through ``POST /scim2/Users``; returns its id."""
    body: dict[str, Any] = {"schemas": [SCIM_USER], "userName": username, "password": "Passw0rd-for-tests!"}
    name = {k: v for k, v in (("givenName", given), ("familyName", family)) if v}
    if name:
        body["name"] = name
    response = server.api.post("/scim2/Users", json=body)
    response.raise_for_status()
    return str(response.json()["id"])


def stored_user(
    server: IsServer, username: str, userstore: str, claims: dict[str, str] | None = None
) -> LocalUser:
    """A user in ``userstore`` put in the store directly (SCIM creates PRIMARY users only)."""
    user = LocalUser(username, {f"{_CLAIMS}username": username, **(claims or {})}, userstore=userstore)
    return server.store.add_user(user)


def connection(server: IsServer, name: str) -> str:
    """A connection (no authenticator needed here); returns its resource id."""
    response = server.api.post(IDPS, json={"name": name})
    response.raise_for_status()
    return str(response.json()["id"])


def jit_user(
    server: IsServer, username: str, userstore: str, idp_name: str, subject: str
) -> tuple[LocalUser, str]:
    """A federated account as JIT provisioning leaves it with the enhanced feature on: its ``userSourceId``
    is the connection's id, and a federated association links it (mock_is/provisioning/jit.py)."""
    idp_id = connection(server, idp_name)
    claims = {f"{_CLAIMS}identity/userSourceId": idp_id, f"{_CLAIMS}givenname": "Bob"}
    user = stored_user(server, username, userstore, claims)
    server.store.associations.append(FederatedAssociation(user.id, idp_id, idp_name, subject))
    return user, idp_id
