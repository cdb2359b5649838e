"""How the suite's time grows with scenarios: 1x, 2x, 4x copies of the first Try-it-out scenario.

The copies are written to a temporary feature file (with the feature's Background) and bound by a
temporary test module inside the project, so the root conftest's fixtures and steps apply unchanged;
every copy makes its own X account, connection and application through ``harness.world``, as any
scenario does. Each size runs three times, interleaved; a least-squares line through (copies, median
seconds) gives the cost of one more scenario (slope) and of the run around it (intercept: pytest, the
stack, the browser).
"""

from __future__ import annotations

import re
import shutil
import statistics
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench.results import Figure
from bench.suite import PROJECT_ROOT, SuiteRun, run_suite

__all__ = ["copies_of_first_scenario", "fit_line", "measure"]

SOURCE = PROJECT_ROOT / "features" / "try_it_out.feature"
_BINDING = '''"""Bench only: {copies} copies of a Try-it-out scenario."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios({feature!r})
'''
_SCENARIO = re.compile(r"^\s*(@[^\n]*\n)?\s*Scenario:", re.MULTILINE)


def copies_of_first_scenario(feature_text: str, copies: int) -> str:
    """The feature's header and Background, then ``copies`` copies of its first scenario (renamed)."""
    starts = [m.start() for m in _SCENARIO.finditer(feature_text)]
    if not starts:
        raise ValueError("the feature has no Scenario to copy")
    header = feature_text[: starts[0]]
    first = feature_text[starts[0] : starts[1] if len(starts) > 1 else len(feature_text)].rstrip() + "\n"
    title = re.search(r"Scenario:\s*(.+)", first)
    assert title is not None  # the regex above matched "Scenario:"
    bodies = [
        first.replace(title.group(0), f"Scenario: {title.group(1)} (copy {n})") for n in range(1, copies + 1)
    ]
    return header + "\n".join(bodies)


def fit_line(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares (slope, intercept) of ``points``; at least two distinct x values."""
    n = len(points)
    mean_x, mean_y = sum(p[0] for p in points) / n, sum(p[1] for p in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        raise ValueError("need at least two distinct numbers of copies")
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
    return slope, mean_y - slope * mean_x


@contextmanager
def _copies_suite(copies: int) -> Iterator[Path]:
    folder = PROJECT_ROOT / "reports" / f".bench-growth-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True)
    try:
        feature = folder / f"growth_{copies}x.feature"
        feature.write_text(
            copies_of_first_scenario(SOURCE.read_text(encoding="utf-8"), copies), encoding="utf-8"
        )
        test = folder / f"test_growth_{copies}x.py"
        test.write_text(_BINDING.format(copies=copies, feature=str(feature)), encoding="utf-8")
        yield test
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(copies: int, scratch: Path) -> SuiteRun:
    with _copies_suite(copies) as test:
        run = run_suite(scratch / f"growth-{copies}x", paths=[test])
    summary = run.require_summary()
    if summary["totals"]["scenarios"] != copies or summary["totals"]["failed"]:
        raise RuntimeError(f"the {copies}x run did not pass {copies} scenarios: {summary['totals']}")
    return run


def measure(scratch: Path, steps: Sequence[int] = (1, 2, 4), rounds: int = 3) -> list[Figure]:
    """Run each number of copies ``rounds`` times, interleaved (1, 2, 4, 1, 2, 4, …) so that a slow spell
    of the machine does not fall on one size only; the line goes through each size's median. One run per
    size swung the intercept by 2–4 s between two benchmarks of one commit (docs/performance.md)."""
    samples: dict[int, list[SuiteRun]] = {k: [] for k in steps}
    for attempt in range(rounds):
        for k in steps:
            samples[k].append(_run(k, scratch / f"round{attempt + 1}"))
    medians = {k: statistics.median(r.seconds for r in runs) for k, runs in samples.items()}
    slope, intercept = fit_line(list(medians.items()))
    seconds = {f"{k}x": round(v, 2) for k, v in medians.items()}
    every = {f"{k}x": [round(r.seconds, 2) for r in runs] for k, runs in samples.items()}
    note = (
        f"medians of {rounds} runs {', '.join(f'{k}={v}s' for k, v in seconds.items())}; "
        f"fixed cost {intercept:.1f}s"
    )
    return [
        Figure(
            "growth",
            "seconds per extra Try-it-out scenario",
            slope,
            "s",
            "whole 1x run",
            medians[steps[0]],
            note,
            {"seconds": seconds, "runs": every, "intercept": round(intercept, 2)},
        ),  # fmt: skip
    ]
