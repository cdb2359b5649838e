"""Connections (identity providers): create, read, list, patch, delete, as IdP management API v1 does.

Facts from is-rest-api.md §1: create forces ``isPrimary`` false and answers 201 with the full
``IdentityProviderResponse``; a duplicate name is 409 ``IDP-60001``; an unknown id is 404
``IDP-60002``; list items carry ``id, name, description, isEnabled, image, self`` unless
``requiredAttributes`` asks for more; PATCH takes root-level ``REPLACE`` operations with string values.
The store keeps the connection in the response shape *with* authenticator properties in place; the
functions here project what the API shows.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from mock_is.api import idp_claims, idp_parts
from mock_is.api.errors import IsApiError
from mock_is.api.filters import matches, parse_filter
from mock_is.api.lookup import stored_idp
from mock_is.api.models import IdentityProviderPOSTRequest, PatchOperation, bind
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "create_identity_provider",
    "delete_identity_provider",
    "get_identity_provider",
    "idp_base_path",
    "idp_location",
    "idp_response",
    "list_identity_providers",
    "patch_identity_provider",
    "stored_idp",
]

JSON = dict[str, Any]
_LIST_DEFAULT = ("id", "name", "description", "isEnabled", "image")
_LIST_OPTIONAL = (
    "isPrimary",
    "isFederationHub",
    "homeRealmIdentifier",
    "certificate",
    "alias",
    "claims",
    "roles",
    "groups",
    "federatedAuthenticators",
    "provisioning",
)
_PATCH_STRINGS = ("/name", "/description", "/image", "/homeRealmIdentifier", "/alias", "/idpIssuerName")
_PATCH_BOOLEANS = ("/isPrimary", "/isEnabled", "/isFederationHub")
# The one name IS reserves for a new connection (server audit row 9: identity-api-server v1.3.83,
# ServerIdpManagementService validateSystemReservedIDP checks only "SSO"); LOCAL and
# SHARE_WITH_ORGANIZATION, refused here before, are accepted as IS accepts them.
_RESERVED = frozenset({"SSO"})


def idp_base_path(settings: IsSettings) -> str:
    """``/t/<tenant>/api/server/v1/identity-providers``: the form IS's ``self`` links use."""
    return f"/t/{settings.tenant}/api/server/v1/identity-providers"


def idp_location(settings: IsSettings, idp_id: str) -> str:
    """Absolute URL of a connection, for the ``Location`` header of create and PATCH."""
    return settings.url(f"/api/server/v1/identity-providers/{idp_id}")


def _check_name_free(store: Store, name: str, own_id: str | None = None) -> None:
    if not name.strip():
        raise IsApiError(400, "IDP-60025", "Invalid input.", "Identity Provider name cannot be empty.")
    if name in _RESERVED:
        raise IsApiError(400, "IDP-60025", "Invalid input.", f"'{name}' is a system reserved name.")
    other = store.idp_by_name(name)
    if other is not None and other["id"] != own_id:
        raise IsApiError(
            409,
            "IDP-60001",
            "Identity Provider already exists.",
            f"Identity Provider with the name: {name} already exists.",
        )


def create_identity_provider(store: Store, settings: IsSettings, body: Any) -> JSON:
    """Create a connection from an ``IdentityProviderPOSTRequest``; the ``IdentityProviderResponse``."""
    req = bind(IdentityProviderPOSTRequest, body, "IDP-60025")
    idp_id = str(uuid.uuid4())
    record = _new_record(settings, req, idp_id)
    with store.lock:
        _check_name_free(store, req.name)
        store.idps[idp_id] = record
    return idp_response(settings, record)


def _new_record(settings: IsSettings, req: IdentityProviderPOSTRequest, idp_id: str) -> JSON:
    cert = req.certificate.model_dump(exclude_none=True) if req.certificate else {}
    return {
        "id": idp_id,
        "name": req.name,
        "description": req.description,
        "image": req.image,
        **({"templateId": req.templateId} if req.templateId else {}),
        "isEnabled": True,
        "isPrimary": False,  # forced on create (ServerIdpManagementService.createIDP)
        "isFederationHub": req.isFederationHub,
        "homeRealmIdentifier": req.homeRealmIdentifier,
        "certificate": {"certificates": cert.get("certificates", []), **_jwks(cert)},
        "alias": req.alias,
        "idpIssuerName": req.idpIssuerName,
        "claims": idp_claims.claims_record(req.claims),
        "roles": req.roles.model_dump() if req.roles else {"mappings": [], "outboundProvisioningRoles": []},
        "groups": [g.model_dump(exclude_none=True) for g in req.groups or []],
        "federatedAuthenticators": idp_parts.authenticators_record(settings, req.federatedAuthenticators),
        "provisioning": {
            "jit": idp_parts.initial_jit(settings, req),
            "outboundConnectors": {"connectors": []},
        },
        "implicitAssociation": (
            req.implicitAssociation.model_dump()
            if req.implicitAssociation
            else {"isEnabled": False, "lookupAttribute": []}
        ),
    }


def _jwks(cert: JSON) -> JSON:
    return {"jwksUri": cert["jwksUri"]} if cert.get("jwksUri") else {}


def idp_response(settings: IsSettings, idp: JSON) -> JSON:
    """``IdentityProviderResponse`` of a stored connection (authenticators listed without properties)."""
    out = copy.deepcopy(idp)
    out["federatedAuthenticators"] = idp_parts.authenticator_list(settings, idp)
    out["provisioning"]["outboundConnectors"] = {"connectors": []}
    if "claims" in out:
        out["claims"] = idp_claims.claims_response(out["claims"])
    return out


def get_identity_provider(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /identity-providers/{id}``."""
    with store.lock:
        return idp_response(settings, stored_idp(store, idp_id))


def list_identity_providers(
    store: Store,
    settings: IsSettings,
    filter_: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    required_attributes: str | None = None,
) -> JSON:
    """``GET /identity-providers`` with IS's filter (``sw co ew eq`` joined by ``and``) and paging."""
    terms = parse_filter(filter_, "IDP-65055", {"name", "description", "isEnabled", "homeRealmIdentifier"})
    with store.lock:
        found = [i for i in store.idps.values() if matches(i, terms)]
        found.sort(key=lambda i: str(i["name"]).lower())
        items = [_list_item(settings, i, required_attributes) for i in found]
    page = items[offset:] if limit is None else items[offset : offset + limit]
    return {
        "totalResults": len(items),
        "startIndex": offset + 1,
        "count": len(page),
        "identityProviders": page,
        "links": _links(settings, len(items), offset, limit),
    }


def _list_item(settings: IsSettings, idp: JSON, required_attributes: str | None) -> JSON:
    full = idp_response(settings, idp)
    wanted = {a.strip() for a in (required_attributes or "").split(",") if a.strip()}
    item = {k: full[k] for k in _LIST_DEFAULT if k in full}
    item.update({k: full[k] for k in _LIST_OPTIONAL if k in wanted and k in full})
    item["self"] = f"{idp_base_path(settings)}/{idp['id']}"
    return item


def _links(settings: IsSettings, total: int, offset: int, limit: int | None) -> list[JSON]:
    if limit is None:
        return []
    base = idp_base_path(settings)
    links = []
    if offset + limit < total:
        links.append({"href": f"{base}?offset={offset + limit}&limit={limit}", "rel": "next"})
    if offset > 0:
        links.append({"href": f"{base}?offset={max(offset - limit, 0)}&limit={limit}", "rel": "previous"})
    return links


def patch_identity_provider(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """Apply a ``PatchRequest`` (root-level fields, string values) and return the updated connection."""
    if not isinstance(body, list):
        raise IsApiError(400, "IDP-60025", "Invalid input.", "A PATCH body is an array of operations.")
    ops = [bind(PatchOperation, op, "IDP-60025") for op in body]
    with store.lock:
        idp = stored_idp(store, idp_id)
        updated = copy.deepcopy(idp)
        for op in ops:
            _apply(store, updated, op)
        store.idps[idp_id] = updated
        return idp_response(settings, updated)


def _apply(store: Store, idp: JSON, op: PatchOperation) -> None:
    if op.path == "/certificate/jwksUri":
        _apply_jwks(idp, op)
    elif op.operation == "ADD" and op.path == "/idpIssuerName":
        _add_issuer(idp, op)
    elif op.operation != "REPLACE" or op.path not in _PATCH_STRINGS + _PATCH_BOOLEANS:
        raise IsApiError(
            400,
            "IDP-60025",
            "Invalid input.",
            f"Unsupported patch operation {op.operation} on path {op.path}.",
        )
    elif op.path in _PATCH_BOOLEANS:
        idp[op.path[1:]] = (op.value or "").lower() == "true"  # Boolean.parseBoolean
    else:
        if op.path == "/name":
            _check_name_free(store, op.value or "", idp["id"])
        idp[op.path[1:]] = op.value or ""


def _add_issuer(idp: JSON, op: PatchOperation) -> None:
    # processPatchRequest (identity-api-server @c2446d9c): ADD /idpIssuerName refuses an existing issuer
    # property, and createIDP always stores one (it may be ""), so only a connection without it takes it.
    if "idpIssuerName" in idp:
        raise IsApiError(
            400,
            "IDP-65005",
            "Error while updating identity provider.",
            "Cannot add Issuer Name as it already exists",
        )
    idp["idpIssuerName"] = op.value or ""


def _apply_jwks(idp: JSON, op: PatchOperation) -> None:
    cert = idp.setdefault("certificate", {"certificates": []})
    if op.operation == "REMOVE":
        if not cert.get("jwksUri"):
            raise IsApiError(
                404, "IDP-65005", "Error while updating identity provider.", "No JWKS URI to remove."
            )
        cert.pop("jwksUri")
    else:
        cert["jwksUri"] = op.value or ""


def delete_identity_provider(store: Store, settings: IsSettings, idp_id: str, force: bool = False) -> None:
    """``DELETE /identity-providers/{id}``; refused while an application uses it unless ``force``.

    [GAP] is-rest-api.md "Open items": the status/code of a non-forced delete of a connection an
    application references is unverified; we answer 400 ``IDP-60014`` naming the applications.
    """
    with store.lock:
        idp = stored_idp(store, idp_id)
        users = idp_parts.apps_using(store, str(idp["name"]))
        if users and not force:
            names = ", ".join(str(store.applications[a]["name"]) for a in users)
            raise IsApiError(
                400,
                "IDP-60014",
                "Identity Provider is in use.",
                f"Identity Provider {idp['name']} is referenced by the application(s): {names}.",
            )
        del store.idps[idp_id]
