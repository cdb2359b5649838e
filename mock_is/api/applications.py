"""Applications: create, read, list, patch, delete, as application management API v1 does.

Facts from is-rest-api.md §2: create answers 201 with ``Location`` and **no body**; a duplicate name
is 409 ``APP-60007``; an unknown id is 404 ``APP-60006``; PATCH is a partial object (not JSON Patch)
answering 200 with an empty body; a new app's flow is ``DEFAULT`` with ``BasicAuthenticator``/``LOCAL``;
``claimConfiguration.requestedClaims`` hold local claim URIs. The stored app is the
``ApplicationResponseModel`` minus the computed ``clientId``/``inboundProtocols``.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from mock_is.api import app_oidc
from mock_is.api.app_sequence import default_sequence, validated_sequence
from mock_is.api.errors import IsApiError
from mock_is.api.filters import matches, parse_filter
from mock_is.api.lookup import stored_app
from mock_is.api.models import ApplicationModel, ApplicationPatchModel, bind
from mock_is.claims.dialects import claim_ref
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "app_base_path",
    "app_location",
    "app_response",
    "create_application",
    "delete_application",
    "get_application",
    "list_applications",
    "patch_application",
]

JSON = dict[str, Any]
_USERNAME = "http://wso2.org/claims/username"
_SIMPLE = ("description", "imageUrl", "accessUrl", "logoutReturnUrl", "templateId", "templateVersion")
_LIST_OPTIONAL = ("advancedConfigurations", "templateId", "templateVersion", "associatedRoles")


def app_base_path(settings: IsSettings) -> str:
    """``/t/<tenant>/api/server/v1/applications``, the form of IS's ``self`` links."""
    return f"/t/{settings.tenant}/api/server/v1/applications"


def app_location(settings: IsSettings, app_id: str) -> str:
    """Absolute URL of an application, for the ``Location`` header of create."""
    return settings.url(f"/api/server/v1/applications/{app_id}")


def _default_claims() -> JSON:
    return {
        "dialect": "LOCAL",
        "claimMappings": [],
        "requestedClaims": [],
        "subject": {
            "claim": claim_ref(_USERNAME),
            "includeUserDomain": False,
            "includeTenantDomain": False,
            "useMappedLocalSubject": False,
            "mappedLocalSubjectMandatory": False,
        },
        "role": {"mappings": [], "includeUserDomain": True, "claim": {"uri": "http://wso2.org/claims/roles"}},
    }


def _default_advanced() -> JSON:
    return {
        "saas": False,
        "discoverableByEndUsers": False,
        "skipLoginConsent": False,
        "skipLogoutConsent": False,
        "useExternalConsentPage": False,
        "returnAuthenticatedIdpList": False,
        "enableAuthorization": False,
        "fragment": False,
        "enableAPIBasedAuthentication": False,
    }


def _claim_configuration(current: JSON, patch: JSON) -> JSON:
    """``UpdateClaimConfiguration``: merge sections; claim refs recomputed; 400 on a contradiction."""
    merged = {**copy.deepcopy(current), **copy.deepcopy(patch)}
    if "subject" in patch:
        merged["subject"] = {**current["subject"], **patch["subject"]}
        sub = merged["subject"]
        if sub.get("mappedLocalSubjectMandatory") and not sub.get("useMappedLocalSubject"):
            raise IsApiError(
                400,
                "APP-60001",
                "Invalid application configuration.",
                "mappedLocalSubjectMandatory cannot be true when useMappedLocalSubject is false.",
            )
        sub["claim"] = claim_ref(_uri(sub.get("claim"), _USERNAME))
    merged["requestedClaims"] = [_requested(r) for r in merged.get("requestedClaims") or []]
    return merged


def _uri(claim: Any, default: str) -> str:
    if isinstance(claim, dict) and isinstance(claim.get("uri"), str):
        return str(claim["uri"])
    return default


def _requested(entry: Any) -> JSON:
    if not isinstance(entry, dict) or not isinstance(entry.get("claim"), dict) or "uri" not in entry["claim"]:
        raise IsApiError(
            400, "APP-60001", "Invalid application configuration.", "Each requested claim needs claim.uri."
        )
    return {"claim": claim_ref(str(entry["claim"]["uri"])), "mandatory": bool(entry.get("mandatory", False))}


def _new_app(store: Store, req: ApplicationModel, app_id: str) -> JSON:
    app: JSON = {
        "id": app_id,
        "name": req.name,
        "description": "",
        "isManagementApp": req.isManagementApp,
        "isB2BSelfServiceApp": req.isB2BSelfServiceApp,
        "applicationEnabled": True,
        "associatedRoles": {"allowedAudience": "ORGANIZATION", "roles": []},
        "claimConfiguration": _default_claims(),
        "authenticationSequence": default_sequence(),
        "advancedConfigurations": _default_advanced(),
        "access": "WRITE",
    }
    _apply_patch(store, app, req, for_create=True)
    return app


def create_application(store: Store, settings: IsSettings, body: Any) -> str:
    """Create an application (with its OIDC configuration if given); its new id (201, no body)."""
    req = bind(ApplicationModel, body, "APP-60001")
    app_id = str(uuid.uuid4())
    with store.lock:
        _check_name_free(store, req.name)
        app = _new_app(store, req, app_id)
        inbound = req.inboundProtocolConfiguration
        if inbound and inbound.oidc:
            raw_oidc = body["inboundProtocolConfiguration"]["oidc"]
            store.oidc_configs[app_id] = app_oidc.oidc_record(store, raw_oidc, None, app_id)
        store.applications[app_id] = app
    return app_id


def _check_name_free(store: Store, name: str, own_id: str | None = None) -> None:
    if not name.strip():
        raise IsApiError(
            400, "APP-60001", "Invalid application configuration.", "Application name is required."
        )
    for other in store.applications.values():
        if other["name"] == name and other["id"] != own_id:
            raise IsApiError(
                409,
                "APP-60007",
                "Application already exists.",
                f"Application with the name {name} already exists.",
            )


def _apply_patch(
    store: Store,
    app: JSON,
    req: ApplicationPatchModel,
    settings: IsSettings | None = None,
    for_create: bool = False,
) -> None:
    fields = req.model_dump(exclude_unset=True)
    if req.name is not None:
        _check_name_free(store, req.name, app["id"])
        app["name"] = req.name
    app.update({k: fields[k] for k in _SIMPLE if fields.get(k) is not None})
    if req.applicationEnabled is not None:
        app["applicationEnabled"] = req.applicationEnabled
    for section in ("associatedRoles", "provisioningConfigurations"):
        if fields.get(section) is not None:
            app[section] = fields[section]
    if req.advancedConfigurations is not None:
        app["advancedConfigurations"] = {**app["advancedConfigurations"], **req.advancedConfigurations}
    if req.claimConfiguration is not None:
        app["claimConfiguration"] = _claim_configuration(app["claimConfiguration"], req.claimConfiguration)
    if req.authenticationSequence is not None:
        sequence = validated_sequence(store, fields["authenticationSequence"])
        skip = not for_create and settings is not None and settings.deviates("login-flow-not-saved")
        if not skip:  # deviation login-flow-not-saved: answered 200, nothing stored (deviations.py)
            app["authenticationSequence"] = sequence


def app_response(settings: IsSettings, store: Store, app: JSON) -> JSON:
    """``ApplicationResponseModel``: the stored app plus ``clientId`` and ``inboundProtocols``."""
    out = copy.deepcopy(app)
    oidc = store.oidc_configs.get(app["id"])
    out["inboundProtocols"] = []
    if oidc is not None:
        out["clientId"] = oidc["clientId"]
        out["inboundProtocols"] = [
            {
                "type": "oauth2",
                "name": "oidc",
                "self": f"{app_base_path(settings)}/{app['id']}/inbound-protocols/oidc",
            }
        ]
    return out


def get_application(store: Store, settings: IsSettings, app_id: str) -> JSON:
    """``GET /applications/{id}``."""
    with store.lock:
        return app_response(settings, store, stored_app(store, app_id))


def patch_application(store: Store, settings: IsSettings, app_id: str, body: Any) -> None:
    """``PATCH /applications/{id}`` with an ``ApplicationPatchModel`` (all or nothing; 200, empty body)."""
    req = bind(ApplicationPatchModel, body, "APP-60001")
    with store.lock:
        updated = copy.deepcopy(stored_app(store, app_id))
        _apply_patch(store, updated, req, settings)
        store.applications[app_id] = updated


def delete_application(store: Store, settings: IsSettings, app_id: str) -> None:
    """``DELETE /applications/{id}`` (204), with its inbound configuration."""
    with store.lock:
        stored_app(store, app_id)
        del store.applications[app_id]
        store.oidc_configs.pop(app_id, None)


def list_applications(
    store: Store,
    settings: IsSettings,
    filter_: str | None = None,
    limit: int = 30,
    offset: int = 0,
    attributes: str | None = None,
) -> JSON:
    """``GET /applications`` with ``filter`` on ``name``/``clientId``/``issuer`` and paging."""
    groups = parse_filter(filter_, "APP-60004", {"name", "clientId", "issuer"})
    with store.lock:
        views = [app_response(settings, store, a) for a in store.applications.values()]
    found = sorted((v for v in views if matches(v, groups)), key=lambda v: str(v["name"]).lower())
    page = found[offset : offset + limit]
    return {
        "totalResults": len(found),
        "startIndex": offset + 1,
        "count": len(page),
        "applications": [_list_item(settings, v, attributes) for v in page],
        "links": [],
    }


def _list_item(settings: IsSettings, view: JSON, attributes: str | None) -> JSON:
    wanted = {a.strip() for a in (attributes or "").split(",") if a.strip()}
    item = {
        "id": view["id"],
        "name": view["name"],
        "description": view.get("description", ""),
        "access": view.get("access", "WRITE"),
        "self": f"{app_base_path(settings)}/{view['id']}",
        "applicationEnabled": view["applicationEnabled"],
    }
    item |= {k: view[k] for k in ("imageUrl", "accessUrl", "clientId") if k in view}
    if "imageUrl" in item:
        item["image"] = item.pop("imageUrl")
    item |= {k: view[k] for k in _LIST_OPTIONAL if k in wanted and k in view}
    return item
