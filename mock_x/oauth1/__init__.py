"""OAuth 1.0a as X runs it: signatures, tokens, endpoints and the browser pages (RFC 5849)."""

from __future__ import annotations

__all__ = ["auth", "endpoints", "pages", "signature", "tokens"]
