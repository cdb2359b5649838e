"""JIT provisioning of a federated user, as ``JITProvisioningPostAuthenticationHandler`` and
``DefaultProvisioningHandler`` do it (is-rest-api.md §5.2, x-authenticator.md §7).

The whole decision (look up, create or associate, sync) runs under the store's lock, so concurrent
first logins never create the same account twice or lose one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
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

__all__ = ["ProvisioningError", "ProvisioningResult", "provision"]

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


def provision(
    store: Store, settings: IsSettings, idp: JSON, subject: str, local_claims: dict[str, str]
) -> ProvisioningResult | None:
    """Provision or update the local account of this federated login; ``None`` when JIT does not run."""
    config = jit_config(idp)
    if not jit_active(config, settings):
        return None
    login = _Login(idp, subject, provisionable_claims(local_claims), config)
    with store.lock:
        return _provision_locked(store, settings, login)


def _provision_locked(store: Store, settings: IsSettings, login: _Login) -> ProvisioningResult:
    linked = store.association_for(login.idp["name"], login.subject)
    user = store.users.get(linked.user_id) if linked else None
    if user is not None:
        _sync(user, login, login.config.sync)
        return ProvisioningResult(user, created=False, associated_now=False)
    by_email = _email_match(store, login)
    if by_email is not None:
        _associate(store, by_email, login)
        email_sync: SyncMethod = (
            "NONE" if settings.deviates("no-override-on-email-match") else login.config.sync
        )
        _sync(by_email, login, email_sync)
        return ProvisioningResult(by_email, created=False, associated_now=True)
    return _by_username(store, settings, login)


def _email_match(store: Store, login: _Login) -> LocalUser | None:
    # associateLocalUser: a local user whose *username* equals the mapped email (§5.2), not an
    # attribute search; only in the JIT userstore.
    email = login.claims.get(EMAIL_CLAIM)
    if not login.config.associate_local_user or not email:
        return None
    return store.user_by_username(email, login.config.userstore)


def _by_username(store: Store, settings: IsSettings, login: _Login) -> ProvisioningResult:
    username = jit_username(login.idp, login.claims, login.subject, settings)
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
    claims = dict(login.claims)
    claims["http://wso2.org/claims/username"] = username
    if settings.jit_enable_enhanced_feature:
        claims[USER_SOURCE_ID_CLAIM] = str(login.idp.get("id", ""))
    user = LocalUser(username=username, userstore=login.config.userstore, password=random_password())
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
