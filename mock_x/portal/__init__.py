"""The Developer Portal pages "Register WSO2 Identity Server on X" walks through (x-protocol.md §4)."""

from __future__ import annotations

__all__ = ["projects", "settings", "validation"]
