"""The whole suite against ``xlogin serve`` started on its own, as an external target (issue 7, item 3):
the same code path a real IS takes, through nothing but URLs and the admin's credentials.

The run itself starts in the background as soon as collection selects these tests (``conftest.py``).
"""

from __future__ import annotations

import pytest
from safety_serve import BackgroundServeRun, ServeRun
from safety_support import SUITE_TIMEOUT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def serve_run(background_serve_run: BackgroundServeRun) -> ServeRun:
    """The finished run (waits for the background thread)."""
    return background_serve_run.outcome(SUITE_TIMEOUT + 120)


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
