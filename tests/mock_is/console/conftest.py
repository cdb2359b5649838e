"""Fixtures of the Console browser tests: one simulator and one Chromium per module, a context per test.

Each page is watched: a console error, an uncaught page error or a request to anything but loopback
fails the test that caused it. Every hook the simulated Console renders is recorded, and the module
fails at its end if one of them has no row in ``mock_is/console/PROVENANCE.md`` (``hook_recorder``).
A module sets ``DEVIATIONS`` or ``SETTINGS`` (extra ``IsSettings`` fields) for its simulator.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, expect

from harness.pages.console import Console, LabelDrift
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.app import create_app
from mock_is.settings import IsSettings
from tests.mock_is.console.console_support import IsServer, Watched
from tests.mock_is.console.hook_recorder import record_hooks, uncited


@pytest.fixture(scope="module")
def is_server(request: pytest.FixtureRequest) -> Iterator[IsServer]:
    """The simulator on a free loopback port; a module sets ``DEVIATIONS`` to switch some on."""
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    deviations = frozenset(getattr(request.module, "DEVIATIONS", ()))
    extra = dict(getattr(request.module, "SETTINGS", {}))
    settings = IsSettings(
        public_url=url, admin_password=secrets.token_urlsafe(12), deviations=deviations, **extra
    )
    app = create_app(settings)
    server = BackgroundServer(app, sock=sock, health_path="/console/deployment.config.json").start()
    auth = (settings.admin_user, settings.admin_password)
    with httpx.Client(base_url=url, auth=auth, timeout=10.0, trust_env=False) as api:
        yield IsServer(url, settings, app.state.store, api)
    server.stop()


@pytest.fixture(scope="module")
def chromium(browser: Browser) -> Iterator[Browser]:
    """The session's Chromium (pytest-playwright's); web-first waits get 10 s in these modules."""
    expect.set_options(timeout=10_000)
    yield browser
    expect.set_options(timeout=5_000)


def _loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in ("127.0.0.1", "localhost", "::1")


def _console_error(seen: Watched, message: ConsoleMessage) -> None:
    where = str(message.location.get("url", ""))
    # The login page (mock_is/templates, not the Console's) links no icon, so Chromium asks for
    # /favicon.ico; that 404 is reported to its owner rather than hidden in the Console's pages.
    if message.type == "error" and not where.endswith("/favicon.ico"):
        seen.errors.append(f"{message.text} at {where}")


@pytest.fixture(scope="module")
def rendered_hooks() -> Iterator[set[tuple[str, str]]]:
    """Every (kind, value) hook the module's browsers were shown; all must be cited in PROVENANCE.md."""
    seen: set[tuple[str, str]] = set()
    yield seen
    missing = uncited(seen)
    assert missing == [], "the simulated Console rendered hooks PROVENANCE.md does not cite: " + ", ".join(
        missing
    )


@contextmanager
def _watched_context(browser: Browser, hooks: set[tuple[str, str]], state: Any = None) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, storage_state=state)
    record_hooks(context, hooks)
    context.set_default_timeout(10_000)
    page = context.new_page()
    seen = Watched(page)
    page.on("console", lambda m: _console_error(seen, m))
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    context.on("request", lambda r: seen.requests.append(r.url))
    context.on("request", lambda r: None if _loopback(r.url) else seen.outside.append(r.url))
    yield seen
    context.close()
    assert seen.errors == [], f"console errors: {seen.errors}"
    assert seen.outside == [], f"requests left loopback: {seen.outside}"


@pytest.fixture(scope="module")
def admin_state(chromium: Browser, is_server: IsServer, rendered_hooks: set[tuple[str, str]]) -> Any:
    """IS's SSO cookie of an admin who signed in once through the login page (each test's context reuses
    it: the Console then signs in through /oauth2/authorize without showing the form)."""
    with _watched_context(chromium, rendered_hooks) as seen:
        Console(seen.page, is_server.url).sign_in(
            is_server.settings.admin_user, is_server.settings.admin_password
        )
        return seen.page.context.storage_state()


@pytest.fixture
def fresh(chromium: Browser, rendered_hooks: set[tuple[str, str]]) -> Iterator[Watched]:
    """A new context without any session."""
    with _watched_context(chromium, rendered_hooks) as seen:
        yield seen


@pytest.fixture
def watched(chromium: Browser, admin_state: Any, rendered_hooks: set[tuple[str, str]]) -> Iterator[Watched]:
    """A new context carrying the admin's session."""
    with _watched_context(chromium, rendered_hooks, admin_state) as seen:
        yield seen


@pytest.fixture
def drifts() -> list[LabelDrift]:
    """Where the page objects report doc drift."""
    return []


@pytest.fixture
def console(watched: Watched, is_server: IsServer, drifts: list[LabelDrift]) -> Console:
    """The Console, signed in as the admin."""
    c = Console(watched.page, is_server.url, on_drift=drifts.append)
    return c.sign_in(is_server.settings.admin_user, is_server.settings.admin_password)
