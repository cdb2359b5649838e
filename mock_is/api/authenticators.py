"""The Authenticators API v1: ``GET /authenticators`` and ``GET /authenticators/meta/tags``.

Shaped as identity-api-server's ``ServerAuthenticatorManagementService`` (``authenticators.v1``, read at
c2446d9c) and ``authenticators.yaml`` answer them: a bare JSON array of ``Authenticator``s, the local ones
first, then one item per connection (``type: FEDERATED``, ``self`` its IdP URL), which is what the
Console's Connections grid is built from (identity-apps ``use-get-combined-connection-list.ts``,
connections.md §2a). ``limit``/``offset`` answer 501 ``AUT-65009``; the filter takes ``name sw|eq`` (local
authenticators match it on their display name, connections on their name) and ``tag eq`` joined by
``and``/``or``, and refuses anything else with the service's codes.

The simulated deployment has one local authenticator, ``BasicAuthenticator`` (``mock_is.authn.basic``),
and no request-path authenticators; its tags are not modelled (UNKNOWN: the local-auth-basicauth
``getTags`` was not read), so it carries none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mock_is.api import authenticator_meta as meta
from mock_is.api.errors import IsApiError
from mock_is.api.idps import idp_base_path
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["authenticator_tags", "list_authenticators", "local_authenticators"]

JSON = dict[str, Any]


@dataclass(frozen=True)
class _Local:
    name: str
    display_name: str
    tags: tuple[str, ...] = ()


_LOCAL = (_Local("BasicAuthenticator", "Username & Password"),)
_TERM = re.compile(r"^\s*(\S+)\s+(\S+)\s+(.+?)\s*$")
_SPLIT = re.compile(r"\s+(and|or)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Filter:
    name_op: str | None = None
    name: str | None = None
    tags: tuple[str, ...] = ()

    def name_ok(self, value: str) -> bool:
        if self.name is None:
            return True
        if self.name_op == "sw":
            return value.lower().startswith(self.name.lower())
        return value.lower() == self.name.lower()


def _unsupported(status: int, code: str, message: str, description: str) -> IsApiError:
    return IsApiError(status, f"AUT-{code}", message, description)


def _parse(text: str | None) -> _Filter:
    """``name sw go and (tag eq 2FA or tag eq Social-Login)``: the grammar validateFilter accepts."""
    if text is None or not text.strip():
        return _Filter()
    parts = _SPLIT.split(text.replace("(", " ").replace(")", " ").strip())
    terms, joins = parts[0::2], [j.lower() for j in parts[1::2]]
    name_op = name = None
    tags: list[str] = []
    for term in terms:
        match = _TERM.match(term)
        if match is None:
            raise _unsupported(
                400,
                "60001",
                "Invalid format used for filtering.",
                "Filter needs to be in the format <attribute>+<operation>+<value>. Eg: tag+eq+2FA",
            )
        attribute, operation, value = match.group(1), match.group(2).lower(), match.group(3).strip("\"'")
        if attribute == "name":
            if operation not in ("sw", "eq"):
                raise _unsupported(
                    501,
                    "65005",
                    "Unsupported filter operation.",
                    f"The filter operation '{operation}' is not supported for filter attribute 'name'.",
                )
            if name is not None:
                raise _unsupported(
                    501,
                    "65006",
                    "Unsupported filter.",
                    "Filtering with multiple 'name' attributes is not supported.",
                )
            name_op, name = operation, value
        elif attribute == "tag":
            if operation != "eq":
                raise _unsupported(
                    501,
                    "65004",
                    "Unsupported filter operation.",
                    f"Unsupported filter operation '{operation}' for filter attribute 'tag'",
                )
            tags.append(value)
        else:
            raise _unsupported(
                400,
                "60002",
                "Unsupported filter attribute.",
                f"The filter attribute '{attribute}' is not supported.",
            )
    if name is not None and "or" in joins and not tags:
        raise _unsupported(
            501,
            "65007",
            "Unsupported complex query operation in filter.",
            "Complex query with 'or' operation for filter attribute 'name' is not supported.",
        )
    return _Filter(name_op, name, tuple(tags))


def _tag_ok(tags: list[str], wanted: tuple[str, ...]) -> bool:
    return not wanted or any(t.lower() == w.lower() for t in tags for w in wanted)


def _local_item(settings: IsSettings, local: _Local) -> JSON:
    authenticator_id = meta.authenticator_id(local.name)
    item: JSON = {
        "id": authenticator_id,
        "name": local.name,
        "displayName": local.display_name,
        "isEnabled": True,
        "definedBy": "SYSTEM",
        "type": "LOCAL",
    }
    if local.tags:
        item["tags"] = list(local.tags)
    item["self"] = f"/t/{settings.tenant}/api/server/v1/configs/authenticators/{authenticator_id}"
    return item


def _idp_tags(idp: JSON) -> list[str]:
    """Distinct tags of the connection's enabled authenticators (``getDistinctTags``)."""
    tags: list[str] = []
    for authenticator in idp["federatedAuthenticators"]["authenticators"]:
        installed = meta.installed(authenticator["authenticatorId"])
        if authenticator.get("isEnabled") and installed is not None:
            tags.extend(t for t in installed.tags if t not in tags)
    return tags


def _idp_item(settings: IsSettings, idp: JSON) -> JSON:
    """``addIdp``: one item per connection; ``definedBy`` from its only authenticator, else SYSTEM."""
    authenticators = idp["federatedAuthenticators"]["authenticators"]
    item: JSON = {
        "id": idp["id"],
        "name": idp["name"],
        "displayName": idp["name"],
        "isEnabled": idp["isEnabled"],
        "definedBy": authenticators[0].get("definedBy", "SYSTEM") if len(authenticators) == 1 else "SYSTEM",
        "type": "FEDERATED",
        "image": idp.get("image", ""),
        "description": idp.get("description", ""),
    }
    tags = _idp_tags(idp)
    if tags:
        item["tags"] = tags
    item["self"] = f"{idp_base_path(settings)}/{idp['id']}"
    return item


def local_authenticators(settings: IsSettings) -> list[JSON]:
    """``GET /configs/authenticators`` (the Configs API): the local authenticators, as the Login Flow editors
    read them (identity-apps ``getAllAuthenticators``, ``endpoints.localAuthenticators``, F @90c4d925). The
    items carry the fields the editors use (id, name, displayName, isEnabled, type, tags); the Configs API's
    own schema was not read (UNKNOWN), so they are ``GET /authenticators``' local items."""
    return [_local_item(settings, local) for local in _LOCAL]


def list_authenticators(
    store: Store, settings: IsSettings, filter_: str | None, limit: int | None, offset: int | None
) -> list[JSON]:
    """``GET /authenticators``: local authenticators, then connections, filtered as the service filters."""
    if limit is not None or offset is not None:
        raise _unsupported(
            501,
            "65009",
            "Pagination not supported.",
            "Pagination capabilities are not supported in this version of the API.",
        )
    wanted = _parse(filter_)
    items = [
        _local_item(settings, local)
        for local in _LOCAL
        if wanted.name_ok(local.display_name) and _tag_ok(list(local.tags), wanted.tags)
    ]
    with store.lock:
        idps = sorted(store.idps.values(), key=lambda i: str(i["name"]).lower())
        for idp in idps:
            tags = _idp_tags(idp)
            if wanted.tags and not tags:
                continue
            if wanted.name_ok(str(idp["name"])) and _tag_ok(tags, wanted.tags):
                items.append(_idp_item(settings, idp))
    return items


def authenticator_tags() -> list[str]:
    """``GET /authenticators/meta/tags``: the distinct tags of every local and installed federated one."""
    tags: list[str] = []
    for source in [*(local.tags for local in _LOCAL), *(m.tags for m in meta.all_installed())]:
        tags.extend(t for t in source if t not in tags)
    return tags
