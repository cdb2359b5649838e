"""A connection's sub-resources: federated authenticators, JIT provisioning, claims, connected apps.

Facts from is-rest-api.md §1.2–§1.6 and x-authenticator.md §2. Claims live in ``idp_claims``.
[GAP] whether IS masks confidential properties (``APISecret``) on
``GET .../federated-authenticators/{fa-id}`` is an open item of the notes; IS 7 decrypts IdP secrets
for its Console, which shows the value behind an eye toggle, so we return the stored value unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

from mock_is.api import authenticator_meta as meta
from mock_is.api.errors import IsApiError
from mock_is.api.lookup import stored_idp
from mock_is.api.models import (
    FederatedAuthenticator,
    FederatedAuthenticatorPUTRequest,
    FederatedAuthenticatorRequest,
    IdentityProviderPOSTRequest,
    JustInTimeProvisioning,
    bind,
)
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "apps_using",
    "authenticator_list",
    "authenticators_record",
    "connected_apps",
    "get_federated_authenticator",
    "get_federated_authenticators",
    "get_jit",
    "get_provisioning",
    "initial_jit",
    "put_federated_authenticator",
    "put_federated_authenticators",
    "put_jit",
]

JSON = dict[str, Any]


def _idp(store: Store, idp_id: str) -> JSON:
    return stored_idp(store, idp_id)


def _base(settings: IsSettings) -> str:
    return f"/t/{settings.tenant}/api/server/v1/identity-providers"


# ---- federated authenticators -------------------------------------------------------------------


def _installed_or(authenticator_id: str, status: int) -> meta.AuthenticatorMeta:
    found = meta.installed(authenticator_id)
    if found is None:
        raise IsApiError(
            status,
            "IDP-60022",
            "Resource not found.",
            f"Unable to find federated authenticator with identifier {authenticator_id}.",
        )
    return found


def _authenticator(
    settings: IsSettings, fa: FederatedAuthenticator | FederatedAuthenticatorPUTRequest, fa_id: str
) -> JSON:
    found = _installed_or(fa_id, 400)
    keys = [p.key for p in fa.properties]
    if len(keys) != len(set(keys)):
        # IS's words (server audit row 9, identity-api-server v1.3.83 ServerIdpManagementService).
        raise IsApiError(
            400,
            "IDP-60025",
            "Invalid input.",
            "One of the given inputs is invalid. Duplicate properties are found in the request.",
        )
    props = [{"key": p.key, "value": p.value or ""} for p in fa.properties]
    if settings.deviates("api-secret-not-saved"):
        props = [p for p in props if p["key"] not in found.confidential_keys]
    return {
        "authenticatorId": fa_id,
        "name": found.name,
        "isEnabled": fa.isEnabled,
        "isDefault": fa.isDefault,
        "definedBy": "SYSTEM",
        "tags": list(found.tags),
        "properties": props,
    }


def authenticators_record(settings: IsSettings, req: FederatedAuthenticatorRequest | None) -> JSON:
    """Stored ``federatedAuthenticators`` (with properties); 400 ``IDP-60027`` on a bad default.

    As identity-api-server's ``updateFederatedAuthenticatorConfig`` (``ServerIdpManagementService``, checked
    at c2446d9c): only a *non-blank* ``defaultAuthenticatorId`` must name one of the authenticators
    (``isNotBlank(defaultAuthenticator) && defaultAuthConfig == null``). A blank one leaves the connection
    without a default, which is what the Console's Custom Connector template posts
    (``{authenticators: [], defaultAuthenticatorId: ""}``, carbon-identity-framework
    ``expert-mode/template.json``).
    """
    if req is None:
        return {"authenticators": []}
    default = req.defaultAuthenticatorId
    ids = [a.authenticatorId for a in req.authenticators]
    if default.strip() and default not in ids:
        raise IsApiError(
            400,
            "IDP-60027",
            "Invalid input.",
            f"The default authenticator {req.defaultAuthenticatorId} is not in the authenticator list.",
        )
    records = [_authenticator(settings, a, a.authenticatorId) for a in req.authenticators]
    for record in records:
        record["isDefault"] = record["authenticatorId"] == default
    stored: JSON = {"authenticators": records}
    return {"defaultAuthenticatorId": default, **stored} if default.strip() else stored


def authenticator_list(settings: IsSettings, idp: JSON) -> JSON:
    """``FederatedAuthenticatorListResponse``: items without properties, each with its ``self``."""
    stored = idp["federatedAuthenticators"]
    items = [
        {k: a[k] for k in ("authenticatorId", "name", "isEnabled", "definedBy", "tags")}
        | {"self": f"{_base(settings)}/{idp['id']}/federated-authenticators/{a['authenticatorId']}"}
        for a in stored["authenticators"]
    ]
    out: JSON = {"authenticators": items}
    if stored.get("defaultAuthenticatorId"):
        out = {"defaultAuthenticatorId": stored["defaultAuthenticatorId"], **out}
    return out


def get_federated_authenticators(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/federated-authenticators``."""
    with store.lock:
        return authenticator_list(settings, _idp(store, idp_id))


def put_federated_authenticators(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """``PUT /{id}/federated-authenticators``: replace the whole set."""
    req = bind(FederatedAuthenticatorRequest, body, "IDP-60025")
    with store.lock:
        idp = _idp(store, idp_id)
        idp["federatedAuthenticators"] = authenticators_record(settings, req)
        return authenticator_list(settings, idp)


def get_federated_authenticator(store: Store, settings: IsSettings, idp_id: str, fa_id: str) -> JSON:
    """``GET /{id}/federated-authenticators/{fa-id}``: the ``FederatedAuthenticator`` with properties."""
    with store.lock:
        idp = _idp(store, idp_id)
        for record in idp["federatedAuthenticators"]["authenticators"]:
            if record["authenticatorId"] == fa_id:
                return copy.deepcopy(record)
    _installed_or(fa_id, 404)
    raise IsApiError(
        404,
        "IDP-60022",
        "Resource not found.",
        f"Unable to find federated authenticator with identifier {fa_id} in {idp_id}.",
    )


def put_federated_authenticator(
    store: Store, settings: IsSettings, idp_id: str, fa_id: str, body: Any
) -> JSON:
    """``PUT /{id}/federated-authenticators/{fa-id}``: replace or add one (is-rest-api.md §1.5)."""
    req = bind(FederatedAuthenticatorPUTRequest, body, "IDP-60025")
    _installed_or(fa_id, 404)
    record = _authenticator(settings, req, fa_id)
    with store.lock:
        current = _idp(store, idp_id)["federatedAuthenticators"]
        others = [a for a in current["authenticators"] if a["authenticatorId"] != fa_id]
        current["authenticators"] = [*others, record]
        if req.isDefault:
            current["defaultAuthenticatorId"] = fa_id
        elif current.get("defaultAuthenticatorId") == fa_id:
            current.pop("defaultAuthenticatorId")
        for other in others:
            other["isDefault"] = other["authenticatorId"] == current.get("defaultAuthenticatorId")
        return copy.deepcopy(record)


# ---- JIT -----------------------------------------------------------------------------------------


def initial_jit(settings: IsSettings, req: IdentityProviderPOSTRequest) -> JSON:
    """JIT of a new connection: as sent, else off (is-rest-api.md §5.1) unless ``jit-default-on``."""
    if req.provisioning and req.provisioning.jit:
        return req.provisioning.jit.model_dump()
    return JustInTimeProvisioning(isEnabled=settings.deviates("jit-default-on")).model_dump()


def get_provisioning(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/provisioning``: JIT plus (no) outbound connectors."""
    with store.lock:
        return {
            "jit": copy.deepcopy(_idp(store, idp_id)["provisioning"]["jit"]),
            "outboundConnectors": {"connectors": []},
        }


def get_jit(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/provisioning/jit``."""
    with store.lock:
        return copy.deepcopy(_idp(store, idp_id)["provisioning"]["jit"])


def put_jit(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """``PUT /{id}/provisioning/jit`` with a ``JustInTimeProvisioning``; defaults filled as IS does."""
    jit = bind(JustInTimeProvisioning, body, "IDP-60025").model_dump()
    with store.lock:
        _idp(store, idp_id)["provisioning"]["jit"] = jit
        return copy.deepcopy(jit)


# ---- connected apps ------------------------------------------------------------------------------


def apps_using(store: Store, idp_name: str) -> list[str]:
    """Ids of applications whose login flow has an option on the connection ``idp_name``."""
    with store.lock:
        return [
            app_id
            for app_id, app in store.applications.items()
            if any(
                o.get("idp") == idp_name
                for s in app["authenticationSequence"].get("steps", [])
                for o in s.get("options", [])
            )
        ]


def connected_apps(
    store: Store, settings: IsSettings, idp_id: str, limit: int | None = None, offset: int = 0
) -> JSON:
    """``GET /{id}/connected-apps``: the ``ConnectedApps`` list."""
    with store.lock:
        ids = apps_using(store, str(_idp(store, idp_id)["name"]))
    page = ids[offset:] if limit is None else ids[offset : offset + limit]
    apps = [{"appId": a, "self": f"/t/{settings.tenant}/api/server/v1/applications/{a}"} for a in page]
    return {
        "totalResults": len(ids),
        "startIndex": offset + 1,
        "count": len(page),
        "connectedApps": apps,
        "links": [],
    }
