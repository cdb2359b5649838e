"""Start the embedded stack's process before the suite imports anything else (loaded first by
``harness.suite.plugin_args``).

The suite's own imports take about 2 s of one core; the stack's process builds the stack on the other
core meanwhile, so it answers about when Chromium has launched (docs/performance.md, "The stack in its own
process"). No process is started for an external target. Under pytest-xdist the controller, which runs no
scenario and is idle, starts one stack for all its workers and hands them its answer through a file
(``XLOGIN_SHARED_STACK``, set before the workers start); four interpreters importing at once on two cores
made a stack per worker slower (``XLOGIN_STACK_PER_WORKER=1`` still gives each worker its own, for the
benchmark that compares the two). ``harness.fixtures.embedded_stack`` takes what this module started, or
starts a stack itself when the run did not load this plugin (the project's own tests). What this module
started is stopped at exit.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path
from types import TracebackType

import pytest

from harness.targets.stack_process import StackInfo, StackProcess, StackStartError, settings_from

__all__ = ["SHARED_STACK_ENV", "SharedStack", "pytest_addoption", "take_early_stack"]

SHARED_STACK_ENV = "XLOGIN_SHARED_STACK"
_PER_WORKER_ENV = "XLOGIN_STACK_PER_WORKER"
_WAIT_SECONDS = 90.0

_early: StackProcess | SharedStack | None = None


class SharedStack:
    """The stack an xdist controller started, as a worker sees it: its answer, read from the file the
    controller writes. The controller owns the process, so leaving the ``with`` block stops nothing."""

    def __init__(self, answer_file: Path, settings: dict[str, str]) -> None:
        self.answer_file = answer_file
        self.settings = settings

    def info(self, timeout: float = _WAIT_SECONDS) -> StackInfo:
        """The controller's stack, once it answers; ``StackStartError`` if it could not start."""
        deadline = time.monotonic() + timeout
        while not self.answer_file.exists():
            if time.monotonic() > deadline:
                raise StackStartError(f"the shared embedded stack gave no answer within {timeout:.0f} s")
            time.sleep(0.02)
        answer = json.loads(self.answer_file.read_text(encoding="utf-8"))
        if "error" in answer:
            raise StackStartError(answer["error"])
        return StackInfo(**answer)

    def stop(self) -> None:
        """Nothing: the controller stops the stack after its workers are done."""

    def __enter__(self) -> SharedStack:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _xdist_controller(argv: list[str]) -> bool:
    # From the command line alone: PYTEST_XDIST_WORKER is inherited by every process a worker starts (a
    # suite run started by one of the project's own tests under xdist). A worker's own command line is
    # execnet's ``python -c``, which names no ``-n``.
    for i, arg in enumerate(argv):
        value = None
        if arg in ("-n", "--numprocesses"):
            value = argv[i + 1] if i + 1 < len(argv) else None
        elif arg.startswith("--numprocesses="):
            value = arg.split("=", 1)[1]
        elif arg.startswith("-n") and len(arg) > 2:
            value = arg[2:]
        if value is not None:
            return value != "0"
    return False


def _hand_answer_to_workers(stack: StackProcess, answer_file: Path) -> None:
    # Imported here, once the stack has answered: the report package is too heavy for this plugin's import.
    from harness.report.atomic import write_atomic

    try:
        document = asdict(stack.info())
    except StackStartError as error:
        document = {"error": str(error)}
    # Whole or not at all, so a worker never reads half an answer; owner-only, as it holds the admin
    # password (in a 0700 folder, removed at exit).
    write_atomic(answer_file, json.dumps(document), mode=0o600)


def _share_with_workers() -> None:
    stack = StackProcess()
    folder = Path(tempfile.mkdtemp(prefix="xlogin-stack-"))  # mode 0700
    answer_file = folder / "answer.json"
    os.environ[SHARED_STACK_ENV] = str(answer_file)
    threading.Thread(target=_hand_answer_to_workers, args=(stack, answer_file), daemon=True).start()

    def stop() -> None:
        stack.stop()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)


def take_early_stack() -> StackProcess | SharedStack | None:
    """What this module started for the settings the run has now, once; None when it started nothing
    (or for other settings, since stopped)."""
    global _early
    early, _early = _early, None
    if early is not None and early.settings != settings_from(os.environ):
        early.stop()
        return None
    return early


def _stop_untaken() -> None:
    if _early is not None:
        _early.stop()


def _start() -> None:
    global _early
    if _early is not None:  # registered again in one process (pytester's inline runs)
        return
    shared = os.environ.get(SHARED_STACK_ENV)
    controller = _xdist_controller(sys.argv)
    if shared and not controller and "PYTEST_XDIST_WORKER" in os.environ:
        _early = SharedStack(Path(shared), settings_from(os.environ))
    elif controller:
        if not os.environ.get(_PER_WORKER_ENV):
            _share_with_workers()
    else:
        _early = StackProcess()
        atexit.register(_stop_untaken)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Start the stack. Not a hook about options: pytest calls it on a plugin as it registers it, which
    for ``-p`` plugins is right after their import and before the next one's, so a module that only
    imports this one (a test) starts nothing."""
    if os.environ.get("XLOGIN_TARGET", "embedded") != "external":
        _start()
