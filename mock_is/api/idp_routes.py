"""Routes of IdP management API v1; the logic lives in ``idps`` and ``idp_parts``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response
from fastapi.responses import JSONResponse

from mock_is.api import authenticator_meta as meta
from mock_is.api import idp_claims, idp_extras, idp_parts, idps
from mock_is.api.deps import SettingsDep, StoreDep
from mock_is.api.errors import IsApiError

__all__ = ["router"]

router = APIRouter(prefix="/api/server/v1/identity-providers")
JSON = dict[str, Any]
BodyDep = Annotated[Any, Body()]


@router.get("")
def list_idps(
    store: StoreDep,
    settings: SettingsDep,
    limit: Annotated[int | None, Query(ge=0)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    filter: str | None = None,  # the API's own parameter name
    requiredAttributes: str | None = None,
) -> JSON:
    """List connections."""
    return idps.list_identity_providers(store, settings, filter, limit, offset, requiredAttributes)


@router.post("", status_code=201)
def create_idp(store: StoreDep, settings: SettingsDep, body: BodyDep) -> JSONResponse:
    """Create a connection: 201, ``Location`` and the full body."""
    created = idps.create_identity_provider(store, settings, body)
    headers = {"Location": idps.idp_location(settings, created["id"])}
    return JSONResponse(created, status_code=201, headers=headers)


@router.get("/meta/federated-authenticators")
def list_meta_authenticators(settings: SettingsDep) -> list[JSON]:
    """The installed federated authenticators."""
    base = idps.idp_base_path(settings)
    return [meta.meta_list_item(m, base) for m in meta.all_installed()]


@router.get("/meta/federated-authenticators/{fa_id}")
def get_meta_authenticator(fa_id: str) -> JSON:
    """One installed authenticator's metadata (properties with their flags)."""
    found = meta.installed(fa_id)
    if found is None:
        raise IsApiError(
            404, "IDP-60022", "Resource not found.", f"Unable to find federated authenticator {fa_id}."
        )
    return meta.meta_detail(found)


@router.get("/{idp_id}")
def get_idp(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """One connection."""
    return idps.get_identity_provider(store, settings, idp_id)


@router.patch("/{idp_id}")
def patch_idp(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSONResponse:
    """Patch root-level fields; 200 with the connection and its ``Location``."""
    updated = idps.patch_identity_provider(store, settings, idp_id, body)
    return JSONResponse(updated, headers={"Location": idps.idp_location(settings, idp_id)})


@router.delete("/{idp_id}", status_code=204)
def delete_idp(store: StoreDep, settings: SettingsDep, idp_id: str, force: bool = False) -> Response:
    """Delete a connection (``force`` when an application still uses it)."""
    idps.delete_identity_provider(store, settings, idp_id, force)
    return Response(status_code=204)


@router.get("/{idp_id}/federated-authenticators")
def get_authenticators(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """The connection's authenticators (without properties)."""
    return idp_parts.get_federated_authenticators(store, settings, idp_id)


@router.put("/{idp_id}/federated-authenticators")
def put_authenticators(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSON:
    """Replace the connection's authenticators."""
    return idp_parts.put_federated_authenticators(store, settings, idp_id, body)


@router.get("/{idp_id}/federated-authenticators/{fa_id}")
def get_authenticator(store: StoreDep, settings: SettingsDep, idp_id: str, fa_id: str) -> JSON:
    """One authenticator with its properties."""
    return idp_parts.get_federated_authenticator(store, settings, idp_id, fa_id)


@router.put("/{idp_id}/federated-authenticators/{fa_id}")
def put_authenticator(store: StoreDep, settings: SettingsDep, idp_id: str, fa_id: str, body: BodyDep) -> JSON:
    """Add or replace one authenticator."""
    return idp_parts.put_federated_authenticator(store, settings, idp_id, fa_id, body)


@router.get("/{idp_id}/provisioning")
def get_provisioning(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """Provisioning settings (JIT and outbound connectors)."""
    return idp_parts.get_provisioning(store, settings, idp_id)


@router.get("/{idp_id}/provisioning/jit")
def get_jit(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """JIT provisioning settings."""
    return idp_parts.get_jit(store, settings, idp_id)


@router.put("/{idp_id}/provisioning/jit")
def put_jit(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSON:
    """Replace JIT provisioning settings."""
    return idp_parts.put_jit(store, settings, idp_id, body)


@router.get("/{idp_id}/claims")
def get_claims(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """Claim configuration (subject attribute, mappings, provisioning claims)."""
    return idp_claims.get_claims(store, settings, idp_id)


@router.put("/{idp_id}/claims")
def put_claims(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSON:
    """Replace the claim configuration (validated)."""
    return idp_claims.put_claims(store, settings, idp_id, body)


@router.get("/{idp_id}/connected-apps")
@router.get("/{idp_id}/connected-apps/", include_in_schema=False)  # the Console's URL (JAX-RS takes both)
def connected_apps(
    store: StoreDep,
    settings: SettingsDep,
    idp_id: str,
    limit: Annotated[int | None, Query(ge=0)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSON:
    """Applications whose login flow uses this connection."""
    return idp_parts.connected_apps(store, settings, idp_id, limit, offset)


@router.get("/{idp_id}/roles")
def get_roles(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """Role mappings."""
    return idp_extras.get_roles(store, settings, idp_id)


@router.put("/{idp_id}/roles")
def put_roles(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSON:
    """Replace role mappings."""
    return idp_extras.put_roles(store, settings, idp_id, body)


@router.get("/{idp_id}/groups")
def get_groups(store: StoreDep, settings: SettingsDep, idp_id: str) -> list[JSON]:
    """The connection's groups."""
    return idp_extras.get_groups(store, settings, idp_id)


@router.put("/{idp_id}/groups")
def put_groups(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> list[JSON]:
    """Replace the connection's groups."""
    return idp_extras.put_groups(store, settings, idp_id, body)


@router.get("/{idp_id}/implicit-association")
def get_implicit_association(store: StoreDep, settings: SettingsDep, idp_id: str) -> JSON:
    """Implicit account association settings."""
    return idp_extras.get_implicit_association(store, settings, idp_id)


@router.put("/{idp_id}/implicit-association")
def put_implicit_association(store: StoreDep, settings: SettingsDep, idp_id: str, body: BodyDep) -> JSON:
    """Replace implicit account association settings."""
    return idp_extras.put_implicit_association(store, settings, idp_id, body)
