"""The connector's ``buildClaims``: each top-level key of the user JSON is a claim (x-authenticator.md §3).

Oltu's ``JSONUtils.parseJSON`` walks only the top level: strings stay, numbers and booleans print as
Java prints them, ``null`` is ``JSONObject.NULL`` (``"null"``), nested objects are their JSON text and
arrays are a Java ``Object[]`` whose ``toString()`` is ``[Ljava.lang.Object;@<hash>``.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

__all__ = ["build_claims", "java_string"]


def java_string(value: Any) -> str:
    """``value.toString()`` of what org.json made of one top-level JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, list):
        return f"[Ljava.lang.Object;@{secrets.token_hex(4).lstrip('0') or '0'}"
    return str(value)


def build_claims(raw_json: str) -> dict[str, str]:
    """Claim URI → value for each top-level key (no ``ClaimDialectUri`` prefix: unset on a default pack)."""
    parsed: dict[str, Any] = json.loads(raw_json)
    return {key: java_string(value) for key, value in parsed.items()}
