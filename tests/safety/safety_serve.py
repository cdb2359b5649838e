"""The suite against ``xlogin serve --json`` started on its own, run in a background thread.

The run takes as long as the whole features suite, so ``conftest.py`` starts it as soon as collection
picks a serve test, and it overlaps with the rest of the safety tests; the serve tests only wait for it.
"""

from __future__ import annotations

import json
import secrets
import selectors
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safety_support import (
    PROJECT_ROOT,
    SUITE_TIMEOUT,
    Endpoints,
    external_env,
    features_command,
    names_with_prefix,
)

_SERVE_START = 60.0
Completed = subprocess.CompletedProcess[str]


@dataclass(frozen=True)
class ServeRun:
    """What ``serve`` printed, how the suite run against it ended, what it left, how ``serve`` exited."""

    announced: dict[str, Any]
    result: Completed
    leftovers: list[str]
    serve_exit: int | None
    prefix: str


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return process.stdout.readline()


def _announcement(line: str, log: Path) -> dict[str, Any]:
    if not line:
        raise AssertionError(f"`xlogin serve --json` printed nothing: {log.read_text()[-2000:]}")
    try:
        announced: dict[str, Any] = json.loads(line)
    except ValueError as exc:
        raise AssertionError(f"`xlogin serve --json` printed a non-JSON line: {line[:300]!r}") from exc
    return announced


def _stop(serve: subprocess.Popen[str]) -> int | None:
    """SIGTERM the ``serve`` this test started; its exit code (None if it did not stop in time)."""
    if serve.poll() is None:
        serve.send_signal(signal.SIGTERM)
    try:
        return serve.wait(timeout=15)
    except subprocess.TimeoutExpired:
        serve.kill()
        serve.wait(timeout=5)
        return None


def _run_suite(env: dict[str, str], started: Callable[[subprocess.Popen[str]], None]) -> Completed:
    suite = subprocess.Popen(features_command(), cwd=PROJECT_ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    started(suite)
    try:
        stdout, stderr = suite.communicate(timeout=SUITE_TIMEOUT)
    except subprocess.TimeoutExpired:
        suite.kill()
        stdout, stderr = suite.communicate()
    return subprocess.CompletedProcess(suite.args, suite.returncode, stdout, stderr)


def serve_and_run(folder: Path, started: Callable[[subprocess.Popen[str]], None]) -> ServeRun:
    """Start ``xlogin serve --json``, read its line, run the suite at it, check for leftovers, stop it.

    ``started`` is told of each process as it starts, so an aborted session can stop them.
    """
    log, prefix = folder / "serve-stderr.log", f"xlserve{secrets.token_hex(3)}"
    with log.open("w") as stderr:
        serve = subprocess.Popen(
            [sys.executable, "-m", "harness.cli", "serve", "--json"], cwd=PROJECT_ROOT, text=True,
            stdout=subprocess.PIPE, stderr=stderr,
        )  # fmt: skip
    started(serve)
    try:
        announced = _announcement(_read_line(serve, _SERVE_START), log)
        target = Endpoints(announced["is"], announced["x"], announced["app"], announced["admin_user"],
                           announced["admin_password"])  # fmt: skip
        result = _run_suite(external_env(target, prefix), started)
        with target.admin() as admin:
            leftovers = names_with_prefix(admin, prefix)
    finally:
        code = _stop(serve)
        if serve.stdout is not None:
            serve.stdout.close()
    return ServeRun(announced, result, leftovers, code, prefix)


class BackgroundServeRun(threading.Thread):
    """``serve_and_run`` in a daemon thread; ``outcome()`` waits for it and returns or re-raises."""

    def __init__(self, folder: Path) -> None:
        super().__init__(name="serve-run", daemon=True)
        self.folder = folder
        self._result: ServeRun | None = None
        self._error: BaseException | None = None
        self._processes: list[subprocess.Popen[str]] = []

    def run(self) -> None:
        try:
            self._result = serve_and_run(self.folder, self._processes.append)
        except BaseException as exc:  # handed to the test that waits for it
            self._error = exc

    def abort(self) -> None:
        """Kill the processes this run started that still run (the session ended before the run)."""
        for process in reversed(self._processes):
            if process.poll() is None:
                process.kill()
        self.join(30)

    def outcome(self, timeout: float) -> ServeRun:
        """The run's result, once it finished (re-raising what it raised)."""
        self.join(timeout)
        if self.is_alive():
            raise AssertionError(f"the suite run against `xlogin serve` did not finish in {timeout:g}s")
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
