"""What each tab of the connection edit page shows, built from the same resource functions as the API."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from mock_is.api import authenticator_meta as meta
from mock_is.api.applications import get_application
from mock_is.api.idp_claims import get_claims
from mock_is.api.idp_parts import connected_apps, get_federated_authenticator, get_jit
from mock_is.claims.dialects import LOCAL_CLAIMS, claim_id
from mock_is.console.web import ConsoleContext, or_none

__all__ = [
    "AUTHENTICATOR_CARDS",
    "JIT_SCHEMES",
    "AuthenticatorField",
    "authenticator_fields",
    "pane_values",
    "userstore_names",
]

JSON = dict[str, Any]

# The Console's own names and blurbs for authenticators (components/meta/authenticators.ts,
# is-console-ui.md c4); the server's meta only carries the friendly name ("twitter").
AUTHENTICATOR_CARDS: dict[str, tuple[str, str]] = {
    "TwitterAuthenticator": ("Twitter", "Login users with existing Twitter accounts."),
}

# SupportedJITProvisioningSchemes, in the form's order (is-console-ui.md §5).
JIT_SCHEMES: tuple[tuple[str, str], ...] = (
    ("PROMPT_USERNAME_PASSWORD_CONSENT", "Prompt for username, password and consent"),
    ("PROMPT_PASSWORD_CONSENT", "Prompt for password and consent"),
    ("PROMPT_CONSENT", "Prompt for consent"),
    ("PROVISION_SILENTLY", "Provision silently"),
)


@dataclass(frozen=True)
class AuthenticatorField:
    """One field of the authenticator form, built from the meta property (form-fields-helper.tsx)."""

    key: str
    label: str
    hint: str
    mandatory: bool
    confidential: bool
    value: str
    read_only: bool


def authenticator_fields(
    found: meta.AuthenticatorMeta, stored: JSON | None, edit: bool
) -> list[AuthenticatorField]:
    """Fields in display order; a secret is never rendered back, the callback URL is read-only in edit."""
    values = {p["key"]: str(p.get("value") or "") for p in (stored or {}).get("properties", [])}
    props = sorted(found.properties, key=lambda p: p.display_order)
    return [
        AuthenticatorField(
            p.key,
            p.display_name,
            p.description,
            p.mandatory,
            p.confidential,
            "" if p.confidential else values.get(p.key, ""),
            edit and p.key == "callbackUrl",
        )
        for p in props
    ]


def userstore_names(ctx: ConsoleContext) -> list[str]:
    """PRIMARY plus every secondary userstore the deployment's users live in.

    [GAP] the simulator has no userstore API (GET /api/server/v1/userstores); a default pack has only
    PRIMARY, and secondary stores appear here once users exist in them.
    """
    with ctx.store.lock:
        others = {u.userstore.upper() for u in ctx.store.users.values()} - {"PRIMARY"}
    return ["PRIMARY", *sorted(others)]


def pane_values(ctx: ConsoleContext, idp: JSON, tab: str, wizard: str, authenticator: str) -> JSON:
    """Template values of the active tab."""
    builders = {
        "settings": lambda: _settings(ctx, idp, wizard, authenticator),
        "jit-provisioning": lambda: _jit(ctx, idp),
        "attributes": lambda: _attributes(ctx, idp),
        "connected-apps": lambda: _connected(ctx, idp),
    }
    build = builders.get(tab)
    return build() if build else {}


def _settings(ctx: ConsoleContext, idp: JSON, wizard: str, authenticator: str) -> JSON:
    present = [a["authenticatorId"] for a in idp["federatedAuthenticators"].get("authenticators", [])]
    configured = []
    for fa_id in present:
        found = meta.installed(fa_id)
        if found is not None:
            stored = get_federated_authenticator(ctx.store, ctx.settings, idp["id"], fa_id)
            configured.append(
                {"meta": found, "stored": stored, "fields": authenticator_fields(found, stored, True)}
            )
    addable = [m for m in meta.all_installed() if m.id not in present]
    chosen = meta.installed(authenticator) if wizard == "configure" else None
    fields = authenticator_fields(chosen, None, False) if chosen else []
    return {
        "configured": configured,
        "addable": addable,
        "cards": AUTHENTICATOR_CARDS,
        "wizard": wizard if wizard in ("select", "configure") else "",
        "chosen": chosen,
        "wizard_fields": fields,
        "wizard_values": {},
        "wizard_errors": {},
    }


def _jit(ctx: ConsoleContext, idp: JSON) -> JSON:
    jit = get_jit(ctx.store, ctx.settings, idp["id"])
    return {"jit": jit, "userstores": userstore_names(ctx), "schemes": JIT_SCHEMES}


def _attributes(ctx: ConsoleContext, idp: JSON) -> JSON:
    claims = get_claims(ctx.store, ctx.settings, idp["id"])
    local = [
        {"id": claim_id(c.uri), "uri": c.uri, "displayName": c.display_name}
        for c in sorted(LOCAL_CLAIMS.values(), key=lambda c: c.display_name)
        if not c.read_only or c.name == "username"
    ]
    state = {
        "mappings": [
            {"idpClaim": m["idpClaim"], "localUri": m["localClaim"]["uri"]}
            for m in claims.get("mappings", [])
        ],
        "subject": (claims.get("userIdClaim") or {}).get("uri", ""),
        "role": (claims.get("roleClaim") or {}).get("uri", ""),
        "provisioning": [
            {"claim": p["claim"]["uri"], "defaultValue": p.get("defaultValue", "")}
            for p in claims.get("provisioningClaims", [])
        ],
        "localClaims": local,
    }
    return {"claims": claims, "attr_state": state}


def _connected(ctx: ConsoleContext, idp: JSON) -> JSON:
    ids = [a["appId"] for a in connected_apps(ctx.store, ctx.settings, idp["id"])["connectedApps"]]
    apps = [or_none(partial(get_application, ctx.store, ctx.settings, i)) for i in ids]
    return {"apps": [{"id": a["id"], "name": a["name"]} for a in apps if a is not None]}
