"""One run of the whole suite against ``xlogin serve --json`` started on its own, as an external target.

It feeds every "real run" safety test at once (issue 7, items 3 and 6), since the suite is the slow part:
seed the served IS with objects of our own and snapshot them, run the suite at it with every report
output on (traces included), snapshot again, list what is left, stop ``serve`` with SIGTERM, and collect
the secrets the stack handed out (``safety_spy``). ``conftest.py`` starts it in a background thread as
soon as collection selects its tests, so it overlaps with the rest of the safety tests.
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
    Seeded,
    external_env,
    features_command,
    listing,
    names_with_prefix,
    seed,
    snapshot,
)

_SERVE_START = 60.0
_SPY = Path(__file__).with_name("safety_spy.py")
Completed = subprocess.CompletedProcess[str]
Started = Callable[[subprocess.Popen[str]], None]


@dataclass(frozen=True)
class ExternalRun:
    """Everything the run saw and left, for the tests to check one thing each."""

    announced: dict[str, Any]
    seeded: Seeded
    before: dict[str, str]
    after: dict[str, str]
    listing_before: dict[str, str]
    listing_after: dict[str, str]
    leftovers: list[str]
    result: Completed
    report: Path
    issued_secrets: list[str]
    serve_exit: int | None
    prefix: str


def report_options(report: Path) -> list[str]:
    """What ``xlogin run`` writes (harness/report/runner.py) plus every trace and screenshot."""
    return [
        f"--junitxml={report / 'junit.xml'}",
        f"--cucumberjson={report / 'cucumber.json'}",
        f"--xlogin-report-dir={report}",
        "--tracing=on",
        "--screenshot=on",
        f"--output={report / 'artifacts'}",
    ]


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
        return serve.wait(timeout=30)
    except subprocess.TimeoutExpired:
        serve.kill()
        serve.wait(timeout=5)
        return None


def _run_suite(env: dict[str, str], report: Path, started: Started) -> Completed:
    command = features_command(*report_options(report))
    suite = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    started(suite)
    try:
        stdout, stderr = suite.communicate(timeout=SUITE_TIMEOUT)
    except subprocess.TimeoutExpired:
        suite.kill()
        stdout, stderr = suite.communicate()
    return subprocess.CompletedProcess(command, suite.returncode, stdout, stderr)


def _start_serve(folder: Path, started: Started) -> subprocess.Popen[str]:
    # `xlogin serve --json` itself (harness.cli.main), behind the spy that only writes secrets down.
    with (folder / "serve-stderr.log").open("w") as stderr:
        serve = subprocess.Popen(
            [sys.executable, str(_SPY), str(folder / "secrets.jsonl"), "--json"], cwd=PROJECT_ROOT,
            text=True, stdout=subprocess.PIPE, stderr=stderr,
        )  # fmt: skip
    started(serve)
    return serve


def _issued(folder: Path) -> list[str]:
    path = folder / "secrets.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [str(json.loads(line)) for line in lines]


def serve_and_run(folder: Path, started: Started) -> ExternalRun:
    """The whole run (see the module docstring); ``started`` hears of each process this starts."""
    prefix, report = f"xlext{secrets.token_hex(3)}", folder / "report"
    serve = _start_serve(folder, started)
    try:
        announced = _announcement(_read_line(serve, _SERVE_START), folder / "serve-stderr.log")
        target = Endpoints(announced["is"], announced["x"], announced["app"], announced["admin_user"],
                           announced["admin_password"])  # fmt: skip
        with target.admin() as admin:
            seeded = seed(admin)
            before, listing_before = snapshot(admin, seeded), listing(admin)
            result = _run_suite(external_env(target, prefix), report, started)
            after, listing_after = snapshot(admin, seeded), listing(admin)
            leftovers = names_with_prefix(admin, prefix)
    finally:
        code = _stop(serve)
        if serve.stdout is not None:
            serve.stdout.close()
    return ExternalRun(announced, seeded, before, after, listing_before, listing_after, leftovers, result,
                       report, _issued(folder), code, prefix)  # fmt: skip


class BackgroundExternalRun(threading.Thread):
    """``serve_and_run`` in a daemon thread; ``outcome()`` waits for it and returns or re-raises."""

    def __init__(self, folder: Path) -> None:
        super().__init__(name="external-run", daemon=True)
        self.folder = folder
        self._result: ExternalRun | None = None
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

    def outcome(self, timeout: float) -> ExternalRun:
        """The run's result, once it finished (re-raising what it raised)."""
        self.join(timeout)
        if self.is_alive():
            raise AssertionError(f"the suite run against `xlogin serve` did not finish in {timeout:g}s")
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
