"""Local attributes by the names the Console shows (display name ↔ local claim URI).

The Console's "Maps to" dropdown lists local claims by display name (is-console-ui.md §6); the REST
API takes their URIs. These are the default pack's ``http://wso2.org/claims`` dialect entries the doc's
scenarios use (IS lists them at ``/api/server/v1/claim-dialects/local/claims``, which the Console's
Attributes tab reads and mock IS serves; the REST driver keeps this table, the standard ones do not
change between 7.x packs).
"""

from __future__ import annotations

__all__ = ["LOCAL_CLAIMS", "local_claim_uri"]

_PREFIX = "http://wso2.org/claims/"
LOCAL_CLAIMS: dict[str, str] = {
    "Country": _PREFIX + "country",
    "Display Name": _PREFIX + "displayName",
    "Email": _PREFIX + "emailaddress",
    "First Name": _PREFIX + "givenname",
    "Full Name": _PREFIX + "fullname",
    "Last Name": _PREFIX + "lastname",
    "Locality": _PREFIX + "addresses.locality",
    "Nick Name": _PREFIX + "nickname",
    "Photo URL": _PREFIX + "photourl",
    "URL": _PREFIX + "url",
    "Username": _PREFIX + "username",
}


def local_claim_uri(display_name: str) -> str:
    """The URI of the local attribute the Console calls ``display_name``."""
    try:
        return LOCAL_CLAIMS[display_name]
    except KeyError:
        raise ValueError(
            f"unknown local attribute {display_name!r}; known: {', '.join(sorted(LOCAL_CLAIMS))}"
        ) from None
