"""pytest fixtures of the conformance suite: the target, its clients, the browser, and the world.

The target is the embedded stack (started once per session) unless ``XLOGIN_TARGET=external`` names a
running IS (``XLOGIN_IS_URL``, ``XLOGIN_ADMIN_USER``, ``XLOGIN_ADMIN_PASSWORD``, ``XLOGIN_X_URL``,
``XLOGIN_CA_BUNDLE`` or ``XLOGIN_INSECURE``, and ``XLOGIN_APP_URL`` or a local sample app); both reach
the scenarios as the same ``Target``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from harness.browser import CHROMIUM_FLAGS, driver_compile_cache, find_chromium
from harness.clients.is_admin import IsAdmin
from harness.clients.mock_x import MockXControl
from harness.drivers import ApiDriver, ConfigDriver, ConsoleDriver, driver_name
from harness.journal import Journal, journal_from_env
from harness.pages.console import Console, LabelDrift
from harness.real_x.mode import NEEDS_MOCK_X, real_x_mode, x_api_url
from harness.report.findings import DocFindings
from harness.report.proof import register_proof_page
from harness.report.redact import remember_secret
from harness.report.scenario import scenario_artifacts, scenario_failed
from harness.target import Target
from harness.targets.stack_process import StackInfo, StackProcess, profile_from_env
from harness.tracing import ConsoleTracing, trace_without_screencast
from harness.world import World

__all__ = [
    "admin_context",
    "browser_type_launch_args",
    "console_tracing",
    "connect_options",
    "context",
    "developer_page",
    "drift_reporter",
    "driver",
    "embedded_stack",
    "is_admin",
    "open_console",
    "pytest_configure",
    "rest",
    "run_journal",
    "run_prefix",
    "target",
    "world",
    "x_control",
]


def pytest_configure(config: pytest.Config) -> None:
    """Before pytest-playwright's session fixture starts Playwright's driver: keep its compiled code."""
    driver_compile_cache()


def _x_mode() -> str:
    return "real" if real_x_mode() else "mock"


def _verify() -> bool | str:
    """httpx ``verify`` for an external IS: off with ``XLOGIN_INSECURE``, else its CA bundle, else the
    system store (what ``HarnessSettings.verify`` hands over through the environment)."""
    if os.environ.get("XLOGIN_INSECURE", "").lower() == "true":
        return False
    return os.environ.get("XLOGIN_CA_BUNDLE") or True


def _mock_x_url() -> str:
    url = os.environ.get("XLOGIN_X_URL") or os.environ.get("XLOGIN_MOCK_X_URL")
    if not url:
        raise RuntimeError("an external IS in mock X mode needs mock_x_url (XLOGIN_MOCK_X_URL)")
    return url.rstrip("/")


def _external_target(app_url: str) -> Target:
    env = os.environ
    return Target(
        name="external",
        is_url=env["XLOGIN_IS_URL"].rstrip("/"),
        x_url=x_api_url() if real_x_mode() else _mock_x_url(),
        app_url=app_url.rstrip("/"),
        admin_user=env.get("XLOGIN_ADMIN_USER", "admin"),
        admin_password=env["XLOGIN_ADMIN_PASSWORD"],
        verify=_verify(),
        x_mode=_x_mode(),
        profile=profile_from_env(),
    )


@contextlib.contextmanager
def _sample_app() -> Iterator[str]:
    """The application an external IS redirects to: ``XLOGIN_APP_URL``, or a sample app started here
    on loopback (the person's browser runs here too; IS never calls it, the browser carries the code)."""
    if os.environ.get("XLOGIN_APP_URL"):
        yield os.environ["XLOGIN_APP_URL"]
        return
    from harness.sample_app.app import create_app as create_sample_app
    from harness.sample_app.settings import SampleAppSettings
    from harness.targets.server import BackgroundServer, bind_loopback

    sock = bind_loopback("127.0.0.1")
    url = "http://{}:{}".format(*sock.getsockname()[:2])
    app = create_sample_app(SampleAppSettings(public_url=url, verify=_verify()))
    with BackgroundServer(app, sock=sock, health_path="/healthz"):
        yield url


# How long a web-first wait (``expect``) may take before the step fails: every wait ends on its real
# signal as soon as it comes, so a passing run is no slower for it; the budget only bounds how long a
# failing one waits. Playwright's 5 s default is less than a real IS Console takes to load its bundle
# and answer the APIs behind a control on a busy machine (a run sharing 2 cores with others timed out).
EXPECT_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session", autouse=True)
def expect_timeout() -> Iterator[None]:
    """Web-first waits get ``EXPECT_TIMEOUT_MS`` in the suite."""
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="session")
def embedded_stack(request: pytest.FixtureRequest) -> Iterator[StackInfo | None]:
    """The embedded stack (None for an external target), in a process of its own: the one
    ``harness.suite.early_stack`` started before the suite's imports when the run loaded that plugin, else
    one started here. The browser launches while the stack starts (docs/performance.md, "The stack in its
    own process"); every scenario needs both."""
    if os.environ.get("XLOGIN_TARGET", "embedded") == "external":
        yield None
        return
    # Looked up, not imported: only a run that loaded the plugin started one (from its pytest_addoption).
    early = sys.modules.get("harness.suite.early_stack")
    with (early.take_early_stack() if early else None) or StackProcess() as stack:
        with contextlib.suppress(pytest.FixtureLookupError):  # a session without pytest-playwright
            request.getfixturevalue("browser")
        info = stack.info()
        remember_secret(info.admin_password)
        yield info


@pytest.fixture(scope="session")
def target(embedded_stack: StackInfo | None) -> Iterator[Target]:
    """The deployment under test: the embedded stack by default, or an external IS."""
    if embedded_stack is None:
        with _sample_app() as app_url:
            yield _external_target(app_url)
        return
    stack = embedded_stack
    yield Target(
        "embedded",
        stack.is_url,
        stack.is_x_url,
        stack.app_url,
        stack.admin_user,
        stack.admin_password,
        x_mode=_x_mode(),
        profile=stack.profile,
    )


@pytest.fixture(scope="session")
def is_admin(target: Target) -> Iterator[IsAdmin]:
    """The IS REST APIs, as the admin."""
    with IsAdmin(target.is_url, target.admin_user, target.admin_password, verify=target.verify) as admin:
        yield admin


@pytest.fixture(scope="session")
def x_control(target: Target) -> Iterator[MockXControl]:
    """Mock X's control plane (create X apps and accounts, read what IS sent to X)."""
    if target.real_x:
        pytest.skip(NEEDS_MOCK_X)
    with MockXControl(target.x_url) as control:
        yield control


@pytest.fixture(scope="session")
def run_prefix() -> str:
    """The prefix every object this run creates carries, so it can be told apart and cleaned up."""
    base = os.environ.get("XLOGIN_RUN_PREFIX") or f"xl{uuid.uuid4().hex[:6]}"
    # Workers and shards of one run share its prefix but never a name: each adds its own part.
    parts = [
        base,
        os.environ.get("PYTEST_XDIST_WORKER", ""),
        os.environ.get("XLOGIN_SHARD", "").split("/")[0],
    ]
    return "-".join(p for p in parts if p)


@pytest.fixture(scope="session")
def run_journal(run_prefix: str) -> Journal | None:
    """The journal of what this run creates (``XLOGIN_JOURNAL``), so ``xlogin cleanup`` can undo a
    run that died; None when the run keeps none (the embedded stack dies with the run)."""
    return journal_from_env(run_prefix)


@pytest.fixture
def world(
    target: Target,
    is_admin: IsAdmin,
    request: pytest.FixtureRequest,
    run_prefix: str,
    run_journal: Journal | None,
) -> Iterator[World]:
    """The scenario's own objects, removed when it ends (no mock X control plane against the real X)."""
    x = None if target.real_x else request.getfixturevalue("x_control")
    scenario_world = World(target, is_admin, x, run_prefix, run_journal)
    try:
        yield scenario_world
    finally:
        scenario_world.cleanup()


@pytest.fixture(scope="session")
def connect_options(browser_type_launch_args: dict[str, Any]) -> dict[str, Any] | None:
    """Browsers from a Playwright server at ``XLOGIN_BROWSER_ENDPOINT`` instead of a local Chromium."""
    endpoint = os.environ.get("XLOGIN_BROWSER_ENDPOINT")
    if not endpoint:
        return None
    # The server reads camelCase launch options, and honours args/executablePath only with --unsafe.
    launch: dict[str, Any] = {
        "headless": browser_type_launch_args.get("headless", True),
        "args": CHROMIUM_FLAGS,
    }
    if os.environ.get("XLOGIN_REMOTE_BROWSER_PATH"):
        launch["executablePath"] = os.environ["XLOGIN_REMOTE_BROWSER_PATH"]
    return {"endpoint": endpoint, "headers": {"x-playwright-launch-options": json.dumps(launch)}}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch the local Chromium (Debian's, or ``HARNESS_BROWSER_PATH``) with the harness's flags."""
    args = {**browser_type_launch_args, "args": [*CHROMIUM_FLAGS]}
    path = find_chromium()
    if path:
        args["executable_path"] = path
    return args


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """The person's browser accepts the target's certificate when the run was told it is private
    (``ca_bundle``) or not to check it (``insecure``): Chromium takes no CA bundle per context."""
    if _verify() is True:
        return browser_context_args
    return {**browser_context_args, "ignore_https_errors": True}


@pytest.fixture
def context(
    new_context: Callable[..., BrowserContext], pytestconfig: pytest.Config, request: pytest.FixtureRequest
) -> BrowserContext:
    """The person's browser context: pytest-playwright's (its artifacts, its ``trace.zip``), traced without
    the screencast (``harness.tracing``)."""
    return trace_without_screencast(pytestconfig, new_context(), request.node.nodeid)


@pytest.fixture(scope="session")
def admin_context(browser: Browser) -> Iterator[BrowserContext]:
    """The admin's browser context, apart from the person's: it signs in to the Console once per session."""
    context = browser.new_context(ignore_https_errors=True)
    yield context
    context.close()


@pytest.fixture(scope="session")
def console_tracing(admin_context: BrowserContext, pytestconfig: pytest.Config) -> Iterator[ConsoleTracing]:
    """The admin context's trace, cut into one chunk a scenario (``harness.tracing``)."""
    tracing = ConsoleTracing(pytestconfig, admin_context)
    yield tracing
    tracing.close()


def drift_reporter(findings: DocFindings, why: str) -> Callable[[LabelDrift], None]:
    """An ``on_drift`` for page objects: each label drift becomes one WARNING noting ``why``."""
    seen: set[LabelDrift] = set()

    def report(drift: LabelDrift) -> None:
        if drift not in seen:  # a control met twice in one scenario is one finding
            seen.add(drift)
            findings.warn(drift.step_id, drift.doc_words, drift.deployment_words, why)

    return report


@pytest.fixture
def open_console(
    admin_context: BrowserContext,
    console_tracing: ConsoleTracing,
    target: Target,
    doc_findings: DocFindings,
    request: pytest.FixtureRequest,
) -> Iterator[Callable[[], Console]]:
    """Opens the Console as the admin in a fresh tab (signed in once per context); drift → WARNING."""
    pages: list[Page] = []

    def open_() -> Console:
        console_tracing.begin(request.node.nodeid)
        pages.append(admin_context.new_page())
        register_proof_page(request.node, "console", pages[-1])
        console = Console(
            pages[-1], target.is_url, on_drift=drift_reporter(doc_findings, "the Console's label differs")
        )
        return console.sign_in(target.admin_user, target.admin_password)

    yield open_
    for page in pages:
        page.close()
    console_tracing.end(request.node, scenario_artifacts(request.node), scenario_failed(request.node))


@pytest.fixture
def rest(world: World) -> ApiDriver:
    """Set-up that is not the step under test: always through the REST API."""
    return ApiDriver(world)


@pytest.fixture
def driver(world: World, request: pytest.FixtureRequest) -> ConfigDriver:
    """The documented steps' driver: the Console, or REST when ``XLOGIN_DRIVER=api``."""
    if driver_name() == "api":
        return ApiDriver(world)
    return ConsoleDriver(world, request.getfixturevalue("open_console"))


@pytest.fixture
def developer_page(browser: Browser) -> Iterator[Page]:
    """The developer's own browser for X's Developer Portal: their X session is not the person's."""
    context = browser.new_context()
    yield context.new_page()
    context.close()
