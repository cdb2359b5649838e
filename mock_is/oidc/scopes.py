"""Which OIDC claims each scope releases on a default IS pack (``oidc-scope-config.xml``).

The ``openid`` list is the default pack's own (quoted in docs-is's migration notes: "sub,email,
email_verified,name,family_name,given_name,middle_name,nickname,preferred_username,upn,groups,profile,
picture,website,gender,birthdate,zoneinfo,locale,updated_at,phone_number,phone_number_verified,address,
street_address,country,formatted,postal_code,locality,region"); the others are OIDC Core §5.4's sets.
[GAP] ``username`` under ``profile`` is our choice (dialects.py releases the username claim as it).
"""

from __future__ import annotations

__all__ = ["SCOPE_CLAIMS", "claims_for_scopes"]

_PROFILE = (
    "name family_name given_name middle_name nickname preferred_username profile picture website gender "
    "birthdate zoneinfo locale updated_at username"
)

SCOPE_CLAIMS: dict[str, frozenset[str]] = {
    "openid": frozenset(
        "sub email email_verified name family_name given_name middle_name nickname preferred_username upn "
        "groups profile picture website gender birthdate zoneinfo locale updated_at phone_number "
        "phone_number_verified address street_address country formatted postal_code locality region".split()
    ),
    "profile": frozenset(_PROFILE.split()),
    "email": frozenset({"email", "email_verified"}),
    "phone": frozenset({"phone_number", "phone_number_verified"}),
    "address": frozenset(
        {"address", "street_address", "country", "formatted", "postal_code", "locality", "region"}
    ),
}


def claims_for_scopes(scopes: tuple[str, ...]) -> frozenset[str]:
    """Every OIDC claim some requested scope releases."""
    released: set[str] = set()
    for scope in scopes:
        released |= SCOPE_CLAIMS.get(scope, frozenset())
    return frozenset(released)
