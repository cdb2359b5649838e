"""The embedded stack in a process of its own (``harness.targets.stack_process``) and the suite's early
start of it (``harness.suite.early_stack``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from harness.suite.early_stack import SHARED_STACK_ENV, _xdist_controller
from harness.targets.stack_process import StackProcess, StackStartError


def _answers(url: str) -> bool:
    try:
        with httpx.Client(trust_env=False, timeout=2) as http:
            return http.get(url + "/healthz").status_code == 200
    except httpx.TransportError:
        return False


def _gone(pid: int, within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _env(**values: str) -> dict[str, str]:
    return {**os.environ, **values}


def test_it_answers_with_the_stack_it_started_and_stops_with_the_block() -> None:
    with StackProcess(_env(XLOGIN_PROFILE="7.2", XLOGIN_DEVIATIONS="")) as stack:
        info = stack.info()
        assert stack.info() is info  # one answer, however often it is asked for
        assert info.profile == "7.2" and info.admin_user == "admin" and len(info.admin_password) >= 16
        assert info.is_x_url == info.x_url  # mock X mode: IS's twitter4j points at mock X
        with httpx.Client(trust_env=False) as http:
            meta = http.get(info.is_url + "/oauth2/token/.well-known/openid-configuration").json()
        assert meta["issuer"] == info.is_url + "/oauth2/token"
        assert _answers(info.app_url)
    assert _gone(stack.pid, within=1) and not _answers(info.app_url)


def test_a_stack_that_cannot_start_says_why() -> None:
    with (
        StackProcess(_env(XLOGIN_DEVIATIONS="no-such-thing")) as stack,
        pytest.raises(StackStartError, match="UnknownDeviationError: .*no-such-thing"),
    ):
        stack.info()
    assert _gone(stack.pid, within=1)


_ORPHAN = """
import os, sys
from harness.targets.stack_process import StackProcess
stack = StackProcess()
info = stack.info()
print(stack.pid, info.app_url, flush=True)
os.kill(os.getpid(), 9)  # the suite dies without stopping it
"""


def test_it_stops_when_the_suite_dies_however_it_dies() -> None:
    done = subprocess.run([sys.executable, "-c", _ORPHAN], capture_output=True, text=True, timeout=120)
    pid, app_url = done.stdout.split()
    assert _gone(int(pid)), "the stack outlived the process that started it"
    assert not _answers(app_url)


def test_ctrl_c_leaves_it_serving_until_the_suite_stops_it() -> None:
    # The terminal sends SIGINT to the whole process group; the interrupted run's teardown still needs IS.
    with StackProcess() as stack:
        info = stack.info()
        os.kill(stack.pid, signal.SIGINT)
        time.sleep(0.3)
        assert _answers(info.app_url)
    assert _gone(stack.pid, within=1)


@pytest.mark.parametrize(
    ("argv", "worker", "controller"),
    [
        (["pytest", "-n", "2"], None, True),
        (["pytest", "-n2"], None, True),
        (["pytest", "--numprocesses=auto"], None, True),
        (["pytest", "-n", "0"], None, False),
        (["pytest", "-q"], None, False),
        (["-c"], "gw0", False),  # a worker: execnet's command line
        # A run started by a test that itself runs under xdist inherits PYTEST_XDIST_WORKER.
        (["pytest", "-n", "2"], "gw1", True),
    ],
)
def test_the_xdist_controller_is_told_by_its_command_line(
    argv: list[str], worker: str | None, controller: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if worker is None:
        monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    else:
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
    assert _xdist_controller(argv) is controller


def _loaded_after(statements: str, modules: tuple[str, ...], **env: str) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds once it has run ``statements``."""
    probe = f"import sys, json; {statements}; print(json.dumps([m for m in {modules!r} if m in sys.modules]))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=_env(**env)
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_the_suites_first_plugin_imports_nothing_heavy() -> None:
    # It starts the stack before the suite's imports; importing the stack's own modules would undo that.
    heavy = ("fastapi", "mock_is", "mock_x", "playwright", "harness.targets.embedded")
    # XLOGIN_TARGET=external: imported without starting a stack.
    assert _loaded_after("import harness.suite.early_stack", heavy, XLOGIN_TARGET="external") == []


def test_the_stacks_process_imports_no_browser_and_no_pytest() -> None:
    # What the stack's process imports before it answers is on every run's critical path: real X mode's
    # switch (harness.real_x.mode) must not bring Playwright, pytest or the journeys with it, nor the
    # redactor the report's findings. The stack is built (its apps import most of mock IS only then), not
    # started.
    statements = (
        "import harness.targets.stack_process; from harness.real_x.mode import real_x_mode; "
        "from harness.targets.embedded import EmbeddedStack; EmbeddedStack()"
    )
    suite_side = ("playwright", "pytest", "harness.journeys", "harness.report.findings")
    assert _loaded_after(statements, suite_side) == []


def test_the_stack_answers_before_scim_is_loaded_and_loads_it_after() -> None:
    # scim2-models is about half a second of the stack's start: mock IS's routes import it on first use,
    # and the started stack loads it in a thread of its own (stop() waits for that thread).
    built = "from harness.targets.embedded import EmbeddedStack; stack = EmbeddedStack()"
    deferred = ("scim2_models", "mock_is.api.scim_users", "mock_is.api.scim_discovery")
    assert _loaded_after(built, deferred) == []
    assert _loaded_after(f"{built}; stack.start(); stack.stop()", deferred) == list(deferred)


def test_the_suites_process_imports_no_server() -> None:
    # The servers run in the stack's process; the suite's reads their records, URLs and versions only.
    # Importing a package whose __init__ builds its app (FastAPI, Starlette, faker, authlib's Starlette
    # client) cost the suite about 0.4 s before its first scenario.
    statements = (
        "import importlib; from harness.suite import SUITE_PLUGINS; "
        "[*map(importlib.import_module, SUITE_PLUGINS)]"
    )
    servers = (
        "fastapi", "starlette", "faker", "uvicorn", "mock_is.app", "mock_x.app", "harness.sample_app.app",
        "authlib.integrations.starlette_client",
    )  # fmt: skip
    assert _loaded_after(statements, servers) == []


_WORKER_TESTS = """
import os, pathlib

def test_the_stack(target):
    record = pathlib.Path(os.environ["RECORD_DIR"]) / os.environ["PYTEST_XDIST_WORKER"]
    record.write_text(target.is_url)
"""


def _is_urls_by_worker(folder: Path, **env: str) -> dict[str, str]:
    """Run one test on each of 2 xdist workers (``--dist each``); the IS each worker's target was."""
    folder.mkdir()
    (folder / "conftest.py").write_text('pytest_plugins = ["harness.fixtures"]\n')
    (folder / "test_workers.py").write_text(_WORKER_TESTS)
    # As when a test of the project's own runs it under xdist: the controller inherits a worker's id
    # (each of the run's own workers gets its own), and must still share its stack.
    run_env = _env(RECORD_DIR=str(folder), PYTEST_XDIST_WORKER="gw9", **env)
    run_env.pop(SHARED_STACK_ENV, None)
    command = [
        sys.executable, "-m", "pytest", "--disable-plugin-autoload", "-p", "harness.suite.early_stack",
        "-p", "xdist.plugin", "-n", "2", "--dist", "each", "-p", "no:cacheprovider", "-q", str(folder),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=folder, env=run_env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return {worker: (folder / worker).read_text() for worker in ("gw0", "gw1")}


def test_xdist_workers_share_the_stack_the_controller_started(tmp_path: Path) -> None:
    shared = _is_urls_by_worker(tmp_path / "shared")
    assert shared["gw0"] == shared["gw1"]
    # For the benchmark that compares the two, each worker can still have a stack of its own.
    own = _is_urls_by_worker(tmp_path / "own", XLOGIN_STACK_PER_WORKER="1")
    assert own["gw0"] != own["gw1"]
