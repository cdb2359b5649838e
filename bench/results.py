"""A benchmark figure, measured next to its baseline from the same run, and how results are shown.

Every figure is a ratio against a baseline measured in the same ``make bench`` (issue 8 item 4): the
machine's load then hits both alike, so the ratio means more than the seconds on a shared 2-core box.
"""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.table import Table

from harness.report.summary import write_json_atomic

__all__ = ["Figure", "machine", "median", "results_table", "write_results"]


@dataclass(frozen=True)
class Figure:
    """``value`` (in ``unit``) of ``name`` against ``baseline`` (same unit); ``ratio`` = value / baseline."""

    group: str
    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """value / baseline, or None when the baseline is zero."""
        return self.value / self.baseline if self.baseline else None

    def as_json(self) -> dict[str, Any]:
        """The figure as ``reports/bench.json`` stores it (ratio included)."""
        return {**asdict(self), "ratio": None if self.ratio is None else round(self.ratio, 3)}


def median(values: Sequence[float]) -> float:
    """The median of non-empty ``values``."""
    return float(statistics.median(values))


def machine() -> dict[str, Any]:
    """What the figures depend on: core count, load when measured, Python and platform."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cores": os.cpu_count(),
        "load_average_1m": round(load[0], 2),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "measured": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.3f} {unit}" if value < 10 else f"{value:,.1f} {unit}"


def results_table(figures: Iterable[Figure], host: dict[str, Any]) -> Table:
    """The rich table ``make bench`` prints."""
    title = f"x-login benchmarks — {host['cores']} cores, load {host['load_average_1m']} at the end"
    table = Table(title=title, title_justify="left")
    for column in ("group", "figure", "value", "baseline", "ratio", "note"):
        table.add_column(column, justify="right" if column in ("value", "ratio") else "left")
    for f in figures:
        ratio = "—" if f.ratio is None else f"{f.ratio:,.2f}×"
        baseline = f"{f.baseline_name}: {_fmt(f.baseline, f.unit)}"
        table.add_row(f.group, f.name, _fmt(f.value, f.unit), baseline, ratio, f.note)
    return table


def write_results(path: Path, figures: Iterable[Figure], host: dict[str, Any], **meta: Any) -> None:
    """Write ``reports/bench.json``: the machine, any run metadata, and every figure."""
    write_json_atomic(path, {"machine": host, **meta, "figures": [f.as_json() for f in figures]})
