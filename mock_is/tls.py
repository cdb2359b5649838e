"""TLS contexts, built once per process: each costs about 100 ms of CPU, and every outbound call needs one."""

from __future__ import annotations

import ssl
from functools import lru_cache

import certifi

__all__ = ["client_context"]


@lru_cache(maxsize=8)
def client_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """A verifying client context trusting ``ca_bundle`` (a PEM file), else the usual public CAs."""
    return ssl.create_default_context(cafile=ca_bundle or certifi.where())
