"""The run's verdicts as rich tables: one row per documented step, grouped by the doc's sections."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

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


def progress_text(summary: dict[str, Any] | None, elapsed: float) -> Text:
    """The live line of ``xlogin run``: elapsed time, scenarios done, pass/fail counts, the last one."""
    if summary is None:
        return Text(f"{elapsed:4.0f}s  starting the stack and collecting scenarios…")
    totals, scenarios = summary.get("totals", {}), summary.get("scenarios", [])
    line = Text(f"{elapsed:4.0f}s  {totals.get('scenarios', 0)}/{summary.get('collected', 0)} scenarios  ")
    line.append(f"{totals.get('passed', 0)} passed ", style="green")
    line.append(f"{totals.get('failed', 0)} failed ", style="red" if totals.get("failed") else "dim")
    line.append(f"{totals.get('skipped', 0)} skipped", style="dim")
    if scenarios:
        last = scenarios[-1]
        line.append(f"  · last: {last['name']} ({last['outcome']})", style="dim")
    return line
