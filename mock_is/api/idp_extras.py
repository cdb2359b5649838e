"""A connection's role mappings, groups and implicit association (``/roles``, ``/groups``,
``/implicit-association`` of ``idp.yaml``).

The doc does not configure these, but IS's Console saves ``/roles`` right after the attribute
mappings (is-console-ui.md §11 "e attrs"), so a Console-faithful client calls it. Groups get an id
when they have none, as IS assigns one.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import TypeAdapter

from mock_is.api.errors import IsApiError
from mock_is.api.lookup import idp_part, replace_idp_part
from mock_is.api.models import Association, Group, Roles, bind
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "get_groups",
    "get_implicit_association",
    "get_roles",
    "put_groups",
    "put_implicit_association",
    "put_roles",
]

JSON = dict[str, Any]
_GROUPS: TypeAdapter[list[Group]] = TypeAdapter(list[Group])


def get_roles(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/roles``."""
    roles: JSON = idp_part(store, idp_id, "roles")
    return roles


def put_roles(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """``PUT /{id}/roles``: replace role mappings and outbound provisioning roles."""
    roles: JSON = replace_idp_part(store, idp_id, "roles", bind(Roles, body, "IDP-60025").model_dump())
    return roles


def get_groups(store: Store, settings: IsSettings, idp_id: str) -> list[JSON]:
    """``GET /{id}/groups``."""
    groups: list[JSON] = idp_part(store, idp_id, "groups")
    return groups


def put_groups(store: Store, settings: IsSettings, idp_id: str, body: Any) -> list[JSON]:
    """``PUT /{id}/groups``: replace the connection's groups (names unique)."""
    try:
        groups = _GROUPS.validate_python(body)
    except ValueError as exc:
        raise IsApiError(400, "IDP-60025", "Invalid input.", "groups must be a list of {name, id}.") from exc
    names = [g.name for g in groups]
    if len(names) != len(set(names)):
        raise IsApiError(
            400, "IDP-60025", "Invalid input.", "Duplicate group names are found in the request."
        )
    stored: list[JSON] = [{"name": g.name, "id": g.id or str(uuid.uuid4())} for g in groups]
    saved: list[JSON] = replace_idp_part(store, idp_id, "groups", stored)
    return saved


def get_implicit_association(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/implicit-association``."""
    association: JSON = idp_part(store, idp_id, "implicitAssociation")
    return association


def put_implicit_association(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """``PUT /{id}/implicit-association``."""
    association = bind(Association, body, "IDP-60025").model_dump()
    stored: JSON = replace_idp_part(store, idp_id, "implicitAssociation", association)
    return stored
