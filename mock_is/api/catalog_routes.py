"""Routes of the Authenticators API and the connection-template extensions the Console's Connections pages
read; the logic lives in ``authenticators`` and ``extensions``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from mock_is.api import authenticators, extensions
from mock_is.api.deps import SettingsDep, StoreDep

__all__ = ["router"]

router = APIRouter(prefix="/api/server/v1")
JSON = dict[str, Any]


@router.get("/authenticators")
def list_authenticators(
    store: StoreDep,
    settings: SettingsDep,
    filter: str | None = None,  # the API's own parameter name
    limit: Annotated[int | None, Query()] = None,
    offset: Annotated[int | None, Query()] = None,
) -> list[JSON]:
    """Local authenticators and connections."""
    return authenticators.list_authenticators(store, settings, filter, limit, offset)


@router.get("/configs/authenticators")
def local_authenticators(settings: SettingsDep) -> list[JSON]:
    """The local authenticators (the Configs API)."""
    return authenticators.local_authenticators(settings)


@router.get("/authenticators/meta/tags")
def authenticator_tags() -> list[str]:
    """Every authenticator tag."""
    return authenticators.authenticator_tags()


@router.get("/extensions/connections")
def list_connection_templates(settings: SettingsDep) -> list[JSON]:
    """The connection templates."""
    return extensions.list_connections(settings)


@router.get("/extensions/connections/{extension_id}")
def get_connection_template_info(settings: SettingsDep, extension_id: str) -> JSON:
    """One connection template's list data."""
    return extensions.connection_extension(settings, extension_id)


@router.get("/extensions/connections/{extension_id}/template")
def get_connection_template(settings: SettingsDep, extension_id: str) -> JSON:
    """One connection template's file."""
    return extensions.connection_template(settings, extension_id)


@router.get("/extensions/connections/{extension_id}/metadata")
def get_connection_metadata(settings: SettingsDep, extension_id: str) -> JSON:
    """One connection template's metadata file."""
    return extensions.connection_metadata(settings, extension_id)
