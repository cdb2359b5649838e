"""OAuth 2.0 Authorization Code with PKCE as X runs it (x-protocol.md §3; RFC 6749, RFC 7636)."""

from __future__ import annotations

__all__ = ["authorize", "grants", "token"]
