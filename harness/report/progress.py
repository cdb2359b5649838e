"""What each pytest process is doing right now, for the live status of ``xlogin run`` (issue 7).

Every process that runs scenarios (the only one, or each xdist worker) keeps one file,
``<run dir>/progress/<worker id or "main">.json``, rewritten atomically whenever its step changes::

    {"worker": "gw0", "scenario": "First login", "step": "When the user signs in at X",
     "since": 1764290000.0, "waiting": null | {"message": "...", "deadline": 1764290300.0}}

``xlogin run`` reads the folder twice a second (``read_progress``). The folder only means something
while the run goes on, so the controller removes it when the session ends (``clear_progress``).
The CLI process imports this module without pytest: pytest is imported only by the functions that
run inside pytest.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.report.summary import write_json_atomic

if TYPE_CHECKING:
    import pytest

__all__ = [
    "PROGRESS_DIR",
    "Waiting",
    "WorkerProgress",
    "awaiting_person",
    "clear_progress",
    "mark_idle",
    "mark_step",
    "read_progress",
    "worker_id",
]

PROGRESS_DIR = "progress"


@dataclass(frozen=True)
class Waiting:
    """A person must act: what they must do, and the unix time the step gives up at."""

    message: str
    deadline: float

    def seconds_left(self, now: float | None = None) -> float:
        """Seconds until the deadline (never below zero)."""
        return max(0.0, self.deadline - (time.time() if now is None else now))


@dataclass(frozen=True)
class WorkerProgress:
    """One process's state: the scenario and step it runs (None when idle), since when, who it waits for."""

    worker: str
    scenario: str | None = None
    step: str | None = None
    since: float = 0.0
    waiting: Waiting | None = None

    @property
    def busy(self) -> bool:
        """Whether the process is inside a scenario."""
        return self.scenario is not None


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"expected a string or null, got {type(value).__name__}")


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"expected a number, got {value!r}")
    return float(value)


def _parse(data: Any) -> WorkerProgress:
    """A progress file's content, checked field by field (ValueError, TypeError or KeyError if not)."""
    waiting = data["waiting"]
    if waiting is not None:
        waiting = Waiting(message=str(waiting["message"]), deadline=_number(waiting["deadline"]))
    if not isinstance(data["worker"], str):
        raise ValueError("worker must be a string")
    return WorkerProgress(
        worker=data["worker"],
        scenario=_optional_str(data["scenario"]),
        step=_optional_str(data["step"]),
        since=_number(data["since"]),
        waiting=waiting,
    )


def read_progress(run_dir: Path) -> list[WorkerProgress]:
    """Every process's progress in ``run_dir``, by worker id; files that cannot be read are left out."""
    found: list[WorkerProgress] = []
    for path in sorted((run_dir / PROGRESS_DIR).glob("*.json")):
        try:
            found.append(_parse(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError, KeyError):
            # Written atomically, so never half a file; but a file can vanish between glob and read
            # (the folder is removed at the end) or hold something else: the status just skips it.
            continue
    return found


def clear_progress(run_dir: Path) -> None:
    """Remove the progress folder: once the run is over, no process is doing anything."""
    shutil.rmtree(run_dir / PROGRESS_DIR, ignore_errors=True)


def worker_id(config: pytest.Config) -> str:
    """The xdist worker id (``gw0``...), or ``main`` without xdist."""
    workerinput = getattr(config, "workerinput", None)
    return str(workerinput["workerid"]) if workerinput else "main"


@cache
def _state_key() -> pytest.StashKey[WorkerProgress]:
    import pytest  # here, not at the top: the CLI process reads progress without importing pytest

    return pytest.StashKey[WorkerProgress]()


def _current(config: pytest.Config) -> WorkerProgress:
    return config.stash.get(_state_key(), None) or WorkerProgress(worker=worker_id(config))


def _publish(config: pytest.Config, progress: WorkerProgress) -> None:
    """Keep ``progress`` as this process's state and write it to its file (when the run has a folder)."""
    from harness.report.controller import RUN

    config.stash[_state_key()] = progress
    run = config.stash.get(RUN, None)
    if run is None or run.report_dir is None:
        return
    path = run.report_dir / PROGRESS_DIR / f"{progress.worker}.json"
    try:
        write_json_atomic(path, run.redactor.data(asdict(progress)))
    except OSError:
        # The live status is a convenience: a full disk must not fail the scenario it describes
        # (summary.json, written by the controller, reports the disk trouble loudly enough).
        pass


def mark_step(config: pytest.Config, scenario: str, step: str) -> None:
    """This process now runs ``step`` (``"<keyword> <text>"``) of ``scenario``."""
    _publish(config, replace(_current(config), scenario=scenario, step=step, since=time.time(), waiting=None))


def mark_idle(config: pytest.Config) -> None:
    """This process finished its scenario (teardown included) and runs none."""
    _publish(config, WorkerProgress(worker=worker_id(config), since=time.time()))


def _tell_terminal(config: pytest.Config, line: str) -> None:
    """Show ``line`` when pytest's own output reaches a person (no xdist: a worker's output is lost)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or hasattr(config, "workerinput"):
        return
    capture = config.pluginmanager.get_plugin("capturemanager")
    # Inside a test, stdout is captured; pytest's own pdb support lifts capturing the same way.
    lifted = capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext()
    with lifted:
        reporter.write_line(line, yellow=True, bold=True)
        reporter.flush()  # `xlogin run -v` reads pytest through a pipe, which buffers


def _redacted(config: pytest.Config, text: str) -> str:
    from harness.report.controller import RUN

    run = config.stash.get(RUN, None)
    return run.redactor.text(text) if run is not None else text


@contextlib.contextmanager
def awaiting_person(config: pytest.Config, message: str, timeout_s: float) -> Iterator[None]:
    """While inside, the run's status shows ``message`` and the seconds left for a person to act."""
    _publish(config, replace(_current(config), waiting=Waiting(message, time.time() + timeout_s)))
    _tell_terminal(config, f"⏳ {_redacted(config, message)} ({timeout_s:.0f}s)")
    try:
        yield
    finally:
        _publish(config, replace(_current(config), waiting=None))
