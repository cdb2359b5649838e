"""Finding a stored connection or application by id, with IS's 404 when it is not there."""

from __future__ import annotations

import copy
from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.store import Store

__all__ = ["idp_part", "replace_idp_part", "stored_app", "stored_idp"]


def stored_idp(store: Store, idp_id: str) -> dict[str, Any]:
    """The stored connection ``idp_id`` (the live dict), or 404 ``IDP-60002`` (is-rest-api.md §1.6)."""
    idp = store.idps.get(idp_id)
    if idp is None:
        raise IsApiError(
            404,
            "IDP-60002",
            "Resource not found.",
            f"Unable to find a resource matching the provided identity provider identifier {idp_id}.",
        )
    return idp


def idp_part(store: Store, idp_id: str, key: str) -> Any:
    """A copy of one sub-resource of the connection ``idp_id``, taken under the store's lock."""
    with store.lock:
        return copy.deepcopy(stored_idp(store, idp_id)[key])


def replace_idp_part(store: Store, idp_id: str, key: str, value: Any) -> Any:
    """Replace one sub-resource of the connection ``idp_id``; a copy of what was stored."""
    with store.lock:
        stored_idp(store, idp_id)[key] = value
        return copy.deepcopy(value)


def stored_app(store: Store, app_id: str) -> dict[str, Any]:
    """The stored application ``app_id`` (the live dict), or 404 ``APP-60006``."""
    app = store.applications.get(app_id)
    if app is None:
        raise IsApiError(
            404,
            "APP-60006",
            "Application not found.",
            f"Application with the resource id: {app_id} is not found.",
        )
    return app
