"""``xlogin run``: the conformance suite in a pytest process, its report folder, and the exit code.

Exit codes mean one thing each (issue 7): 0 conformant (warnings allowed), 1 not conformant, 2 the
harness could not run, with the reason in one line.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from harness import suite
from harness.config import HarnessSettings
from harness.report.progress import WorkerProgress, clear_progress, read_progress
from harness.report.redact import Redactor, secrets_from_env

__all__ = [
    "PROJECT_ROOT",
    "SUITE_DIR",
    "ProgressCallback",
    "RunResult",
    "exit_code_for",
    "new_run_id",
    "point_latest",
    "run_suite",
]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The suite a run runs: harness/suite's bindings with their own pytest.ini and the installed features.
SUITE_DIR, SUITE_INI, FEATURES = suite.SUITE_DIR, suite.SUITE_INI, suite.FEATURES_DIR
CONFORMANT, NOT_CONFORMANT, COULD_NOT_RUN = 0, 1, 2
# pytest's own exit codes (pytest.ExitCode), named here to keep pytest out of the CLI process.
_PYTEST_TESTS_FAILED, _PYTEST_INTERRUPTED, _PYTEST_INTERNAL_ERROR, _PYTEST_NO_TESTS = 1, 2, 3, 5
_TICK_SECONDS = 0.5
_TAIL_LINES = 40

# What ``run_suite`` reports twice a second: the partial summary (None before pytest wrote one) and
# what each pytest process is doing now.
ProgressCallback = Callable[[dict[str, Any] | None, list[WorkerProgress]], None]


@dataclass(frozen=True)
class RunResult:
    """What a run produced: its exit code, the reason when it could not run, and its report."""

    exit_code: int
    run_dir: Path
    summary: dict[str, Any] | None
    reason: str = ""
    output_tail: list[str] = field(default_factory=list)


def new_run_id() -> str:
    """A sortable, unique run id: UTC time plus a few random characters."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def point_latest(report_dir: Path, run_dir: Path) -> Path:
    """Point ``<report_dir>/latest`` at ``run_dir`` (relative symlink, swapped in atomically)."""
    latest = report_dir / "latest"
    tmp = report_dir / f".latest-{secrets.token_hex(4)}"
    tmp.symlink_to(os.path.relpath(run_dir, report_dir))
    os.replace(tmp, latest)
    return latest


def pytest_command(settings: HarnessSettings, run_dir: Path, keyword: str | None) -> list[str]:
    """The pytest command line of a run over the suite (``harness.suite``), from any working directory."""
    command = [
        # pytest, taking SIGINT even when started with it ignored (harness/suite/__main__.py).
        sys.executable, "-m", "harness.suite", str(SUITE_DIR),
        "-c", str(SUITE_INI), "--rootdir", str(SUITE_DIR), "-o", f"bdd_features_base_dir={FEATURES}",
        f"--junitxml={run_dir / 'junit.xml'}",
        f"--cucumberjson={run_dir / 'cucumber.json'}",
        f"--xlogin-report-dir={run_dir}",
        # Python 3.11.7's ast can raise "SystemError: AST constructor recursion depth mismatch" while
        # pytest parses source for a long/short traceback, which ends the whole session as INTERNALERROR;
        # native tracebacks never parse source.
        "--tb=native",
        # Only the plugins the suite uses, by name (harness.suite.plugin_args: autoloading costs seconds).
        *suite.plugin_args(workers=settings.workers, allure=settings.alluredir is not None),
        # pytest-playwright keeps a trace and a screenshot of each failed scenario, inside the run's
        # folder, where the report links them and the redaction sweep reaches them.
        "--output", str(run_dir / "artifacts"),
        "--tracing", settings.tracing,
        "--screenshot", "only-on-failure",
    ]  # fmt: skip
    if settings.alluredir is not None:
        # allure-pytest-bdd and the glue that gives it the doc's step ids are loaded by plugin_args.
        command.append(f"--alluredir={settings.alluredir}")
    if settings.headed:
        command.append("--headed")
    if settings.workers > 1:
        command += ["-n", str(settings.workers)]
    if keyword:
        command += ["-k", keyword]
    return command


def _load_summary(run_dir: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def _setup_failure(summary: dict[str, Any]) -> str | None:
    # Every failure happened before any step ran (fixtures: stack, browser, admin login): the harness,
    # not the deployment, is what failed.
    failed = [s for s in summary.get("scenarios", []) if s.get("outcome") == "failed"]
    if failed and all(s.get("phase") == "setup" for s in failed):
        return f"setup failed: {failed[0].get('message', '')}"
    return None


def exit_code_for(pytest_status: int, summary: dict[str, Any] | None) -> tuple[int, str]:
    """Map pytest's exit status and the summary to (exit code, one-line reason when not 0/1)."""
    if pytest_status == _PYTEST_INTERRUPTED:
        return COULD_NOT_RUN, "the run was interrupted; the report is marked incomplete"
    if pytest_status == _PYTEST_NO_TESTS:
        return COULD_NOT_RUN, "no scenario was selected (check -k)"
    if pytest_status == _PYTEST_INTERNAL_ERROR:
        return COULD_NOT_RUN, "pytest stopped on an internal error (INTERNALERROR in its output)"
    if pytest_status not in (0, _PYTEST_TESTS_FAILED):
        return COULD_NOT_RUN, f"pytest could not run the suite (exit status {pytest_status})"
    if summary is None:
        return COULD_NOT_RUN, "pytest wrote no summary.json (is harness.report.plugin loaded?)"
    reason = _setup_failure(summary)
    if reason:
        return COULD_NOT_RUN, reason.splitlines()[0]
    if summary.get("incomplete"):
        return COULD_NOT_RUN, "the run stopped before every scenario ran; the report is marked incomplete"
    failed = [s for s in summary.get("scenarios", []) if s.get("outcome") == "failed"]
    if pytest_status == _PYTEST_TESTS_FAILED and not failed:
        return COULD_NOT_RUN, "pytest failed although no scenario did (see its output)"
    # Failed scenarios can still be conformant: every step they prove is a known deviation.
    conformant = summary.get("conformant", False)
    return (CONFORMANT, "") if conformant else (NOT_CONFORMANT, "")


class _Output:
    """pytest's output, read on a thread: redacted, echoed when streaming, its tail kept for errors."""

    def __init__(self, process: subprocess.Popen[str], redactor: Redactor, stream: bool) -> None:
        self.tail: deque[str] = deque(maxlen=_TAIL_LINES)
        self._thread = threading.Thread(target=self._pump, args=(process, redactor, stream), daemon=True)
        self._thread.start()

    def _pump(self, process: subprocess.Popen[str], redactor: Redactor, stream: bool) -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            line = redactor.text(raw)
            self.tail.append(line)
            if stream:
                sys.stdout.write(line)
                sys.stdout.flush()

    def join(self) -> None:
        self._thread.join(timeout=5)


def _wait(process: subprocess.Popen[str], tick: Callable[[], None] | None) -> int:
    while True:
        try:
            return process.wait(timeout=_TICK_SECONDS)
        except subprocess.TimeoutExpired:
            if tick is not None:
                tick()
        except KeyboardInterrupt:
            # Ctrl-C reached pytest too (same process group): let it finish writing what it has.
            tick = None


def _run_pytest(
    command: list[str], env: dict[str, str], stream: bool, tick: Callable[[], None] | None
) -> tuple[int, list[str]]:
    """Run pytest; SIGTERM is passed on as SIGINT so pytest stops cleanly and writes what it has."""
    redactor = Redactor(secrets_from_env(env))
    process = subprocess.Popen(
        command, cwd=SUITE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    output = _Output(process, redactor, stream)
    with _sigterm_as_sigint(process):
        status = _wait(process, tick)
    output.join()
    return status, list(output.tail)


@contextmanager
def _sigterm_as_sigint(process: subprocess.Popen[str]) -> Iterator[None]:
    """Pass SIGTERM on to pytest as SIGINT while it runs. Only the main thread can take signals, so a
    run started from another thread (several runs at once) leaves them to its caller."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def forward(signum: int, frame: FrameType | None) -> None:
        process.send_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _journal_for(settings: HarnessSettings, run_id: str, env: dict[str, str]) -> Path | None:
    """An external target gets a journal (every creation written before it is made); the embedded
    stack dies with the run, so a journal of it would only name objects that no longer exist."""
    if settings.target != "external":
        return None
    from harness.journal import JOURNAL_ENV, default_journal_path

    path = default_journal_path(settings.report_dir.resolve(), run_id)
    env[JOURNAL_ENV] = str(path)
    return path


def _backstop_cleanup(settings: HarnessSettings, path: Path) -> None:
    """Whatever a crashed or interrupted pytest left behind on the target, removed from the journal."""
    from harness.journal import Journal, cleanup

    journal = Journal(path)
    if not path.exists() or not journal.pending() or settings.is_url is None:
        return
    with settings.admin_client(settings.is_url) as admin:
        cleanup(journal, admin)


def run_suite(
    settings: HarnessSettings,
    keyword: str | None = None,
    *,
    stream: bool = True,
    on_progress: ProgressCallback | None = None,
) -> RunResult:
    """Run the conformance suite into ``<report_dir>/<run id>/`` and point ``latest`` at it.

    ``stream`` echoes pytest's (redacted) output; ``on_progress`` gets the partial summary and
    each process's current scenario and step twice a second.
    """
    run_id = settings.run_id or new_run_id()
    run_dir = settings.report_dir.resolve() / run_id
    run_dir.mkdir(parents=True, exist_ok=False)
    env = {**os.environ, **settings.to_env(), "XLOGIN_RUN_ID": run_id}
    env.pop("XLOGIN_REPORT_DIR", None)  # the run's folder goes by --xlogin-report-dir
    journal = _journal_for(settings, run_id, env)
    tick = (lambda: on_progress(_load_summary(run_dir), read_progress(run_dir))) if on_progress else None
    status, tail = _run_pytest(pytest_command(settings, run_dir, keyword), env, stream, tick)
    clear_progress(run_dir)  # pytest removes it itself unless it was killed outright
    if journal is not None:
        _backstop_cleanup(settings, journal)
    point_latest(settings.report_dir.resolve(), run_dir)
    summary = _load_summary(run_dir)
    code, reason = exit_code_for(status, summary)
    return RunResult(code, run_dir, summary, reason, tail)
