"""The federated authenticators this IS deployment has installed, as the IdP meta API lists them.

Only the Twitter connector is simulated: it ships in IS 7.x dropins (is-rest-api.md, "The Twitter
connector ships with IS 7.x"). Its metadata is ``TwitterAuthenticator.getConfigurationProperties``
(x-authenticator.md §2): ``APIKey`` (required), ``APISecret`` (required, confidential),
``callbackUrl`` (optional); display name = friendly name ``twitter``; ``definedBy: SYSTEM``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

__all__ = [
    "TWITTER",
    "TWITTER_ID",
    "AuthenticatorMeta",
    "all_installed",
    "MetaProperty",
    "authenticator_id",
    "authenticator_name",
    "installed",
    "meta_detail",
    "meta_list_item",
]


@dataclass(frozen=True)
class MetaProperty:
    """One configuration property of an authenticator (``MetaProperty`` of ``idp.yaml``)."""

    key: str
    display_name: str
    description: str
    display_order: int
    mandatory: bool = False
    confidential: bool = False

    def to_json(self) -> dict[str, Any]:
        """The ``MetaProperty`` object; ``regex`` ``.*`` and ``defaultValue`` "" are IS's defaults."""
        return {
            "key": self.key,
            "displayName": self.display_name,
            "description": self.description,
            "type": "STRING",
            "displayOrder": self.display_order,
            "regex": ".*",
            "isMandatory": self.mandatory,
            "isConfidential": self.confidential,
            "options": [],
            "defaultValue": "",
            "subProperties": [],
        }


@dataclass(frozen=True)
class AuthenticatorMeta:
    """An installed federated authenticator: its name, friendly name and properties."""

    name: str
    display_name: str
    properties: tuple[MetaProperty, ...]
    tags: tuple[str, ...] = ("Social-Login",)

    @property
    def id(self) -> str:
        """Its REST id: base64url of the name without padding."""
        return authenticator_id(self.name)

    @property
    def confidential_keys(self) -> frozenset[str]:
        """Keys of the confidential properties (``APISecret`` for Twitter)."""
        return frozenset(p.key for p in self.properties if p.confidential)


def authenticator_id(name: str) -> str:
    """``VHdpdHRlckF1dGhlbnRpY2F0b3I`` for ``TwitterAuthenticator`` (Util.base64URLEncode, no padding)."""
    return base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")


def authenticator_name(authenticator_id_: str) -> str | None:
    """The name an authenticator id decodes to, or None if it is not valid base64url of UTF-8."""
    padded = authenticator_id_ + "=" * (-len(authenticator_id_) % 4)
    try:
        return base64.urlsafe_b64decode(padded.encode()).decode()
    except (ValueError, UnicodeDecodeError):
        return None


TWITTER = AuthenticatorMeta(
    name="TwitterAuthenticator",
    display_name="twitter",
    properties=(
        MetaProperty("APIKey", "API Key", "Enter the API Key of the twitter account", 0, mandatory=True),
        MetaProperty("APISecret", "API Secret", "Enter the API Secret", 1, mandatory=True, confidential=True),
        MetaProperty("callbackUrl", "Callback URL", "Enter the Callback URL", 2),
    ),
)
TWITTER_ID = TWITTER.id

_INSTALLED: dict[str, AuthenticatorMeta] = {TWITTER.id: TWITTER}


def installed(authenticator_id_: str) -> AuthenticatorMeta | None:
    """The installed authenticator with this REST id, if any."""
    return _INSTALLED.get(authenticator_id_)


def all_installed() -> list[AuthenticatorMeta]:
    """Every installed federated authenticator."""
    return list(_INSTALLED.values())


def meta_list_item(meta: AuthenticatorMeta, base: str) -> dict[str, Any]:
    """``MetaFederatedAuthenticatorListItem`` with its tenanted ``self`` link."""
    return {
        "authenticatorId": meta.id,
        "name": meta.name,
        "definedBy": "SYSTEM",
        "tags": list(meta.tags),
        "self": f"{base}/meta/federated-authenticators/{meta.id}",
    }


def meta_detail(meta: AuthenticatorMeta) -> dict[str, Any]:
    """``MetaFederatedAuthenticator`` with every property's metadata."""
    return {
        "authenticatorId": meta.id,
        "name": meta.name,
        "displayName": meta.display_name,
        "definedBy": "SYSTEM",
        "tags": list(meta.tags),
        "properties": [p.to_json() for p in meta.properties],
    }
