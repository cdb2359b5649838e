"""``make bench`` (``python -m bench``): how fast the suite is, on one machine and spread out (issue 8).

Every figure is a ratio against a baseline measured in the same run; results go to
``reports/bench.json`` and are printed as a table.
"""

from __future__ import annotations

__all__ = ["browser_login", "growth", "handshakes", "results", "startup", "suite", "suite_bench", "workers"]
