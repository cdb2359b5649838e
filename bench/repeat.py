"""Run the suite again and again; a scenario or documented step whose verdict changes is flaky."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from rich.console import Console

from bench.suite import run_suite, verdicts

__all__ = ["flaky", "repeat_runs"]


def flaky(decisions: list[dict[str, str]]) -> dict[str, list[str]]:
    """Keys decided differently in some run: key -> the decision of each run (``missing`` if absent)."""
    keys = {k for d in decisions for k in d}
    seen: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        for decided in decisions:
            seen[key].append(decided.get(key, "missing"))
    return {k: v for k, v in seen.items() if len(set(v)) > 1}


def repeat_runs(runs: int, workers: int, console: Console) -> int:
    """Run the full suite ``runs`` times with ``workers`` workers; 0 when every run decided alike."""
    decisions = []
    with tempfile.TemporaryDirectory(prefix="xlogin-repeat-") as scratch:
        for number in range(1, runs + 1):
            extra = ["-n", str(workers)] if workers > 1 else []
            run = run_suite(Path(scratch) / f"run{number}", extra)
            decisions.append(verdicts(run.require_summary()))
            totals = run.require_summary()["totals"]
            console.print(f"run {number}/{runs}: {run.seconds:.0f}s, {totals['passed']} passed, "
                          f"{totals['failed']} failed")  # fmt: skip
    changed = flaky(decisions)
    for key, seen in changed.items():
        console.print(f"[bold red]flaky[/] {key}: {', '.join(seen)}")
    console.print(
        f"{runs} runs: {'no verdict changed' if not changed else f'{len(changed)} verdicts changed'}"
    )
    return 1 if changed else 0
