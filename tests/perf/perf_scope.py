"""What the end-to-end tests of ``tests/perf`` run, and how they compare runs.

By default the "Try it out" feature (browser logins and API-only failures, a few scenarios), to stay
near a minute on two cores; ``XLOGIN_PERF_SCOPE=full`` runs every feature instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.suite import FEATURES, PROJECT_ROOT, SuiteRun, verdicts

__all__ = ["ORDER_PLUGIN_DIR", "assert_same_verdicts", "perf_paths"]

ORDER_PLUGIN_DIR = Path(__file__).resolve().parent


def perf_paths() -> list[Path]:
    """Every feature with ``XLOGIN_PERF_SCOPE=full``, else only "Try it out"."""
    if os.environ.get("XLOGIN_PERF_SCOPE") == "full":
        return [FEATURES]
    return [FEATURES / "test_try_it_out.py"]


def assert_same_verdicts(plain: SuiteRun, other: dict[str, object] | SuiteRun, what: str) -> None:
    """``other`` decided every scenario and documented step as the plain run did."""
    summary = other.require_summary() if isinstance(other, SuiteRun) else other
    expected, got = verdicts(plain.require_summary()), verdicts(summary)
    differ = {
        k: (expected.get(k), got.get(k))
        for k in expected.keys() | got.keys()
        if expected.get(k) != got.get(k)
    }
    assert not differ, f"{what} decided differently from the plain run (plain, {what}): {differ}"
    assert expected, f"the plain run decided nothing (ran from {PROJECT_ROOT})"
