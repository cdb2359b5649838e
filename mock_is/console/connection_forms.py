"""The connection edit page's form posts, each one call of the same resource function as the REST API.

Bodies follow what the real Console sends (is-console-ui.md §11): PATCH REPLACE ops for General,
PUT ``federated-authenticators/{id}`` for the authenticator wizard and form, PUT ``provisioning/jit``
and PUT ``claims``. A refused call is shown as the Console's error alert with IS's own description.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from mock_is.api import authenticator_meta as meta
from mock_is.api.idp_claims import put_claims
from mock_is.api.idp_parts import get_federated_authenticator, get_jit, put_federated_authenticator, put_jit
from mock_is.api.idps import delete_identity_provider, get_identity_provider, patch_identity_provider
from mock_is.claims.dialects import LOCAL_CLAIMS, claim_id
from mock_is.console import connection_view
from mock_is.console.connections import CONNECTION_TABS
from mock_is.console.web import ConsoleContext, call_api, console_context, flash, or_none, redirect, render

__all__ = ["router"]

router = APIRouter()
Ctx = Annotated[ConsoleContext, Depends(console_context)]
_URIS_BY_ID = {claim_id(uri): uri for uri in LOCAL_CLAIMS}


def _back(idp_id: str, tab: str) -> str:
    return f"/console/connections/{idp_id}?tab={tab}"


def _text(form: FormData, key: str) -> str:
    return str(form.get(key) or "").strip()


@router.post("/connections/{idp_id}/general")
async def update_general(request: Request, ctx: Ctx, idp_id: str) -> Response:
    """General tab "Update": one REPLACE per changed field (updateIdentityProviderDetails)."""
    form = await request.form()
    current = or_none(lambda: get_identity_provider(ctx.store, ctx.settings, idp_id))
    if current is None:
        return redirect("/console/connections")
    ops = [
        {"operation": "REPLACE", "path": f"/{key}", "value": _text(form, key)}
        for key in ("name", "description")
        if _text(form, key) != current.get(key, "")
    ]
    call_api(
        request,
        "Successfully updated the connection.",
        lambda: patch_identity_provider(ctx.store, ctx.settings, idp_id, ops),
    )
    return redirect(_back(idp_id, "general"))


@router.post("/connections/{idp_id}/delete")
async def delete_connection(request: Request, ctx: Ctx, idp_id: str) -> Response:
    """Danger zone "Delete": gone for good, back to the list."""
    ok = call_api(
        request,
        "Successfully deleted the connection.",
        lambda: delete_identity_provider(ctx.store, ctx.settings, idp_id),
    )
    return redirect("/console/connections" if ok else _back(idp_id, "general"))


@router.post("/connections/{idp_id}/authenticators", response_class=HTMLResponse)
async def add_authenticator(request: Request, ctx: Ctx, idp_id: str) -> Response:
    """The New Authenticator wizard's "Finish" (CREATE mode)."""
    form = await request.form()
    found = meta.installed(_text(form, "authenticatorId"))
    if found is None:
        flash(request, "error", "Select an authenticator to add.")
        return redirect(_back(idp_id, "settings") + "&wizard=select")
    values = {p.key: _text(form, p.key) for p in found.properties}
    errors = {
        p.key: f"{p.display_name} is required." for p in found.properties if p.mandatory and not values[p.key]
    }
    if errors:
        return _wizard_again(request, ctx, idp_id, found, values, errors)
    existing = get_identity_provider(ctx.store, ctx.settings, idp_id)["federatedAuthenticators"]
    body = {
        "isEnabled": True,
        "isDefault": not existing.get("authenticators"),
        "properties": [{"key": k, "value": v} for k, v in values.items()],
    }
    call_api(
        request,
        "Successfully updated the connection.",
        lambda: put_federated_authenticator(ctx.store, ctx.settings, idp_id, found.id, body),
    )
    return redirect(_back(idp_id, "settings"))


def _wizard_again(
    request: Request,
    ctx: ConsoleContext,
    idp_id: str,
    found: meta.AuthenticatorMeta,
    values: dict[str, str],
    errors: dict[str, str],
) -> HTMLResponse:
    idp = get_identity_provider(ctx.store, ctx.settings, idp_id)
    pane = connection_view.pane_values(ctx, idp, "settings", "configure", found.id)
    # The secret the admin typed is not echoed back into the page, even on a validation error.
    pane["wizard_values"] = {k: v for k, v in values.items() if k not in found.confidential_keys}
    pane["wizard_errors"] = errors
    return render(
        request,
        ctx,
        "connection_edit.html",
        section="connections",
        idp=idp,
        tab="settings",
        tabs=CONNECTION_TABS,
        **pane,
    )


@router.post("/connections/{idp_id}/authenticators/{fa_id}")
async def update_authenticator(request: Request, ctx: Ctx, idp_id: str, fa_id: str) -> Response:
    """EDIT-mode "Update": a blank secret keeps the stored one; the callback URL is read-only here."""
    form = await request.form()
    stored = or_none(lambda: get_federated_authenticator(ctx.store, ctx.settings, idp_id, fa_id))
    found = meta.installed(fa_id)
    if stored is None or found is None:
        return redirect(_back(idp_id, "settings"))
    kept = {p["key"]: p.get("value", "") for p in stored.get("properties", [])}
    props = [{"key": p.key, "value": _edited(form, p, kept)} for p in found.properties]
    body = {
        "isEnabled": stored.get("isEnabled", True),
        "isDefault": stored.get("isDefault", False),
        "properties": props,
    }
    call_api(
        request,
        "Successfully updated the connection.",
        lambda: put_federated_authenticator(ctx.store, ctx.settings, idp_id, fa_id, body),
    )
    return redirect(_back(idp_id, "settings"))


def _edited(form: FormData, prop: meta.MetaProperty, kept: dict[str, Any]) -> str:
    typed = _text(form, prop.key)
    if prop.key == "callbackUrl" or (prop.confidential and not typed):
        return str(kept.get(prop.key, ""))
    return typed


@router.post("/connections/{idp_id}/jit")
async def update_jit(request: Request, ctx: Ctx, idp_id: str) -> Response:
    """Just-in-Time Provisioning "Update" (updateJITProvisioningConfigs)."""
    form = await request.form()
    current = or_none(lambda: get_jit(ctx.store, ctx.settings, idp_id)) or {}
    body = {
        "isEnabled": form.get("enableJITProvisioning") is not None,
        "scheme": _text(form, "provisioningScheme") or "PROMPT_USERNAME_PASSWORD_CONSENT",
        "userstore": _text(form, "provisioningUserstoreDomain") or "PRIMARY",
        "associateLocalUser": form.get("associateLocalUser") is not None,
        "attributeSyncMethod": current.get("attributeSyncMethod", "OVERRIDE_ALL"),
    }
    call_api(
        request,
        "Successfully updated the JIT provisioning configurations.",
        lambda: put_jit(ctx.store, ctx.settings, idp_id, body),
    )
    return redirect(_back(idp_id, "jit-provisioning"))


@router.post("/connections/{idp_id}/claims")
async def update_claims(request: Request, ctx: Ctx, idp_id: str) -> Response:
    """Attributes tab "Update": mappings, subject, role and provisioning claims in one PUT."""
    form = await request.form()
    mappings = [
        {"idpClaim": external, "localClaim": {"uri": _URIS_BY_ID.get(str(local), str(local))}}
        for external, local in zip(form.getlist("mapping_idp"), form.getlist("mapping_local"), strict=False)
        if str(external).strip()
    ]
    provisioning = [
        {"claim": {"uri": claim}, "defaultValue": default}
        for claim, default in zip(form.getlist("prov_claim"), form.getlist("prov_default"), strict=False)
    ]
    body = {
        "userIdClaim": {"uri": _text(form, "subject")},
        "roleClaim": {"uri": _text(form, "role")},
        "mappings": mappings,
        "provisioningClaims": provisioning,
    }
    call_api(
        request,
        "Successfully updated the attribute configurations.",
        lambda: put_claims(ctx.store, ctx.settings, idp_id, body),
    )
    return redirect(_back(idp_id, "attributes"))
