"""``GET /api/server/v1/claim-dialects/local/claims``: the local dialect's claims, as the Console's Attributes
tab lists them (identity-apps ``admin.claims.v1/api/claims.ts`` ``getAllLocalClaims``, the endpoint
``admin.claims.v1/configs/endpoints.ts`` ``localClaims``; is-console-ui.md §11 e).

The Console reads ``id``, ``claimURI`` and ``displayName`` of each entry (``attribute-settings.tsx``). The
other fields follow IS's ``LocalClaimRes`` as we know it. [GAP] ``description``, ``displayOrder``,
``regEx`` and the userstore attribute names are the simulator's (the pack's ``claim-config.xml`` was not
read); nothing the Console renders depends on them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from mock_is.claims.dialects import LOCAL_CLAIMS, LOCAL_DIALECT, LocalClaim, claim_id

__all__ = ["local_claims", "router"]

router = APIRouter(prefix="/api/server/v1/claim-dialects")
JSON = dict[str, Any]


def _local_claim_res(claim: LocalClaim, order: int) -> JSON:
    return {
        "id": claim_id(claim.uri),
        "claimURI": claim.uri,
        "dialectURI": LOCAL_DIALECT,
        "description": claim.display_name,
        "displayOrder": order,
        "displayName": claim.display_name,
        "readOnly": claim.read_only,
        "regEx": "",
        "required": False,
        "supportedByDefault": False,
        "attributeMapping": [{"mappedAttribute": claim.name, "userstore": "PRIMARY"}],
        "properties": [],
    }


def local_claims() -> list[JSON]:
    """Every local claim, in the dialect's order."""
    return [_local_claim_res(c, i) for i, c in enumerate(LOCAL_CLAIMS.values())]


@router.get("/local/claims")
def list_local_claims() -> list[JSON]:
    """The local dialect's claims (the Console calls it with no query parameters)."""
    return local_claims()
