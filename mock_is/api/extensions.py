"""Connection templates of the extension API: ``/extensions/connections[/{id}[/template|/metadata]]``.

Shaped as identity-api-server's ``ExtensionsApiServiceImpl`` / ``ExtensionListItemBuilder``
(``extension.management.v1``, read at c2446d9c): the list is a bare array of ``ExtensionListItem``
(``self`` the item's URL), ``/{id}`` an ``ExtensionResponseModel``, ``/template`` and ``/metadata`` the
stored JSON as it is; an unknown id is 404 ``EXT-60001`` / ``60002`` / ``60003``.

The simulated deployment ships one connection template, the Console's Custom Connector ("Expert Mode"),
with the fields connections.md §2b/§2c recorded from carbon-identity-framework
``features/extension-mgt/.../extensions/connections/expert-mode/{info,template}.json``: the list item
(``info.json``: id, name, description, image, category, displayOrder 11, tags, type) and the template
(``template.json``: templateId, name, description, displayOrder -1, tags and the ``idp`` the wizard posts).
Expert mode has no ``metadata.json``. The other templates of a real pack (Google, GitHub, SAML, ...) are
left out: their server files were not read. Which text a release ships (connections.md §4): the older files
(description "Create a new Connection with minimum configurations.", no tags) for IS 7.1, the files
changed by carbon-identity-framework#6490 (2025-02-13) for IS 7.2; the rename's date against IS 7.1.0
(2025-02-25) is not proven, so 7.1 keeps the older text (IMPLEMENT.md "Versions").
"""

from __future__ import annotations

import copy
from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.settings import IsSettings

__all__ = [
    "EXPERT_MODE_ID",
    "connection_extension",
    "connection_metadata",
    "connection_template",
    "list_connections",
]

JSON = dict[str, Any]
EXPERT_MODE_ID = "expert-mode-idp"
_DESCRIPTION = {
    "7.1": ("Create a new Connection with minimum configurations.", []),
    "7.2": ("Enable login for users with built-in connectors and plug-in authenticators.", ["Custom"]),
}
# template.json's "idp", in the file's key order (the order the Console's POST keeps).
_EXPERT_IDP: JSON = {
    "alias": "",
    "idpIssuerName": "",
    "certificate": {},
    "claims": {"provisioningClaims": [], "roleClaim": {"uri": ""}, "userIdClaim": {"uri": ""}},
    "description": "",
    "federatedAuthenticators": {"authenticators": [], "defaultAuthenticatorId": ""},
    "homeRealmIdentifier": "",
    "image": "",
    "isFederationHub": False,
    "isPrimary": False,
    "name": "",
    "provisioning": {},
    "roles": {"mappings": [], "outboundProvisioningRoles": []},
}


def _text(settings: IsSettings) -> tuple[str, list[str]]:
    description, tags = _DESCRIPTION[settings.release]
    return description, list(tags)


def _info(settings: IsSettings) -> JSON:
    description, tags = _text(settings)
    return {
        "id": EXPERT_MODE_ID,
        "name": "Expert Mode",
        "description": description,
        "image": "assets/images/logos/expert.svg",
        "displayOrder": 11,
        "tags": tags,
        "category": "DEFAULT",
        "type": "MANUAL",
    }


def _not_found(code: str, extension_id: str) -> IsApiError:
    return IsApiError(
        404,
        f"EXT-{code}",
        "Resource not found.",
        f"Unable to find a resource matching the provided extension id: {extension_id}, "
        "extension type: connections.",
    )


def list_connections(settings: IsSettings) -> list[JSON]:
    """``GET /extensions/connections``."""
    item = _info(settings)
    item["self"] = settings.url(f"/api/server/v1/extensions/connections/{EXPERT_MODE_ID}")
    return [item]


def connection_extension(settings: IsSettings, extension_id: str) -> JSON:
    """``GET /extensions/connections/{id}`` (``ExtensionResponseModel``)."""
    if extension_id != EXPERT_MODE_ID:
        raise _not_found("60001", extension_id)
    info = _info(settings)
    return {**info, "displayName": info["name"]}


def connection_template(settings: IsSettings, extension_id: str) -> JSON:
    """``GET /extensions/connections/{id}/template``: the template file as stored."""
    if extension_id != EXPERT_MODE_ID:
        raise _not_found("60002", extension_id)
    description, tags = _text(settings)
    return {
        "templateId": EXPERT_MODE_ID,
        "name": "Expert Mode",
        "description": description,
        "displayOrder": -1,
        "tags": tags,
        "idp": copy.deepcopy(_EXPERT_IDP),
    }


def connection_metadata(settings: IsSettings, extension_id: str) -> JSON:
    """``GET /extensions/connections/{id}/metadata``: expert mode has none (404 ``EXT-60003``)."""
    raise _not_found("60003", extension_id)
