"""Translation between a local user's claims and its SCIM 2.0 representation.

The pairs come from ``mock_is.claims.dialects`` (each local claim's SCIM attribute). Path forms:
``name.givenName`` (a sub-attribute of a complex attribute), ``emails`` (the primary value of a
multi-valued attribute), ``phoneNumbers.mobile`` (the value of the entry of that ``type``),
``addresses#home.locality`` (a sub-attribute of the entry of type ``home``), and
``urn:scim:wso2:schema:userSourceId`` (an attribute of an extension schema).
"""

from __future__ import annotations

from typing import Any

from mock_is.claims.dialects import LOCAL_CLAIMS, SCIM_CORE_USER, SCIM_WSO2_USER

__all__ = ["claims_from_scim", "scim_from_claims"]

JSON = dict[str, Any]
# Attributes the user record supplies itself, never read from or written to a claim here.
_RECORD_PATHS = frozenset({"id", "userName", "meta.created", "meta.lastModified"})
_MULTI_TYPED = frozenset({"phoneNumbers", "photos", "ims"})


def _scim_claims() -> list[tuple[str, str]]:
    return [(c.uri, c.scim) for c in LOCAL_CLAIMS.values() if c.scim and c.scim not in _RECORD_PATHS]


def _set(doc: JSON, path: str, value: str) -> None:
    if path.startswith("urn:"):
        schema, _, attr = path.rpartition(":")
        doc.setdefault(schema, {})[attr] = value
    elif path == "emails":
        doc["emails"] = [{"value": value, "primary": True}, *doc.get("emails", [])]
    elif "#" in path:
        attr, _, rest = path.partition("#")
        kind, _, sub = rest.partition(".")
        _typed_entry(doc, attr, kind)[sub] = value
    elif "." in path:
        attr, _, sub = path.partition(".")
        if attr in _MULTI_TYPED:
            _typed_entry(doc, attr, sub)["value"] = value
        else:
            doc.setdefault(attr, {})[sub] = value
    else:
        doc[path] = value


def _typed_entry(doc: JSON, attr: str, kind: str) -> JSON:
    entries: list[JSON] = doc.setdefault(attr, [])
    for entry in entries:
        if entry.get("type") == kind:
            return entry
    entries.append({"type": kind})
    return entries[-1]


def _get(doc: JSON, path: str) -> Any:
    if path.startswith("urn:"):
        schema, _, attr = path.rpartition(":")
        return (doc.get(schema) or {}).get(attr)
    if path == "emails":
        return _primary(doc.get("emails"))
    if "#" in path or ("." in path and path.split(".")[0] in _MULTI_TYPED):
        attr, kind, sub = _typed_parts(path)
        entry = next((e for e in doc.get(attr) or [] if isinstance(e, dict) and e.get("type") == kind), {})
        return entry.get(sub)
    if "." in path:
        attr, _, sub = path.partition(".")
        parent = doc.get(attr)
        return parent.get(sub) if isinstance(parent, dict) else None
    return doc.get(path)


def _typed_parts(path: str) -> tuple[str, str, str]:
    if "#" in path:
        attr, _, rest = path.partition("#")
        kind, _, sub = rest.partition(".")
        return attr, kind, sub
    attr, _, kind = path.partition(".")
    return attr, kind, "value"


def _primary(entries: Any) -> Any:
    if not isinstance(entries, list) or not entries:
        return None
    dicts = [e for e in entries if isinstance(e, dict)]
    chosen = next((e for e in dicts if e.get("primary")), dicts[0] if dicts else None)
    return chosen.get("value") if chosen else None


def scim_from_claims(claims: dict[str, str]) -> JSON:
    """The SCIM attributes (core and extensions) that a user's local claims give."""
    doc: JSON = {}
    for uri, path in _scim_claims():
        if claims.get(uri):
            _set(doc, path, claims[uri])
    schemas = [SCIM_CORE_USER] + ([SCIM_WSO2_USER] if SCIM_WSO2_USER in doc else [])
    return {"schemas": schemas, **doc}


def claims_from_scim(doc: JSON, include_read_only: bool = False) -> dict[str, str]:
    """The local claims a SCIM user document sets (read-only claims skipped unless asked)."""
    out: dict[str, str] = {}
    for uri, path in _scim_claims():
        if LOCAL_CLAIMS[uri].read_only and not include_read_only:
            continue
        value = _get(doc, path)
        if value is not None and value != "":
            out[uri] = str(value).lower() if isinstance(value, bool) else str(value)
    return out
