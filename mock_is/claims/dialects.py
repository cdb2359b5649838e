"""The local claim dialect (``http://wso2.org/claims``) and how it maps to SCIM 2.0 and OIDC.

IS keeps a user's attributes as local claims and translates at each edge: the SCIM2 dialects
(``urn:ietf:params:scim:schemas:core:2.0:User``, ``urn:scim:wso2:schema``) for ``/scim2/Users``,
the OIDC dialect (``http://wso2.org/oidc/claim``) for ID tokens and userinfo (is-rest-api.md §6 step 4:
``emailaddress`` becomes ``email``). The list holds the claims a default pack ships that the doc's
X attribute mapping plausibly needs, plus the identity claims SCIM and JIT touch.

[GAP] The reference notes name the dialects but not every row of IS's ``claim-config.xml``; the rows
below follow the IS 7 default pack as we know it. Choices we could not confirm are marked on the row.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

__all__ = [
    "LOCAL_CLAIMS",
    "LOCAL_DIALECT",
    "OIDC_DIALECT",
    "SCIM_CORE_USER",
    "SCIM_ENTERPRISE_USER",
    "SCIM_WSO2_USER",
    "LocalClaim",
    "claim_id",
    "claim_ref",
    "local_claim",
    "local_claims_for_oidc",
    "oidc_names",
]

LOCAL_DIALECT = "http://wso2.org/claims"
OIDC_DIALECT = "http://wso2.org/oidc/claim"
SCIM_CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
SCIM_WSO2_USER = "urn:scim:wso2:schema"  # is-rest-api.md §3: SCIM2RestClient.USER_SYSTEM_SCHEMA


@dataclass(frozen=True)
class LocalClaim:
    """One claim of the local dialect: its URI, Console display name, SCIM attribute and OIDC names.

    ``scim`` is a path relative to the core User schema (``name.givenName``) or a full extension
    path (``urn:scim:wso2:schema:userSourceId``); ``None`` when SCIM does not expose the claim.
    """

    uri: str
    display_name: str
    scim: str | None = None
    oidc: tuple[str, ...] = ()
    read_only: bool = False

    @property
    def name(self) -> str:
        """The part after ``http://wso2.org/claims/`` (``emailaddress``, ``identity/userSourceId``)."""
        return self.uri.removeprefix(LOCAL_DIALECT + "/")


def _c(name: str, display: str, scim: str | None = None, *oidc: str, ro: bool = False) -> LocalClaim:
    return LocalClaim(f"{LOCAL_DIALECT}/{name}", display, scim, tuple(oidc), ro)


_W = SCIM_WSO2_USER + ":"

# Order follows the Console's attribute list (alphabetical by display name in IS 7).
_CLAIMS: tuple[LocalClaim, ...] = (
    _c("country", "Country", _W + "country", "country"),
    _c("created", "Created Time", "meta.created", ro=True),
    _c("displayName", "Display Name", "displayName"),
    _c("dob", "Birth Date", _W + "dateOfBirth", "birthdate"),
    _c("emailaddress", "Email", "emails", "email"),
    _c("identity/emailVerified", "Email Verified", _W + "emailVerified", "email_verified"),
    _c("givenname", "First Name", "name.givenName", "given_name"),
    # [GAP] fullname ↔ name.formatted and OIDC ``name``: the default pack's pairing as we recall it.
    _c("externalid", "External ID", "externalId"),
    _c("fullname", "Full Name", "name.formatted", "name"),
    _c("gender", "Gender", _W + "gender", "gender"),
    _c("honorificPrefix", "Honorific Prefix", "name.honorificPrefix"),
    _c("honorificSuffix", "Honorific Suffix", "name.honorificSuffix"),
    _c("lastname", "Last Name", "name.familyName", "family_name"),
    _c("local", "Locale", "locale", "locale"),
    _c("addresses.locality", "Locality", "addresses#home.locality", "locality"),
    _c("modified", "Last Modified Time", "meta.lastModified", "updated_at", ro=True),
    _c("middleName", "Middle Name", "name.middleName", "middle_name"),
    _c("mobile", "Mobile", "phoneNumbers.mobile", "phone_number"),
    _c("nickname", "Nick Name", "nickName", "nickname"),
    _c("organization", "Organization", _W + "organization", "organization"),
    _c("photourl", "Photo URL", "photos.photo", "picture"),
    _c("preferredLanguage", "Preferred Language", "preferredLanguage"),
    _c("region", "Region", "addresses#home.region", "region"),
    _c("timeZone", "Time Zone", "timezone", "zoneinfo"),
    _c("title", "Job Title", "title"),
    _c("url", "URL", "profileUrl", "profile", "website"),
    _c("userType", "User Type", "userType"),
    _c("active", "Active", "active"),
    _c("userid", "User ID", "id", "sub", ro=True),
    # [GAP] IS 7 releases ``username`` under OIDC ``username``; we also release it as
    # ``preferred_username`` because the doc's sample app shows that name.
    _c("username", "Username", "userName", "username", "preferred_username", ro=True),
    _c("identity/accountDisabled", "Account Disabled", _W + "accountDisabled"),
    _c("identity/accountLocked", "Account Locked", _W + "accountLocked"),
    _c("identity/idpType", "Idp Type", _W + "idpType", ro=True),
    _c("identity/isReadOnlyUser", "Read Only User", _W + "isReadOnlyUser", ro=True),
    _c("identity/localCredentialExists", "Local Credential Exists", _W + "localCredentialExists", ro=True),
    _c("identity/managedOrg", "Managed Organization", _W + "managedOrg", ro=True),
    _c("identity/userSourceId", "User Source ID", _W + "userSourceId", ro=True),
)

LOCAL_CLAIMS: dict[str, LocalClaim] = {c.uri: c for c in _CLAIMS}


def local_claim(uri: str) -> LocalClaim | None:
    """The local claim ``uri`` if the dialect has it."""
    return LOCAL_CLAIMS.get(uri)


def claim_id(uri: str) -> str:
    """The claim's API id: base64url of its URI without padding, as IS's REST APIs show it."""
    return base64.urlsafe_b64encode(uri.encode()).decode().rstrip("=")


def claim_ref(uri: str) -> dict[str, str]:
    """A ``Claim`` object as IS returns it: ``{id, uri, displayName}`` for a local claim, ``{uri}`` else.

    Server audit row 8 (identity-api-server v1.3.83 ServerIdpManagementService ``createClaimResponse``):
    ``id`` and ``displayName`` are added only when the URI is a local claim; an IdP-side claim such as
    ``screen_name`` is its URI alone.
    """
    known = local_claim(uri) if uri else None
    if known is None:
        return {"uri": uri}
    return {"id": claim_id(uri), "uri": uri, "displayName": known.display_name}


def oidc_names(uri: str) -> tuple[str, ...]:
    """The OIDC claim names the local claim ``uri`` is released as (empty if none)."""
    known = local_claim(uri)
    return known.oidc if known else ()


def local_claims_for_oidc(name: str) -> list[LocalClaim]:
    """Every local claim released under the OIDC claim ``name``."""
    return [c for c in _CLAIMS if name in c.oidc]
