"""Run the conformance suite in a child pytest and read back what it decided: the shared runner of
``bench`` and ``tests/perf``.

Every run writes its own report folder (``summary.json``, ``junit.xml``, ``cucumber.json``) so runs can
be compared scenario by scenario and merged; wall and CPU seconds are measured around the child.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.report.runner import PROJECT_ROOT
from harness.suite import plugin_args

__all__ = ["FEATURES", "PROJECT_ROOT", "SuiteRun", "lean_plugins", "pytest_command", "run_suite", "verdicts"]

FEATURES = PROJECT_ROOT / "tests" / "features"


def lean_plugins(extra: Sequence[str] = ()) -> list[str]:
    """Only the plugins a feature run uses (harness.suite.plugin_args), as ``xlogin run`` loads them: xdist
    only for a run given ``-n`` (importing it costs a one-worker run start-up time a user's run does not
    pay); the others the venv installs for other tests cost seconds of start-up per pytest process."""
    return plugin_args(workers=2 if "-n" in extra or "--numprocesses" in extra else 1)


@dataclass(frozen=True)
class SuiteRun:
    """One child pytest run: exit status, time taken, and its report folder's ``summary.json``."""

    returncode: int
    seconds: float
    cpu_seconds: float
    report_dir: Path
    summary: dict[str, Any] | None
    output: str

    def require_summary(self) -> dict[str, Any]:
        """The summary, or an ``AssertionError`` carrying the run's output when there is none."""
        if self.summary is None:
            raise AssertionError(
                f"pytest (exit {self.returncode}) wrote no summary.json:\n{self.output[-4000:]}"
            )
        return self.summary


def pytest_command(report_dir: Path, paths: Sequence[str | Path], extra: Sequence[str]) -> list[str]:
    """The child's command line: the report files go to ``report_dir``; ``extra`` is appended as is."""
    return [
        sys.executable, "-m", "pytest", *map(str, paths), "-q", *lean_plugins(extra),
        f"--junitxml={report_dir / 'junit.xml'}",
        f"--cucumberjson={report_dir / 'cucumber.json'}",
        f"--xlogin-report-dir={report_dir}",
        *extra,
    ]  # fmt: skip


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load(path: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def run_suite(
    report_dir: Path,
    extra: Sequence[str] = (),
    *,
    paths: Sequence[str | Path] = (FEATURES,),
    env: Mapping[str, str] | None = None,
    timeout: float = 1200,
) -> SuiteRun:
    """Run pytest over ``paths`` into ``report_dir``; never raises on a failing suite (see ``returncode``)."""
    report_dir.mkdir(parents=True, exist_ok=True)
    child_env = {**os.environ, **(env or {})}
    child_env.pop("XLOGIN_REPORT_DIR", None)  # the folder goes by --xlogin-report-dir
    cpu, started = _child_cpu(), time.perf_counter()
    done = subprocess.run(
        pytest_command(report_dir, paths, extra),
        cwd=PROJECT_ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    seconds, cpu = time.perf_counter() - started, _child_cpu() - cpu
    output = done.stdout + done.stderr
    return SuiteRun(done.returncode, seconds, cpu, report_dir, _load(report_dir / "summary.json"), output)


def verdicts(summary: Mapping[str, Any]) -> dict[str, str]:
    """What a run decided, comparable across runs: each scenario's outcome and each documented step's
    verdict (``scenario:<nodeid>`` and ``step:<id>`` keys)."""
    decided = {f"scenario:{s['nodeid']}": str(s["outcome"]) for s in summary.get("scenarios", [])}
    decided |= {f"step:{k}": str(v["verdict"]) for k, v in summary.get("steps", {}).items()}
    return decided
