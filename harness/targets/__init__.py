"""Where the conformance suite runs: the embedded stack (and, later, an external IS)."""

from __future__ import annotations

from harness.targets.embedded import EmbeddedStack
from harness.targets.server import BackgroundServer, ServerStartError, ShutdownSignals, bind_loopback

__all__ = ["BackgroundServer", "EmbeddedStack", "ServerStartError", "ShutdownSignals", "bind_loopback"]
