"""Routes of application management API v1; the logic lives in ``applications`` and ``app_oidc``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response

from mock_is.api import app_oidc, applications
from mock_is.api.deps import SettingsDep, StoreDep

__all__ = ["router"]

router = APIRouter(prefix="/api/server/v1/applications")
JSON = dict[str, Any]
BodyDep = Annotated[Any, Body()]


@router.get("")
def list_apps(
    store: StoreDep,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=0)] = 30,
    offset: Annotated[int, Query(ge=0)] = 0,
    filter: str | None = None,  # the API's own parameter name
    attributes: str | None = None,
) -> JSON:
    """List applications."""
    return applications.list_applications(store, settings, filter, limit, offset, attributes)


@router.post("", status_code=201)
def create_app(store: StoreDep, settings: SettingsDep, body: BodyDep) -> Response:
    """Create an application: 201 with ``Location`` and no body."""
    app_id = applications.create_application(store, settings, body)
    return Response(status_code=201, headers={"Location": applications.app_location(settings, app_id)})


@router.get("/{app_id}")
def get_app(store: StoreDep, settings: SettingsDep, app_id: str) -> JSON:
    """One application."""
    return applications.get_application(store, settings, app_id)


@router.patch("/{app_id}")
def patch_app(store: StoreDep, settings: SettingsDep, app_id: str, body: BodyDep) -> Response:
    """Partial update; 200 with an empty body."""
    applications.patch_application(store, settings, app_id, body)
    return Response(status_code=200)


@router.delete("/{app_id}", status_code=204)
def delete_app(store: StoreDep, settings: SettingsDep, app_id: str) -> Response:
    """Delete an application."""
    applications.delete_application(store, settings, app_id)
    return Response(status_code=204)


@router.get("/{app_id}/inbound-protocols/oidc")
def get_oidc(store: StoreDep, app_id: str) -> JSON:
    """The OIDC configuration (client id and secret included)."""
    return app_oidc.get_oidc(store, app_id)


@router.put("/{app_id}/inbound-protocols/oidc")
def put_oidc(store: StoreDep, app_id: str, body: BodyDep) -> JSON:
    """Replace the OIDC configuration."""
    return app_oidc.put_oidc(store, app_id, body)


@router.delete("/{app_id}/inbound-protocols/oidc", status_code=204)
def delete_oidc(store: StoreDep, app_id: str) -> Response:
    """Remove the OIDC configuration."""
    app_oidc.delete_oidc(store, app_id)
    return Response(status_code=204)


@router.post("/{app_id}/inbound-protocols/oidc/regenerate-secret")
def regenerate_secret(store: StoreDep, app_id: str) -> JSON:
    """Issue a new client secret."""
    return app_oidc.regenerate_secret(store, app_id)
