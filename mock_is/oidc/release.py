"""What the application receives: ``sub`` and the OIDC claims, as IS derives them (is-rest-api.md §6).

Local claims come from the local account (local login) or from the federated step's mapped claims;
they are kept if the app requests them (``claimConfiguration.requestedClaims``), renamed to the OIDC
dialect (``claims/dialects.py``) and kept if a requested scope releases that name.
"""

from __future__ import annotations

from typing import Any

from mock_is.authn.context import AuthenticatedUser
from mock_is.claims.dialects import oidc_names
from mock_is.oidc.scopes import claims_for_scopes
from mock_is.store import LocalUser, Store

__all__ = ["SubjectUnavailable", "local_claims_of", "released_claims", "subject_of"]

JSON = dict[str, Any]
_USERNAME = "http://wso2.org/claims/username"


class SubjectUnavailable(Exception):
    """``mappedLocalSubjectMandatory`` is on and the federated user has no local account."""


def _claim_config(app: JSON) -> JSON:
    return app.get("claimConfiguration") or {}


def _local_user(store: Store, user: AuthenticatedUser) -> LocalUser | None:
    with store.lock:
        return store.users.get(user.local_user_id) if user.local_user_id else None


def local_claims_of(store: Store, user: AuthenticatedUser) -> dict[str, str]:
    """The user's local claims: the account's current ones for a local login, else the mapped ones."""
    account = _local_user(store, user)
    if account is not None and not user.federated:
        return {**account.claims, _USERNAME: account.username}
    return dict(user.claims)


def released_claims(
    store: Store, app: JSON, user: AuthenticatedUser, scopes: tuple[str, ...]
) -> dict[str, str]:
    """OIDC name → value for the claims this app may see under these scopes."""
    requested = {c["claim"]["uri"] for c in _claim_config(app).get("requestedClaims") or [] if c.get("claim")}
    allowed = claims_for_scopes(scopes)
    released: dict[str, str] = {}
    for uri, value in sorted(local_claims_of(store, user).items()):
        if uri not in requested:
            continue
        for name in oidc_names(uri):
            if name in allowed and name != "sub":
                released[name] = value
    return released


def _local_subject(app: JSON, account: LocalUser) -> str:
    subject = _claim_config(app).get("subject") or {}
    uri = (subject.get("claim") or {}).get("uri") or _USERNAME
    value = account.username if uri == _USERNAME else account.claims.get(uri, account.username)
    if subject.get("includeUserDomain"):
        value = f"{account.userstore.upper()}/{value}"
    if subject.get("includeTenantDomain"):
        value = f"{value}@carbon.super"
    return value


def subject_of(store: Store, app: JSON, user: AuthenticatedUser) -> str:
    """``sub``: the local subject claim for local users; the federated subject unless the app uses the
    mapped local subject (``useMappedLocalSubject``) and the user has a local account (§6 step 3)."""
    account = _local_user(store, user)
    subject = _claim_config(app).get("subject") or {}
    if not user.federated and account is not None:
        return _local_subject(app, account)
    if subject.get("useMappedLocalSubject") and account is not None:
        return _local_subject(app, account)
    if subject.get("mappedLocalSubjectMandatory"):
        raise SubjectUnavailable(user.subject)
    return user.subject
