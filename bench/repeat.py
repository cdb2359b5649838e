"""Run the suite again and again; a scenario or documented step whose verdict changes is flaky."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from rich.console import Console

from bench.load import cpu_burner
from bench.suite import PROJECT_ROOT, run_suite, verdicts
from harness.report.summary import write_json_atomic

__all__ = ["REPEAT_RESULTS", "flaky", "repeat_runs"]

REPEAT_RESULTS = PROJECT_ROOT / "reports" / "repeat.json"


def flaky(decisions: list[dict[str, str]]) -> dict[str, list[str]]:
    """Keys decided differently in some run: key -> the decision of each run (``missing`` if absent)."""
    keys = {k for d in decisions for k in d}
    seen: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        for decided in decisions:
            seen[key].append(decided.get(key, "missing"))
    return {k: v for k, v in seen.items() if len(set(v)) > 1}


def repeat_runs(
    runs: int, workers: int, console: Console, *, burners: int = 1, out: Path = REPEAT_RESULTS
) -> int:
    """Run the full suite ``runs`` times with ``workers`` workers while ``burners`` busy processes load the
    CPU; 0 when every run decided alike. What happened goes to ``out`` (JSON) as well as the console."""
    decisions, seconds = [], []
    with tempfile.TemporaryDirectory(prefix="xlogin-repeat-") as scratch, cpu_burner(burners):
        for number in range(1, runs + 1):
            extra = ["-n", str(workers)] if workers > 1 else []
            run = run_suite(Path(scratch) / f"run{number}", extra)
            decisions.append(verdicts(run.require_summary()))
            seconds.append(round(run.seconds, 1))
            totals = run.require_summary()["totals"]
            console.print(f"run {number}/{runs}: {run.seconds:.0f}s, {totals['passed']} passed, "
                          f"{totals['failed']} failed")  # fmt: skip
    changed = flaky(decisions)
    for key, seen in changed.items():
        console.print(f"[bold red]flaky[/] {key}: {', '.join(seen)}")
    console.print(
        f"{runs} runs with {burners} core(s) kept busy: "
        f"{'no verdict changed' if not changed else f'{len(changed)} verdicts changed'}"
    )
    decided = len(decisions[0]) if decisions else 0
    write_json_atomic(out, {"runs": runs, "workers": workers, "burners": burners, "seconds": seconds,
                            "verdicts": decided, "changed": changed})  # fmt: skip
    return 1 if changed else 0
