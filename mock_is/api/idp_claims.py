"""A connection's claim configuration: subject attribute, external→local mappings, provisioning claims.

is-rest-api.md §1.2: validation runs only on ``PUT /{id}/claims`` (``addIDP`` does not validate);
with mappings, ``userIdClaim``/``roleClaim`` must be IdP-side claims (``IDP-60030``/``60031``) and every
``localClaim`` a known local claim (``IDP-60032``); without mappings both must be local claims
(``IDP-60033``/``60034``).
"""

from __future__ import annotations

from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.api.lookup import idp_part, replace_idp_part
from mock_is.api.models import Claims, bind
from mock_is.claims.dialects import claim_ref, local_claim
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["claims_record", "claims_response", "get_claims", "put_claims"]

JSON = dict[str, Any]


def claims_record(claims: Claims | None) -> JSON:
    """The stored ``Claims``: claim refs carry ``id`` and, for local claims, ``displayName``."""
    if claims is None:
        return {
            "userIdClaim": {"uri": ""},
            "roleClaim": {"uri": ""},
            "mappings": [],
            "provisioningClaims": [],
        }
    return {
        "userIdClaim": claim_ref(claims.userIdClaim.uri if claims.userIdClaim else ""),
        "roleClaim": claim_ref(claims.roleClaim.uri if claims.roleClaim else ""),
        "mappings": [
            {"idpClaim": m.idpClaim, "localClaim": claim_ref(m.localClaim.uri)} for m in claims.mappings
        ],
        "provisioningClaims": [
            {"claim": claim_ref(p.claim.uri), "defaultValue": p.defaultValue or ""}
            for p in claims.provisioningClaims
        ],
    }


def get_claims(store: Store, settings: IsSettings, idp_id: str) -> JSON:
    """``GET /{id}/claims``: a provisioning claim is listed only with a non-blank default value.

    Server audit row 8 (identity-api-server v1.3.83 ServerIdpManagementService builds the response's
    ``provisioningClaims`` from the claim config's default values, skipping blank ones).
    """
    return claims_response(idp_part(store, idp_id, "claims"))


def claims_response(claims: JSON) -> JSON:
    """The ``Claims`` IS answers with (GET and PUT): blank-default provisioning claims left out."""
    listed = [p for p in claims.get("provisioningClaims", []) if str(p.get("defaultValue") or "").strip()]
    return {**claims, "provisioningClaims": listed}


def put_claims(store: Store, settings: IsSettings, idp_id: str, body: Any) -> JSON:
    """``PUT /{id}/claims`` with IS's validations (``IDP-60030``..``IDP-60034``, is-rest-api.md §1.2)."""
    claims = bind(Claims, body, "IDP-60025")
    _validate_claims(claims)
    return claims_response(replace_idp_part(store, idp_id, "claims", claims_record(claims)))


def _validate_claims(claims: Claims) -> None:
    user_id = claims.userIdClaim.uri if claims.userIdClaim else ""
    role = claims.roleClaim.uri if claims.roleClaim else ""
    if claims.mappings:
        idp_side = {m.idpClaim for m in claims.mappings}
        _require(not user_id or user_id in idp_side, "IDP-60030", f"Invalid user ID claim URI: {user_id}.")
        _require(not role or role in idp_side, "IDP-60031", f"Invalid role claim URI: {role}.")
        for m in claims.mappings:
            _require(
                local_claim(m.localClaim.uri) is not None,
                "IDP-60032",
                f"Invalid local claim URI: {m.localClaim.uri}.",
            )
    else:
        _require(
            not user_id or local_claim(user_id) is not None,
            "IDP-60033",
            f"Invalid user ID claim URI: {user_id}.",
        )
        _require(not role or local_claim(role) is not None, "IDP-60034", f"Invalid role claim URI: {role}.")


def _require(ok: bool, code: str, description: str) -> None:
    if not ok:
        raise IsApiError(400, code, "Invalid input.", description)
