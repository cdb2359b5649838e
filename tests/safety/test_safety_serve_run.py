"""The whole suite against ``xlogin serve`` started on its own, as an external target (issue 7, item 3):
the same code path a real IS takes, through nothing but URLs and the admin's credentials.
"""

from __future__ import annotations

import json
import secrets
import selectors
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from safety_support import PROJECT_ROOT, Endpoints, external_env, names_with_prefix, run_features

pytestmark = pytest.mark.slow

_SERVE_START = 30.0


@dataclass(frozen=True)
class ServeRun:
    """What ``serve`` printed, how the suite run against it ended, what it left, how ``serve`` exited."""

    announced: dict[str, Any]
    result: subprocess.CompletedProcess[str]
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


def _announcement(line: str) -> dict[str, Any]:
    try:
        announced: dict[str, Any] = json.loads(line)
    except ValueError as exc:
        raise AssertionError(
            f"`xlogin serve --json` printed a line that is not JSON: {line[:300]!r}"
        ) from exc
    return announced


def _endpoints(announced: dict[str, Any]) -> Endpoints:
    return Endpoints(announced["is"], announced["x"], announced["app"], announced["admin_user"],
                     announced["admin_password"])  # fmt: skip


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


@pytest.fixture(scope="module")
def serve_run(tmp_path_factory: pytest.TempPathFactory) -> ServeRun:
    """Start ``xlogin serve --json``, read its line, run the suite at it, check for leftovers, stop it."""
    log: Path = tmp_path_factory.mktemp("serve") / "stderr.log"
    prefix = f"xlserve{secrets.token_hex(3)}"
    with log.open("w") as stderr:
        serve = subprocess.Popen(
            [sys.executable, "-m", "harness.cli", "serve", "--json"], cwd=PROJECT_ROOT, text=True,
            stdout=subprocess.PIPE, stderr=stderr,
        )  # fmt: skip
    try:
        line = _read_line(serve, _SERVE_START)
        assert line, f"`xlogin serve --json` printed nothing in {_SERVE_START:g}s: {log.read_text()[-2000:]}"
        announced = _announcement(line)
        target = _endpoints(announced)
        result = run_features(external_env(target, prefix))
        with target.admin() as admin:
            leftovers = names_with_prefix(admin, prefix)
    finally:
        code = _stop(serve)
    return ServeRun(announced, result, leftovers, code, prefix)


def test_serve_announces_the_target_in_one_json_line(serve_run: ServeRun) -> None:
    """The line names every URL and the admin, as docs/architecture.md says."""
    assert set(serve_run.announced) == {"is", "x", "app", "admin_user", "admin_password"}


def test_the_suite_passes_against_serve_as_an_external_target(serve_run: ServeRun) -> None:
    """Every scenario passes through the external-target path."""
    output = serve_run.result.stdout[-3000:] + serve_run.result.stderr[-2000:]
    assert serve_run.result.returncode == 0, output
    assert " passed" in serve_run.result.stdout and " failed" not in serve_run.result.stdout, output


def test_the_run_leaves_no_prefixed_object_on_serve(serve_run: ServeRun) -> None:
    """Everything the run created on the served IS carries its prefix, and is gone."""
    assert serve_run.leftovers == [], f"left behind on the served IS: {serve_run.leftovers}"


def test_serve_exits_zero_on_sigterm(serve_run: ServeRun) -> None:
    """SIGTERM stops ``serve`` cleanly."""
    assert serve_run.serve_exit == 0
