"""The userstore management API v1 (``/api/server/v1/userstores``), the two reads the Console makes.

Shapes from identity-api-server ``userstore.yaml`` and ``ServerUserStoreService`` (wso2/identity-api-server
@c2446d9c): ``GET /userstores`` lists the **secondary** stores only (``getSecondaryUserStores``; PRIMARY is
never in it, the Console adds it itself), each as a ``UserStoreListResponse`` ``{id, name, enabled,
description, self, typeName, isLocal}`` whose ``id`` is the base64url of the domain name;
``GET /userstores/{id}`` answers ``UserStoreConfigurationsRes`` with the store's ``properties``
(``Disabled``, ``ReadOnly``...), which is where the Users page reads whether a store is disabled; an
unknown id is ``SUS-60003`` (``ERROR_CODE_NOT_FOUND``), 404.

[GAP] The simulator has no userstore configuration: a secondary store exists once a local user lives in
it or a connection's JIT provisions into it. Every such store is an enabled, writable JDBC store.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter

from mock_is.api.deps import SettingsDep, StoreDep
from mock_is.api.errors import IsApiError
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["router", "secondary_userstores", "userstore", "userstore_id"]

JSON = dict[str, Any]
router = APIRouter(prefix="/api/server/v1/userstores")
PRIMARY = "PRIMARY"
_TYPE_NAME = "UniqueIDJDBCUserStoreManager"
_CLASS_NAME = "org.wso2.carbon.user.core.jdbc.UniqueIDJDBCUserStoreManager"


def userstore_id(domain: str) -> str:
    """A store's API id: the base64url of its domain name without padding (``base64URLEncodeId``)."""
    return base64.urlsafe_b64encode(domain.encode()).decode().rstrip("=")


def _domain_of(store_id: str) -> str | None:
    try:
        return base64.urlsafe_b64decode(store_id + "=" * (-len(store_id) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _domains(store: Store) -> list[str]:
    with store.lock:
        names = {u.userstore.upper() for u in store.users.values()}
        for idp in store.idps.values():
            jit = (idp.get("provisioning") or {}).get("jit") or {}
            if jit.get("userstore"):
                names.add(str(jit["userstore"]).upper())
    return sorted(names - {PRIMARY})


def secondary_userstores(store: Store, settings: IsSettings) -> list[JSON]:
    """``GET /userstores``: every secondary store, as ``UserStoreListResponse`` items."""
    return [
        {
            "id": userstore_id(name),
            "name": name,
            "enabled": True,
            "description": "",
            "self": f"/t/{settings.tenant}/api/server/v1/userstores/{userstore_id(name)}",
            "typeName": _TYPE_NAME,
            "isLocal": True,
        }
        for name in _domains(store)
    ]


def userstore(store: Store, store_id: str) -> JSON:
    """``GET /userstores/{id}``: the store's configuration; 404 ``SUS-60003`` when there is none."""
    domain = _domain_of(store_id)
    if domain is None or domain.upper() not in _domains(store):
        raise IsApiError(
            404, "SUS-60003", "Resource not found.", "Unable to find a required resource for this request"
        )
    return {
        "typeName": _TYPE_NAME,
        "typeId": userstore_id(_TYPE_NAME),
        "name": domain.upper(),
        "description": "",
        "className": _CLASS_NAME,
        "isLocal": True,
        "properties": [
            {"name": "Disabled", "value": "false"},
            {"name": "ReadOnly", "value": "false"},
            {"name": "DomainName", "value": domain.upper()},
        ],
        "claimAttributeMappings": [],
    }


@router.get("")
def list_userstores(store: StoreDep, settings: SettingsDep) -> list[JSON]:
    """The configured secondary userstores."""
    return secondary_userstores(store, settings)


@router.get("/{store_id}")
def get_userstore(store: StoreDep, store_id: str) -> JSON:
    """One secondary userstore's configuration."""
    return userstore(store, store_id)
