"""Fixtures of the safety tests: an embedded stack to point the suite at, and a spy on issued secrets."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_serve import BackgroundServeRun
from safety_support import Endpoints

import mock_is.api.app_oidc as app_oidc
from harness.targets.embedded import EmbeddedStack


@pytest.fixture(scope="module")
def issued_client_secrets() -> Iterator[list[str]]:
    """Every OAuth client secret the (in-process) IS simulator issues while the module runs.

    The run's applications are deleted when it ends, so their secrets cannot be read back afterwards;
    the simulator runs in this process, so its generator is wrapped to remember what it handed out.
    """
    issued: list[str] = []
    original = app_oidc.generate_client_secret

    def remember() -> str:
        secret = original()
        issued.append(secret)
        return secret

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_oidc, "generate_client_secret", remember)
        yield issued


@pytest.fixture(scope="module")
def stack(issued_client_secrets: list[str]) -> Iterator[EmbeddedStack]:
    """An embedded stack, started in this process, for the suite to use as an *external* target."""
    with EmbeddedStack() as started:
        yield started


@pytest.fixture(scope="module")
def endpoints(stack: EmbeddedStack) -> Endpoints:
    """The stack's URLs and admin, as an external target is given them."""
    return Endpoints(stack.is_url, stack.x_url, stack.app_url, stack.admin_user, stack.admin_password)


_SERVE_RUN = pytest.StashKey[BackgroundServeRun]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the suite run against ``xlogin serve`` now if a serve test was selected, so the longest
    part of these tests overlaps with the rest of them instead of following them."""
    if any(item.path.name == "test_safety_serve_run.py" for item in session.items):
        run = BackgroundServeRun(Path(tempfile.mkdtemp(prefix="xlogin-serve-run-")))
        session.config.stash[_SERVE_RUN] = run
        run.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Never leave ``xlogin serve`` or its suite running behind an interrupted session."""
    run = session.config.stash.get(_SERVE_RUN, None)
    if run is not None and run.is_alive():
        run.abort()


@pytest.fixture(scope="session")
def background_serve_run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> BackgroundServeRun:
    """The serve run started at collection (or now, when collection did not start it)."""
    if _SERVE_RUN not in request.config.stash:
        run = BackgroundServeRun(tmp_path_factory.mktemp("serve-run"))
        request.config.stash[_SERVE_RUN] = run
        run.start()
    return request.config.stash[_SERVE_RUN]
