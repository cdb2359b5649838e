"""The run's verdicts as rich tables: one row per documented step, grouped by the doc's sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from harness.report.progress import WorkerProgress
from harness.report.sections import steps_by_section

__all__ = ["VERDICT_STYLES", "progress_text", "totals_line", "verdict_table"]

VERDICT_STYLES = {
    "PASS": "bold green",
    "FAIL": "bold red",
    "DEVIATION": "bold magenta",
    "WARNING": "bold yellow",
    "REVIEW": "bold cyan",
    "SKIPPED": "dim",
}
# Room for a step in the live status; the scenario gets half of it.
_STEP_LIMIT = 60


def _note(step: dict[str, Any]) -> str:
    if step.get("deviation"):
        return f"known deviation: {step['deviation']}"
    if step.get("messages"):
        return str(step["messages"][0])
    if step.get("warnings"):
        w = step["warnings"][0]
        return f"doc says {w['doc_words']!r}, deployment says {w['deployment_words']!r}"
    if step.get("reviews"):
        return str(step["reviews"][0]["evidence"])
    return ""


def verdict_table(summary: dict[str, Any]) -> Table:
    """A table of every documented step's verdict, the doc's sections as row groups."""
    table = Table(title="Conformance by documented step", title_justify="left", expand=False)
    for column, style in (("Step", "bold"), ("Verdict", ""), ("Scenarios", "right"), ("Note", "")):
        table.add_column(column, justify="right" if style == "right" else "left", overflow="fold")
    steps: dict[str, dict[str, Any]] = summary.get("steps", {})
    for title, ids in steps_by_section(steps):
        table.add_row(Text(title, style="bold underline"), "", "", "")
        for step_id in ids:
            step = steps[step_id]
            verdict = Text(step["verdict"], style=VERDICT_STYLES.get(step["verdict"], ""))
            table.add_row(f"  {step_id}", verdict, str(len(step.get("scenarios", []))), _note(step)[:160])
    return table


def totals_line(summary: dict[str, Any]) -> Text:
    """``4 scenarios: 3 passed, 1 failed, 0 skipped · steps PASS 5 FAIL 1 ...`` with colours."""
    totals = summary.get("totals", {})
    line = Text(
        f"{totals.get('scenarios', 0)} scenarios: {totals.get('passed', 0)} passed, "
        f"{totals.get('failed', 0)} failed, {totals.get('skipped', 0)} skipped · steps"
    )
    for verdict, count in totals.get("steps", {}).items():
        line.append(f" {verdict} {count}", style=VERDICT_STYLES.get(verdict, "") if count else "dim")
    if summary.get("incomplete"):
        line.append(" · INCOMPLETE", style="bold magenta")
    return line


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _doing(worker: WorkerProgress, limit: int) -> str:
    """``<scenario> › <step>``, the scenario clipped harder than the step: the step is what moves."""
    return f"{_clip(worker.scenario or '', limit // 2)} › {_clip(worker.step or '…', limit)}"


def _counts(summary: dict[str, Any], elapsed: float) -> Text:
    totals = summary.get("totals", {})
    line = Text(f"{elapsed:4.0f}s  {totals.get('scenarios', 0)}/{summary.get('collected', 0)} scenarios  ")
    line.append(f"{totals.get('passed', 0)} passed ", style="green")
    line.append(f"{totals.get('failed', 0)} failed ", style="red" if totals.get("failed") else "dim")
    line.append(f"{totals.get('skipped', 0)} skipped", style="dim")
    return line


def _append_busy(line: Text, summary: dict[str, Any] | None, busy: list[WorkerProgress]) -> None:
    """One worker: its scenario › step ends the line; several: one line each, the last scenario kept."""
    if len(busy) == 1:
        line.append(f"  ▸ {_doing(busy[0], _STEP_LIMIT)}", style="cyan")
        return
    scenarios = summary.get("scenarios", []) if summary else []
    if scenarios:
        line.append(f"  · last: {scenarios[-1]['name']} ({scenarios[-1]['outcome']})", style="dim")
    for worker in busy:
        line.append(f"\n      {worker.worker} ▸ {_doing(worker, _STEP_LIMIT)}", style="cyan")


def _append_waiting(line: Text, progress: Sequence[WorkerProgress], now: float | None) -> None:
    """The prompt for the person at the terminal (e.g. finish signing in at X), with the time left."""
    for worker in progress:
        if worker.waiting is not None:
            who = f"{worker.worker}: " if len(progress) > 1 else ""
            left = worker.waiting.seconds_left(now)
            line.append(f"\n  ⏳ {who}{worker.waiting.message}  ({left:.0f}s left)", style="bold yellow")


def progress_text(
    summary: dict[str, Any] | None,
    elapsed: float,
    progress: Sequence[WorkerProgress] = (),
    *,
    now: float | None = None,
) -> Text:
    """The live status of ``xlogin run``: elapsed, scenarios done, pass/fail counts, what each process
    runs now (scenario › step), and in bold yellow what a person must do and the seconds left."""
    if summary is None:
        line = Text(f"{elapsed:4.0f}s  starting the stack and collecting scenarios…")
    else:
        line = _counts(summary, elapsed)
    _append_busy(line, summary, [w for w in progress if w.busy])
    _append_waiting(line, progress, now)
    return line
