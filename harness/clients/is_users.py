"""``ScimUsers`` (SCIM 2.0 ``/scim2/Users``, is-rest-api.md §3) and ``FederatedAssociations``
(``/api/users/v1/.../federated-associations``, identity-api-user ``association.yaml``)."""

from __future__ import annotations

from typing import Any

import httpx

from harness.clients.is_http import check, json_of

__all__ = ["CORE_USER_SCHEMA", "WSO2_USER_SCHEMA", "FederatedAssociations", "ScimUsers"]

JSON = dict[str, Any]
CORE_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
WSO2_USER_SCHEMA = "urn:scim:wso2:schema"
_PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
_SCIM_JSON = {"Content-Type": "application/scim+json", "Accept": "application/scim+json"}


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _idp_name(idp: object) -> str:
    # IS answers ``idp`` as an object (``{id, name, ...}``); the POST body, and so a lenient server's
    # answer, names it by a bare string. Either way the connection's name, or "" when there is none.
    if isinstance(idp, dict):
        return str(idp.get("name") or "")
    return str(idp or "")


class ScimUsers:
    """Typed calls of ``/scim2/Users`` over a shared ``httpx.Client``."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def search(self, filter_: str, count: int | None = None) -> list[JSON]:
        """Users matching a SCIM filter (``userName eq "alice"``)."""
        params: dict[str, Any] = {"filter": filter_}
        if count is not None:
            params["count"] = count
        found: list[JSON] = json_of(self._http.get("/scim2/Users", params=params, headers=_SCIM_JSON)).get(
            "Resources", []
        )
        return found

    def find_by_username(self, user_name: str) -> JSON | None:
        """The user ``user_name`` (``DOMAIN/name`` for secondary userstores), if it exists."""
        found = self.search(f"userName eq {_quote(user_name)}")
        return found[0] if found else None

    def find_by_email(self, email: str) -> list[JSON]:
        """Users whose emails include ``email``."""
        return self.search(f"emails eq {_quote(email)}")

    def get(self, user_id: str) -> JSON:
        """One user."""
        found: JSON = json_of(self._http.get(f"/scim2/Users/{user_id}", headers=_SCIM_JSON))
        return found

    def create(
        self,
        user_name: str,
        password: str,
        *,
        email: str | None = None,
        given_name: str | None = None,
        family_name: str | None = None,
        extra: JSON | None = None,
    ) -> JSON:
        """Create a local user (the doc's "local account with the same email"); the created user."""
        body: JSON = {"schemas": [CORE_USER_SCHEMA], "userName": user_name, "password": password}
        if email:
            body["emails"] = [{"value": email, "primary": True}]
        name = {k: v for k, v in (("givenName", given_name), ("familyName", family_name)) if v}
        if name:
            body["name"] = name
        body.update(extra or {})
        created: JSON = json_of(self._http.post("/scim2/Users", json=body, headers=_SCIM_JSON))
        return created

    def patch(self, user_id: str, operations: list[JSON]) -> JSON:
        """Apply SCIM PATCH operations (``{op, path, value}``); the updated user."""
        body = {"schemas": [_PATCH_SCHEMA], "Operations": operations}
        patched: JSON = json_of(self._http.patch(f"/scim2/Users/{user_id}", json=body, headers=_SCIM_JSON))
        return patched

    def delete(self, user_id: str) -> None:
        """Delete a user."""
        check(self._http.delete(f"/scim2/Users/{user_id}", headers=_SCIM_JSON))


class FederatedAssociations:
    """Typed calls of the user associations API (admin and ``/me`` forms)."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def of_user(self, user_id: str) -> list[JSON]:
        """The federated associations of a user (``[{id, idp: {id, name, ...}, federatedUserId}]``)."""
        found: list[JSON] = json_of(self._http.get(f"/api/users/v1/{user_id}/federated-associations"))
        return found

    def idp_names(self, user_id: str) -> list[str]:
        """Names of the connections (IdPs) a user is linked to, in the order IS lists the associations."""
        return [name for a in self.of_user(user_id) if (name := _idp_name(a.get("idp")))]

    def mine(self) -> list[JSON]:
        """The federated associations of the authenticated user."""
        found: list[JSON] = json_of(self._http.get("/api/users/v1/me/federated-associations"))
        return found

    def add(self, user_id: str, idp_name: str, federated_user_id: str) -> None:
        """Link a federated identity to a user."""
        body = {"idp": idp_name, "federatedUserId": federated_user_id}
        check(self._http.post(f"/api/users/v1/{user_id}/federated-associations", json=body))

    def delete_all(self, user_id: str) -> None:
        """Remove every federated association of a user."""
        check(self._http.delete(f"/api/users/v1/{user_id}/federated-associations"))

    def delete(self, user_id: str, association_id: str) -> None:
        """Remove one federated association of a user."""
        check(self._http.delete(f"/api/users/v1/{user_id}/federated-associations/{association_id}"))
