"""Federated associations of local users (``/api/users/v1/{user-id}/federated-associations``, ``/me/...``).

Shapes from ``wso2/identity-api-user`` ``association.yaml`` (v1): a ``FederatedAssociation`` is
``{id, idp: {id, name, displayName, imageUrl}, federatedUserId}``; GET lists them, DELETE removes all
or one (204), POST ``{idp: <IdP name>, federatedUserId}`` creates one (204). ``user-id`` is the
user's unique id (the SCIM ``id``). [GAP] the error codes of this API are not in the notes; we use
``UAA-10004`` (user not found), ``UAA-10005`` (association not found), ``UAA-10006`` (bad request).
"""

from __future__ import annotations

from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.settings import IsSettings
from mock_is.store import FederatedAssociation, LocalUser, Store

__all__ = [
    "add_association",
    "association_json",
    "delete_association",
    "delete_associations",
    "list_associations",
    "user_by_principal",
]

JSON = dict[str, Any]


def _user(store: Store, user_id: str) -> LocalUser:
    user = store.users.get(user_id)
    if user is None:
        raise IsApiError(404, "UAA-10004", "User not found.", f"No user found with the id: {user_id}.")
    return user


def user_by_principal(store: Store, username: str) -> LocalUser:
    """The local user a ``/me`` request authenticated as (``DOMAIN/name`` or a PRIMARY name)."""
    domain, sep, name = username.partition("/")
    user = store.user_by_username(name, domain) if sep else store.user_by_username(username)
    if user is None:
        raise IsApiError(404, "UAA-10004", "User not found.", f"No local user found for {username}.")
    return user


def association_json(store: Store, association: FederatedAssociation) -> JSON:
    """One ``FederatedAssociation`` with its connection's id, name, display name and image."""
    idp = store.idps.get(association.idp_id) or store.idp_by_name(association.idp_name) or {}
    return {
        "id": association.id,
        "idp": {
            "id": idp.get("id", association.idp_id),
            "name": association.idp_name,
            "displayName": idp.get("name", association.idp_name),
            "imageUrl": idp.get("image", ""),
        },
        "federatedUserId": association.federated_user_id,
    }


def list_associations(store: Store, settings: IsSettings, user_id: str) -> list[JSON]:
    """``GET /{user-id}/federated-associations``."""
    with store.lock:
        _user(store, user_id)
        return [association_json(store, a) for a in store.associations_of(user_id)]


def delete_associations(store: Store, settings: IsSettings, user_id: str) -> None:
    """``DELETE /{user-id}/federated-associations``: every association of the user."""
    with store.lock:
        _user(store, user_id)
        store.associations[:] = [a for a in store.associations if a.user_id != user_id]


def delete_association(store: Store, settings: IsSettings, user_id: str, association_id: str) -> None:
    """``DELETE /{user-id}/federated-associations/{id}``."""
    with store.lock:
        _user(store, user_id)
        mine = [a for a in store.associations if a.user_id == user_id and a.id == association_id]
        if not mine:
            raise IsApiError(
                404, "UAA-10005", "Association not found.", f"No federated association: {association_id}."
            )
        store.associations.remove(mine[0])


def add_association(store: Store, settings: IsSettings, user_id: str, body: Any) -> None:
    """``POST /{user-id}/federated-associations`` with ``{idp, federatedUserId}``."""
    if not isinstance(body, dict) or not body.get("idp") or not body.get("federatedUserId"):
        raise IsApiError(400, "UAA-10006", "Invalid request.", "Both idp and federatedUserId are required.")
    with store.lock:
        _user(store, user_id)
        idp = store.idp_by_name(str(body["idp"]))
        if idp is None:
            raise IsApiError(
                400, "UAA-10006", "Invalid request.", f"No identity provider named {body['idp']}."
            )
        if store.association_for(idp["name"], str(body["federatedUserId"])) is not None:
            raise IsApiError(
                409, "UAA-10007", "Association exists.", "This federated identity is already linked."
            )
        store.associations.append(
            FederatedAssociation(user_id, idp["id"], idp["name"], str(body["federatedUserId"]))
        )
