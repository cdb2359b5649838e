"""Claim mapping at a federated step: the IdP's claims into the local dialect, and the federated subject.

Follows is-rest-api.md §6 steps 1–3 and §1.2: with ``claims.mappings`` each ``idpClaim`` is mapped to
``localClaim.uri``; with none (the local dialect) incoming keys are taken as local claim URIs as they
are; ``provisioningClaims[].claim.uri`` names a mapping's ``idpClaim`` (or, without mappings, a local
claim) and supplies its ``defaultValue``; the subject comes from ``userIdClaim`` (x-authenticator.md §3).
"""

from __future__ import annotations

from typing import Any

from mock_is.settings import IsSettings

__all__ = [
    "LOCAL_CLAIM_PREFIX",
    "federated_subject",
    "idp_mappings",
    "provisioning_defaults",
    "to_local_claims",
    "user_id_claim",
]

JSON = dict[str, Any]
# DefaultProvisioningHandler.prepareClaimMappings keeps only URIs containing this (x-authenticator.md §7).
LOCAL_CLAIM_PREFIX = "http://wso2.org/claims"
# TwitterAuthenticatorConstants.DEFAULT_USER_IDENTIFIER / CLAIM_ID.
_TWITTER_DEFAULT_SUBJECT_CLAIM = "id"


def idp_mappings(idp: JSON, settings: IsSettings) -> list[tuple[str, str]]:
    """``(idpClaim, local claim URI)`` pairs; none while ``attribute-mapping-ignored`` is on."""
    if settings.deviates("attribute-mapping-ignored"):
        return []
    mappings = (idp.get("claims") or {}).get("mappings") or []
    return [(m["idpClaim"], m["localClaim"]["uri"]) for m in mappings if m.get("idpClaim")]


def to_local_claims(idp: JSON, raw: dict[str, str], settings: IsSettings) -> dict[str, str]:
    """The IdP's claims in the local dialect, before provisioning defaults."""
    mappings = idp_mappings(idp, settings)
    if not mappings:
        return dict(raw)
    return {local: raw[remote] for remote, local in mappings if remote in raw}


def provisioning_defaults(idp: JSON, local: dict[str, str], settings: IsSettings) -> dict[str, str]:
    """``local`` with each provisioning claim's ``defaultValue`` filled in where the IdP sent nothing."""
    if settings.deviates("provisioning-attributes-ignored"):
        return dict(local)
    by_remote = dict(idp_mappings(idp, settings))
    result = dict(local)
    for entry in (idp.get("claims") or {}).get("provisioningClaims") or []:
        uri, default = entry.get("claim", {}).get("uri"), entry.get("defaultValue")
        target = by_remote.get(uri, uri) if by_remote else uri
        if target and default and not result.get(target):
            result[target] = default
    return result


def user_id_claim(idp: JSON, settings: IsSettings) -> str:
    """The IdP-side claim the subject is read from: ``userIdClaim``, or ``id`` when blank (§3 step 3)."""
    if settings.deviates("subject-attribute-ignored"):
        return _TWITTER_DEFAULT_SUBJECT_CLAIM
    uri = ((idp.get("claims") or {}).get("userIdClaim") or {}).get("uri")
    return uri or _TWITTER_DEFAULT_SUBJECT_CLAIM


def federated_subject(idp: JSON, raw: dict[str, str], settings: IsSettings) -> str | None:
    """``getFederatedSubjectFromClaims`` then the connector's fallback to the JSON ``id`` (§3 step 3)."""
    subject = raw.get(user_id_claim(idp, settings))
    if subject:
        return subject
    fallback = raw.get(_TWITTER_DEFAULT_SUBJECT_CLAIM)
    return fallback or None
