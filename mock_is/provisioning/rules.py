"""The JIT provisioning rules of IS 7, one plain function each (is-rest-api.md §5, x-authenticator.md §7).

Kept free of the store so each rule has its own unit test: which config applies, whether JIT runs,
which username a new account gets, which claims are stored, and how attributes are synced.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from mock_is.claims.mapping import LOCAL_CLAIM_PREFIX, idp_mappings, user_id_claim
from mock_is.settings import IsSettings

__all__ = [
    "EMAIL_CLAIM",
    "LookupRule",
    "USER_SOURCE_ID_CLAIM",
    "JitConfig",
    "SyncMethod",
    "federated_user_id",
    "jit_active",
    "jit_config",
    "jit_username",
    "provisionable_claims",
    "random_password",
    "synced_claims",
]

JSON = dict[str, Any]
SyncMethod = Literal["OVERRIDE_ALL", "PRESERVE_LOCAL", "NONE"]
EMAIL_CLAIM = "http://wso2.org/claims/emailaddress"
USER_SOURCE_ID_CLAIM = "http://wso2.org/claims/identity/userSourceId"
# Claims OVERRIDE_ALL never deletes: identity claims (``/identity/``) and the account's own keys
# (username, user id, timestamps), which are not user-provided attributes (is-rest-api.md §5.2).
_UNDELETABLE = {f"{LOCAL_CLAIM_PREFIX}/{n}" for n in ("username", "userid", "created", "modified")}


@dataclass(frozen=True)
class LookupRule:
    """One IS 7.2 account-lookup rule: a federated attribute's value equals a local attribute's."""

    federated_attribute: str
    local_attribute: str


@dataclass(frozen=True)
class JitConfig:
    """The connection's ``provisioning.jit`` with IS's defaults (is-rest-api.md §5.1; identity-api-server
    v1.3.213 ``JustInTimeProvisioning``: ``skipJITForLookupFailure`` false, no lookup rules)."""

    enabled: bool = False
    scheme: str = "PROVISION_SILENTLY"
    userstore: str = "PRIMARY"
    associate_local_user: bool = False
    sync: SyncMethod = "OVERRIDE_ALL"
    lookup: tuple[LookupRule, ...] = ()
    skip_jit_for_lookup_failure: bool = False

    @property
    def prompts(self) -> bool:
        """``isPromptConsentEnabled``: every PROMPT_* scheme sends the person to the account-creation UI."""
        return self.scheme.startswith("PROMPT_")

    @property
    def asks_username(self) -> bool:
        """``isModifyUserNameAllowed``: only PROMPT_USERNAME_PASSWORD_CONSENT lets the person pick one."""
        return self.scheme == "PROMPT_USERNAME_PASSWORD_CONSENT"

    @property
    def asks_password(self) -> bool:
        """``isPasswordProvisioningEnabled``: the two schemes that name a password."""
        return self.scheme in ("PROMPT_USERNAME_PASSWORD_CONSENT", "PROMPT_PASSWORD_CONSENT")


def jit_config(idp: JSON) -> JitConfig:
    """Read ``provisioning.jit`` of a connection, defaulting every absent field as IS does."""
    jit = (idp.get("provisioning") or {}).get("jit") or {}
    sync: SyncMethod = "OVERRIDE_ALL"
    if jit.get("attributeSyncMethod") in ("PRESERVE_LOCAL", "NONE"):
        sync = jit["attributeSyncMethod"]
    rules = tuple(
        LookupRule(str(m.get("federatedAttribute") or ""), str(m.get("localAttribute") or ""))
        for m in jit.get("accountLookupAttributeMappings") or []
        if isinstance(m, dict) and m.get("federatedAttribute") and m.get("localAttribute")
    )
    return JitConfig(
        enabled=bool(jit.get("isEnabled", False)),
        scheme=jit.get("scheme") or "PROVISION_SILENTLY",
        userstore=jit.get("userstore") or "PRIMARY",
        associate_local_user=bool(jit.get("associateLocalUser", False)),
        sync=sync,
        lookup=rules,
        skip_jit_for_lookup_failure=bool(jit.get("skipJITForLookupFailure", False)),
    )


def jit_active(config: JitConfig, settings: IsSettings) -> bool:
    """Whether the JIT handler runs: only when enabled on the connection (§5.2), deviations aside."""
    if settings.deviates("jit-ignored"):
        return False
    return config.enabled or settings.deviates("jit-always-on")


def federated_user_id(idp_id: str, subject: str) -> str:
    """The internal federated user id IS keeps in ``IDN_AUTH_USER`` for (IdP, subject).

    IS stores a random UUID per pair; a name-based UUID is the same observable thing (stable per pair,
    unique across pairs) without a table.
    """
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"idn-auth-user:{idp_id}:{subject}"))


def jit_username(idp: JSON, local_claims: dict[str, str], subject: str, settings: IsSettings) -> str:
    """``getUsernameFederatedUser`` (§5.3): mapped subject claim, else enhanced-feature id, else subject."""
    remote = user_id_claim(idp, settings)
    mappings = idp_mappings(idp, settings)
    local_uri = dict(mappings).get(remote) if mappings else remote
    value = local_claims.get(local_uri) if local_uri else None
    if value:
        return value
    if settings.jit_enable_enhanced_feature:
        return federated_user_id(str(idp.get("id", "")), subject)
    return subject


def provisionable_claims(local_claims: dict[str, str]) -> dict[str, str]:
    """``prepareClaimMappings``: only local-dialect claims are stored, raw IdP keys never (§7 step 1)."""
    return {k: v for k, v in local_claims.items() if k.startswith(LOCAL_CLAIM_PREFIX) and v}


def synced_claims(existing: dict[str, str], incoming: dict[str, str], method: SyncMethod) -> dict[str, str]:
    """An existing account's claims after attribute sync (is-rest-api.md §5.2).

    With nothing mapped to sync, the account is left alone whatever the method: DefaultProvisioningHandler
    skips the sync when the federated login carries no mapped claims (server-audit-2026-12.md row 3), so
    OVERRIDE_ALL never wipes a local account's attributes for a connection without mappings.
    """
    if method == "NONE" or not incoming:
        return dict(existing)
    if method == "PRESERVE_LOCAL":
        return {**existing, **incoming}
    kept = {k: v for k, v in existing.items() if "/identity/" in k or k in _UNDELETABLE}
    return {**kept, **incoming}


def random_password() -> str:
    """The random credential a silently provisioned account gets (DefaultProvisioningHandler)."""
    return "".join(secrets.choice("0123456789") for _ in range(12))
