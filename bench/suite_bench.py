"""The full suite on the embedded default with 1 and 2 workers, and per-scenario median and slowest.

1 worker is the baseline of 2 workers (speed-up = 1 / ratio); the median scenario is the baseline of
the slowest. Both runs must decide alike (same verdicts), or the speed-up means nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.results import Figure, median
from bench.suite import FEATURES, SuiteRun, run_suite, verdicts

__all__ = ["measure", "scenario_figures"]


def _breakdown(scenario: dict[str, Any]) -> dict[str, Any]:
    # Where a slow scenario spends its time: its three slowest steps (a fixed wait shows up here).
    steps = sorted(scenario.get("steps", []), key=lambda st: -float(st.get("duration", 0.0)))[:3]
    return {
        "name": scenario["name"],
        "seconds": round(float(scenario["duration"]), 2),
        "slowest_steps": [f"{float(st['duration']):.2f}s {st['keyword']} {st['name']}" for st in steps],
    }


def scenario_figures(run: SuiteRun) -> list[Figure]:
    """Median and slowest scenario of ``run`` (seconds, setup to teardown, from ``summary.json``)."""
    scenarios = run.require_summary()["scenarios"]
    durations = sorted((float(s["duration"]), str(s["name"])) for s in scenarios)
    if not durations:
        return []
    middle = median([d for d, _ in durations])
    slowest, name = durations[-1]
    top = {
        "slowest_scenarios": [
            _breakdown(s) for s in sorted(scenarios, key=lambda s: -float(s["duration"]))[:5]
        ]
    }
    return [
        Figure(
            "scenario",
            "median scenario",
            middle,
            "s",
            "whole 1-worker run / scenarios",
            run.seconds / len(durations),
            f"{len(durations)} scenarios",
        ),  # fmt: skip
        Figure("scenario", "slowest scenario", slowest, "s", "median scenario", middle, name[:60], top),
    ]


def measure(scratch: Path, paths: Sequence[Path] = (FEATURES,)) -> tuple[list[Figure], SuiteRun]:
    """Run the suite with 1 then 2 workers; figures plus the 1-worker run (for the per-scenario ones)."""
    one = run_suite(scratch / "suite-1-worker", paths=paths)
    two = run_suite(scratch / "suite-2-workers", ["-n", "2"], paths=paths)
    same = verdicts(one.require_summary()) == verdicts(two.require_summary())
    totals = one.require_summary()["totals"]
    note = f"speed-up {one.seconds / two.seconds:.2f}×; verdicts {'identical' if same else 'DIFFER'}; " + (
        f"{totals['passed']} passed, {totals['failed']} failed"
    )
    figures = [
        Figure(
            "suite",
            "full suite, 1 worker",
            one.seconds,
            "s",
            "itself",
            one.seconds,
            f"CPU {one.cpu_seconds:.0f}s",
        ),  # fmt: skip
        Figure(
            "suite",
            "full suite, 2 workers",
            two.seconds,
            "s",
            "1 worker",
            one.seconds,
            note,
            {"same_verdicts": same, "cpu_seconds": round(two.cpu_seconds, 1)},
        ),  # fmt: skip
    ]
    return figures, one
