"""Run some of the project's own tests again and again under CPU load; any test that fails once is a race.

``python -m bench stress --runs 20 tests/mock_is/console`` (issue 12: "20 consecutive runs of the Console
tests with the other core busy must pass"). Each run is a child pytest writing JUnit XML; a test that
failed or errored in any run is named with the runs it failed in, and ``reports/stress.json`` keeps the
figures. Exit 1 when anything failed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from bench.load import cpu_burner
from bench.suite import PROJECT_ROOT, lean_plugins
from harness.report.summary import write_json_atomic

__all__ = ["STRESS_RESULTS", "failed_tests", "stress"]

STRESS_RESULTS = PROJECT_ROOT / "reports" / "stress.json"


def failed_tests(junit: Path) -> tuple[int, list[str]]:
    """How many tests a JUnit file holds, and the ids of those that failed or errored."""
    root = ET.parse(junit).getroot()
    cases = list(root.iter("testcase"))
    bad = [f"{c.get('classname')}::{c.get('name')}" for c in cases if c.find("failure") is not None
           or c.find("error") is not None]  # fmt: skip
    return len(cases), bad


def stress(
    paths: Sequence[str], runs: int, burners: int, console: Console, out: Path = STRESS_RESULTS
) -> int:
    """Run pytest on ``paths`` ``runs`` times while ``burners`` processes keep cores busy."""
    failures: dict[str, list[int]] = defaultdict(list)
    seconds, counts = [], []
    with tempfile.TemporaryDirectory(prefix="xlogin-stress-") as scratch, cpu_burner(burners):
        for number in range(1, runs + 1):
            junit = Path(scratch) / f"run{number}.xml"
            started = time.perf_counter()
            command = [sys.executable, "-m", "pytest", *paths, "-q", *lean_plugins(),
                       f"--junitxml={junit}"]  # fmt: skip
            subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, check=False)
            seconds.append(round(time.perf_counter() - started, 1))
            count, bad = failed_tests(junit) if junit.is_file() else (0, ["<pytest wrote no JUnit XML>"])
            counts.append(count)
            for test in bad:
                failures[test].append(number)
            console.print(f"run {number}/{runs}: {seconds[-1]:.0f}s, {count} tests, {len(bad)} failed")
    for test, numbers in failures.items():
        console.print(f"[bold red]failed[/] {test} in runs {numbers}")
    console.print(f"{runs} runs of {' '.join(paths)} with {burners} core(s) kept busy: "
                  f"{'all passed' if not failures else f'{len(failures)} tests failed'}")  # fmt: skip
    write_json_atomic(out, {"paths": list(paths), "runs": runs, "burners": burners, "seconds": seconds,
                            "tests": counts, "failed": failures})  # fmt: skip
    return 1 if failures or not all(counts) else 0
