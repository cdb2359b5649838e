"""The suite through a Playwright server on loopback decides as a plain run (issue 8 item 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from perf_scope import ORDER_PLUGIN_DIR, assert_same_verdicts, perf_paths
from playwright_server import playwright_server

from bench.suite import SuiteRun, run_suite

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _remote_env(endpoint: str) -> dict[str, str]:
    return {
        "XLOGIN_BROWSER_ENDPOINT": endpoint,
        "XLOGIN_REMOTE_BROWSER_PATH": "/usr/bin/chromium",
        # No local Chromium: a run that passes cannot have launched one itself.
        "HARNESS_BROWSER_PATH": "/nonexistent/chromium",
        "PYTHONPATH": os.pathsep.join(p for p in (str(ORDER_PLUGIN_DIR), os.environ.get("PYTHONPATH")) if p),
    }


def test_the_suite_through_a_playwright_server_decides_as_a_plain_run(
    plain_run: SuiteRun, tmp_path: Path
) -> None:
    log = tmp_path / "run-server.log"
    with playwright_server(log) as endpoint:
        run = run_suite(
            tmp_path / "remote",
            [],
            paths=perf_paths(),
            env=_remote_env(endpoint),
        )
    assert_same_verdicts(plain_run, run, "remote browser")
    served = log.read_text()
    assert "engaged launch mode" in served, f"the suite never asked the server for a browser:\n{served}"
