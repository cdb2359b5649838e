"""Fixtures of the safety tests: an embedded stack to point the suite at, and the background run."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_serve import BackgroundExternalRun
from safety_support import Endpoints

from harness.targets.embedded import EmbeddedStack

_EXTERNAL_RUN = pytest.StashKey[BackgroundExternalRun]()


@pytest.fixture(scope="module")
def stack() -> Iterator[EmbeddedStack]:
    """An embedded stack, started in this process, for the suite to use as an *external* target."""
    with EmbeddedStack() as started:
        yield started


@pytest.fixture(scope="module")
def endpoints(stack: EmbeddedStack) -> Endpoints:
    """The stack's URLs and admin, as an external target is given them."""
    return Endpoints(stack.is_url, stack.x_url, stack.app_url, stack.admin_user, stack.admin_password)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the suite run against ``xlogin serve`` now if one of its tests was selected, so the longest
    part of these tests overlaps with the rest of them instead of following them."""
    if hasattr(session.config, "workerinput"):
        return  # a pytest-xdist worker collects every test but runs a few: the fixture starts it there
    if any(item.path.name == "test_safety_external_run.py" for item in session.items):
        run = BackgroundExternalRun(Path(tempfile.mkdtemp(prefix="xlogin-external-run-")))
        session.config.stash[_EXTERNAL_RUN] = run
        run.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Never leave ``xlogin serve`` or its suite running behind an interrupted session."""
    run = session.config.stash.get(_EXTERNAL_RUN, None)
    if run is not None and run.is_alive():
        run.abort()


@pytest.fixture(scope="session")
def background_external_run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> BackgroundExternalRun:
    """The external run started at collection (or now, when collection did not start it)."""
    if _EXTERNAL_RUN not in request.config.stash:
        run = BackgroundExternalRun(tmp_path_factory.mktemp("external-run"))
        request.config.stash[_EXTERNAL_RUN] = run
        run.start()
    return request.config.stash[_EXTERNAL_RUN]
