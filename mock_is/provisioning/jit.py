"""JIT provisioning of a federated user, as ``JITProvisioningPostAuthenticationHandler`` and
``DefaultProvisioningHandler`` do it (is-rest-api.md §5.2, x-authenticator.md §7).

The whole decision (look up, create or associate, sync) runs under the store's lock, so concurrent
first logins never create the same account twice or lose one.

Decided, not modelled (server-audit-2026-12.md row 7): linking to an existing account makes IS drop the
account's role assignments that did not come from the IdP (``handleV2Roles``, unless
``SEND_MANUALLY_ADDED_LOCAL_ROLES_OF_IDP``). The simulator keeps no role assignments on users and the doc's
steps name no roles, so there is nothing to strip and no verdict depends on it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mock_is.provisioning.rules import (
    EMAIL_CLAIM,
    USER_SOURCE_ID_CLAIM,
    JitConfig,
    SyncMethod,
    jit_active,
    jit_config,
    jit_username,
    provisionable_claims,
    random_password,
    synced_claims,
)
from mock_is.settings import IsSettings
from mock_is.store import FederatedAssociation, LocalUser, Store

__all__ = ["ProvisioningError", "ProvisioningResult", "is_associated", "provision"]

JSON = dict[str, Any]
_log = logging.getLogger(__name__)


class ProvisioningError(Exception):
    """JIT could not provision: the login fails (a ``PostAuthenticationFailedException`` in IS)."""


@dataclass(frozen=True)
class ProvisioningResult:
    """The local account a federated login is now tied to, and how it got there."""

    user: LocalUser
    created: bool
    associated_now: bool


@dataclass(frozen=True)
class _Login:
    idp: JSON
    subject: str
    claims: dict[str, str]
    config: JitConfig
    remote: dict[str, str] = field(default_factory=dict)
    # What the person typed on the account-creation pages (PROMPT_* schemes), if anything.
    chosen_username: str | None = None
    password: str | None = None


def provision(
    store: Store,
    settings: IsSettings,
    idp: JSON,
    subject: str,
    local_claims: dict[str, str],
    remote_claims: dict[str, str] | None = None,
    *,
    chosen_username: str | None = None,
    password: str | None = None,
) -> ProvisioningResult | None:
    """Provision or update the local account of this federated login; ``None`` when JIT does not run."""
    config = jit_config(idp)
    if not jit_active(config, settings):
        return None
    login = _Login(
        idp, subject, provisionable_claims(local_claims), config, dict(remote_claims or {}),
        chosen_username, password,
    )  # fmt: skip
    with store.lock:
        return _provision_locked(store, settings, login)


def is_associated(store: Store, idp: JSON, subject: str) -> bool:
    """Whether a local account is already linked to this federated identity."""
    with store.lock:
        return store.association_for(idp["name"], subject) is not None


def _provision_locked(store: Store, settings: IsSettings, login: _Login) -> ProvisioningResult | None:
    linked = store.association_for(login.idp["name"], login.subject)
    user = store.users.get(linked.user_id) if linked else None
    if user is not None:
        _sync(user, login, login.config.sync)
        return ProvisioningResult(user, created=False, associated_now=False)
    if _looks_up_accounts(settings, login):
        return _by_lookup(store, settings, login)
    by_email = _email_match(store, login)
    if by_email is not None:
        _associate(store, by_email, login)
        email_sync: SyncMethod = (
            "NONE" if settings.deviates("no-override-on-email-match") else login.config.sync
        )
        _sync(by_email, login, email_sync)
        return ProvisioningResult(by_email, created=False, associated_now=True)
    return _by_username(store, settings, login)


def _looks_up_accounts(settings: IsSettings, login: _Login) -> bool:
    # IS 7.2's attribute-based account lookup (identity-api-server v1.3.213 JustInTimeProvisioning
    # accountLookupAttributeMappings; the Console's 2025 JIT form: "Link account if <federated attribute>
    # equals <local attribute>", only with associateLocalUser). [GAP] framework 7.8.586's handler was not
    # read: the rules replace the email-username match, and are tried in order.
    return settings.release == "7.2" and login.config.associate_local_user and bool(login.config.lookup)


def _by_lookup(store: Store, settings: IsSettings, login: _Login) -> ProvisioningResult | None:
    for rule in login.config.lookup:
        value = login.remote.get(rule.federated_attribute) or login.claims.get(rule.federated_attribute)
        found = _users_with(store, login.config.userstore, rule.local_attribute, value) if value else []
        if len(found) == 1:
            _associate(store, found[0], login)
            _sync(found[0], login, login.config.sync)
            return ProvisioningResult(found[0], created=False, associated_now=True)
    if login.config.skip_jit_for_lookup_failure:
        # "Skip user provisioning when no local account is found": the person signs in unprovisioned.
        return None
    return _by_username(store, settings, login)


def _users_with(store: Store, userstore: str, claim: str, value: str) -> list[LocalUser]:
    return [
        u for u in store.users.values()
        if u.userstore.upper() == userstore.upper() and u.claims.get(claim) == value
    ]  # fmt: skip


def _email_match(store: Store, login: _Login) -> LocalUser | None:
    # associateLocalUser: a local user whose *username* equals the mapped email (§5.2), not an
    # attribute search; only in the JIT userstore.
    email = login.claims.get(EMAIL_CLAIM)
    if not login.config.associate_local_user or not email:
        return None
    return store.user_by_username(email, login.config.userstore)


def _by_username(store: Store, settings: IsSettings, login: _Login) -> ProvisioningResult:
    username = login.chosen_username or jit_username(login.idp, login.claims, login.subject, settings)
    existing = store.user_by_username(username, login.config.userstore)
    if existing is None:
        return ProvisioningResult(_create(store, settings, login, username), True, True)
    if not settings.jit_associating_to_existing_user:
        # [GAP] IS's exact USER_ALREADY_EXISTS_ERROR text was not read; the user sees the retry page.
        _log.error("JIT provisioning failed: user %s already exists in %s", username, login.config.userstore)
        raise ProvisioningError(f"User with the given username already exists: {username}")
    _associate(store, existing, login)
    _sync(existing, login, login.config.sync)
    return ProvisioningResult(existing, created=False, associated_now=True)


def _create(store: Store, settings: IsSettings, login: _Login, username: str) -> LocalUser:
    if "@" in username and not settings.email_usernames:
        # The user store refuses it as SCIM does (mock_is/api/scim_users.py email_username_refused): the
        # login fails as IS's does when DefaultProvisioningHandler cannot add the user.
        _log.error("JIT provisioning failed: %s is an email address and email usernames are off", username)
        raise ProvisioningError(f"Email addresses are not allowed as usernames: {username}")
    claims = dict(login.claims)
    claims["http://wso2.org/claims/username"] = username
    if settings.jit_enable_enhanced_feature:
        claims[USER_SOURCE_ID_CLAIM] = str(login.idp.get("id", ""))
    user = LocalUser(
        username=username, userstore=login.config.userstore, password=login.password or random_password()
    )
    user.claims = claims
    store.add_user(user)
    _associate(store, user, login)
    return user


def _associate(store: Store, user: LocalUser, login: _Login) -> None:
    if store.association_for(login.idp["name"], login.subject) is None:
        link = FederatedAssociation(user.id, str(login.idp.get("id", "")), login.idp["name"], login.subject)
        store.associations.append(link)


def _sync(user: LocalUser, login: _Login, method: SyncMethod) -> None:
    incoming = {k: v for k, v in login.claims.items() if not k.endswith(("/username", "/userid"))}
    updated = synced_claims(user.claims, incoming, method)
    if updated != user.claims:
        user.claims = updated
        user.last_modified = datetime.now(UTC)
