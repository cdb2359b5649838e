"""Self-test: the scenarios must pass on the embedded default and fail under every deviation.

Each deviation of ``mock_is.deviations.DEVIATIONS`` makes the simulator break named documented steps.
The suite is run once as is (everything must pass, warnings aside) and once per deviation (in parallel
processes); a deviation is *killed* when a scenario fails and that scenario proves one of the steps
the deviation breaks. A deviation that makes nothing fail, or only scenarios about other steps,
*survives*, and the self-test fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from mock_is.deviations import DEVIATIONS, validate_deviations

__all__ = ["BASELINE", "Outcome", "main", "run_suite", "verdict"]

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "(none)"


@dataclass(frozen=True)
class Outcome:
    """One run of the suite: which scenarios failed and the documented steps they prove."""

    deviation: str
    breaks: tuple[str, ...]
    ran: int
    failed: dict[str, list[str]] = field(default_factory=dict)  # scenario name → its doc ids
    messages: dict[str, str] = field(default_factory=dict)
    error: str = ""

    @property
    def failing_steps(self) -> set[str]:
        """Documented steps proved by a failing scenario."""
        return {doc for docs in self.failed.values() for doc in docs}


def verdict(outcome: Outcome) -> str:
    """``killed``, ``survived``, ``killed elsewhere`` (failures, none on a broken step), or for the
    baseline ``pass`` / ``FAIL``."""
    if outcome.error:
        return "ERROR"
    if outcome.deviation == BASELINE:
        return "pass" if not outcome.failed and outcome.ran else "FAIL"
    if not outcome.failed:
        return "survived"
    return "killed" if outcome.failing_steps & set(outcome.breaks) else "killed elsewhere"


def _read(summary_path: Path, deviation: str, breaks: tuple[str, ...], stderr: str) -> Outcome:
    if not summary_path.exists():
        return Outcome(deviation, breaks, 0, error=f"no summary written; pytest said: {stderr[-800:]}")
    summary: dict[str, Any] = json.loads(summary_path.read_text(encoding="utf-8"))
    failed = [s for s in summary["scenarios"] if s["outcome"] == "failed"]
    return Outcome(
        deviation,
        breaks,
        ran=len(summary["scenarios"]),
        failed={s["name"]: list(s["docs"]) for s in failed},
        messages={s["name"]: str(s["message"]) for s in failed},
    )


def suite_args() -> list[str]:
    """How a subprocess pytest runs the conformance suite (``harness.suite``) from anywhere."""
    from harness.suite import FEATURES_DIR, SUITE_DIR, SUITE_INI

    return [str(SUITE_DIR), "-c", str(SUITE_INI), "--rootdir", str(SUITE_DIR),
            "-o", f"bdd_features_base_dir={FEATURES_DIR}"]  # fmt: skip


def run_suite(deviation: str | None, focus: Sequence[str] = (), tests: str | None = None) -> Outcome:
    """Run the feature suite in a subprocess (with ``deviation`` on), only ``focus`` doc ids if given."""
    name = deviation or BASELINE
    breaks = DEVIATIONS[deviation].breaks if deviation else ()
    with tempfile.TemporaryDirectory(prefix="xlogin-selftest-") as report_dir:
        env = {**os.environ, "XLOGIN_DEVIATIONS": deviation or "", "XLOGIN_REPORT_DIR": report_dir}
        command = [
            sys.executable,
            "-m",
            "pytest",
            *(([tests]) if tests else suite_args()),
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "--tb=no",
            f"--xlogin-report-dir={report_dir}",
        ]
        if focus:
            command.append(f"--xlogin-doc-ids={','.join(focus)}")
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        return _read(Path(report_dir) / "summary.json", name, breaks, done.stdout + done.stderr)


def _failing_steps(outcome: Outcome) -> str:
    """The failing scenarios' steps, the ones the deviation breaks in bold."""
    marked = [f"[bold]{d}[/bold]" if d in outcome.breaks else d for d in sorted(outcome.failing_steps)]
    return ", ".join(marked) or outcome.error or "—"


def _table(outcomes: list[Outcome]) -> Table:
    table = Table(title="Self-test: each deviation must fail a scenario proving a step it breaks")
    for column in ("deviation", "breaks", "failing steps (broken in bold)", "scenarios failed", "verdict"):
        table.add_column(column, overflow="fold")
    for o in outcomes:
        mark = verdict(o)
        color = "green" if mark in ("killed", "pass") else "red"
        table.add_row(
            o.deviation,
            ", ".join(o.breaks) or "—",
            _failing_steps(o),
            f"{len(o.failed)} of {o.ran}",
            f"[{color}]{mark}[/{color}]",
        )
    return table


def main(
    deviations: Sequence[str] | None = None,
    *,
    workers: int = 2,
    focused: bool = True,
    baseline: bool = True,
    console: Console | None = None,
) -> int:
    """Run the baseline and every deviation (or ``deviations``); print the table; 0 only if all are killed.

    ``focused`` runs, per deviation, only the scenarios proving the steps it breaks (fast); without it
    each deviation runs the whole suite. ``baseline=False`` skips the run without deviations.
    """
    out = console or Console()
    # A presentation switch (the Console showing the doc's labels) breaks no step: nothing must fail.
    defects = sorted(n for n, d in DEVIATIONS.items() if d.is_defect)
    names = sorted(validate_deviations(deviations)) if deviations else defects
    jobs: list[tuple[str | None, Sequence[str]]] = [(None, ())] if baseline else []
    jobs += [(n, DEVIATIONS[n].breaks if focused else ()) for n in names]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = list(pool.map(lambda job: run_suite(*job), jobs))
    out.print(_table(outcomes))
    bad = [o.deviation for o in outcomes if verdict(o) not in ("killed", "pass")]
    if bad:
        out.print(f"[red]self-test failed: {', '.join(bad)}[/red]")
        return 1
    passes = "the suite passes as is and " if baseline else ""
    out.print(f"[green]self-test: {passes}kills all {len(names)} deviations[/green]")
    if not deviations and len(defects) < len(DEVIATIONS):
        skipped = ", ".join(sorted(set(DEVIATIONS) - set(defects)))
        out.print(f"not a defect, so not tried: {skipped}", style="dim")
    return 0


if __name__ == "__main__":
    _args = sys.argv[1:]
    _names = [a for a in _args if not a.startswith("-")] or None
    raise SystemExit(main(_names, baseline="--no-baseline" not in _args))
