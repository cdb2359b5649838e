"""Real X mode (opt-in, never the default, never gating): what the harness can prove about an app on
the real X without scripting X, and the pause in which a person signs in at X themselves.

The package imports nothing itself: ``mode`` (is real X mode on, and X's API URL) is read by the stack's
own process, which must not pay for what ``app``, ``person`` and ``probe`` import (Playwright, pytest, the
journeys and mock X: 0.3–0.7 CPU-s per run, docs/performance.md). Import from the modules:
``harness.real_x.mode``, ``.app``, ``.person``, ``.probe``.
"""
