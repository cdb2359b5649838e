"""One Try-it-out login through Chromium against the floor: as many page navigations over static pages.

The login is the scenario's browser part (sample app → IS login page → X sign-in and consent → back to
the app, signed in) with its set-up done once through the REST APIs, as ``harness.world`` does for
scenarios. The floor serves plain HTML files from loopback and clicks through the same number of
main-frame navigations, so the ratio is what IS, X and the sample app add on top of the browser itself.
Each login gets a fresh browser context (what pytest-playwright gives each scenario), one browser for all.
Both servers run in processes of their own: the stack as in every suite run, the floor's pages beside it
(``bench.floor_site``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from bench.results import Figure, median
from harness import journeys
from harness.browser import CHROMIUM_FLAGS, find_chromium
from harness.clients.is_admin import IsAdmin
from harness.clients.mock_x import MockXControl
from harness.pages.sample_app import SampleAppPage
from harness.target import Target
from harness.targets.stack_process import StackInfo, StackProcess
from harness.world import Application, Connection, World

__all__ = ["measure"]

_PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _navigations(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("framenavigated", lambda frame: seen.append(frame.url) if frame == page.main_frame else None)
    return seen


def _timed(browser: Browser, walk: Callable[[Page], None]) -> tuple[float, int]:
    context = browser.new_context()
    try:
        page = context.new_page()
        seen = _navigations(page)
        started = time.perf_counter()
        walk(page)
        return time.perf_counter() - started, len(seen)
    finally:
        context.close()


def _login(world: World, app: Application, connection: Connection) -> Callable[[Page], None]:
    def walk(page: Page) -> None:
        user = world.x_user()
        journeys.open_application_login(page, app.url).sign_in_with(connection.name)
        journeys.sign_in_at_x(page, world.target.x_url, user)
        SampleAppPage(page, app.url).expect_signed_in()

    return walk


@contextmanager
def _floor_site(pages: int) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="xlogin-floor-") as root:
        for i in range(pages):
            link = f'<a id="next" href="/p{i + 1}.html">next</a>' if i + 1 < pages else ""
            Path(root, f"p{i}.html").write_text(f"<!doctype html><title>p{i}</title><h1>page {i}</h1>{link}")
        command = [sys.executable, "-m", "bench.floor_site", root]
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=_PROJECT_ROOT
        ) as site:
            assert site.stdin is not None and site.stdout is not None
            try:
                url = site.stdout.readline().strip()
                if not url:
                    raise RuntimeError(f"bench.floor_site did not start (exit status {site.poll()})")
                yield url
            finally:
                site.stdin.close()
                site.wait(timeout=30)


def _floor(url: str, pages: int) -> Callable[[Page], None]:
    def walk(page: Page) -> None:
        page.goto(f"{url}/p0.html")
        for i in range(1, pages):
            page.click("#next")
            page.wait_for_url(f"{url}/p{i}.html")
        page.get_by_role("heading", name=f"page {pages - 1}").wait_for()

    return walk


@contextmanager
def _world(stack: StackInfo) -> Iterator[World]:
    target = Target(
        "embedded", stack.is_url, stack.x_url, stack.app_url, stack.admin_user, stack.admin_password
    )
    with (
        IsAdmin(target.is_url, target.admin_user, target.admin_password) as admin,
        MockXControl(target.x_url) as x,
    ):
        world = World(target, admin, x, "bench")
        try:
            yield world
        finally:
            world.cleanup()


def measure(logins: int = 4) -> list[Figure]:
    """Median warm login (the first login, which warms every server, is left out) against the floor."""
    # The stack in its own process, as every suite run has it (harness.targets.stack_process).
    with StackProcess() as process, _world(process.info()) as world, sync_playwright() as pw:
        connection = world.twitter_connection(world.register_x_app())
        world.set_jit(connection, enabled=True)
        app = world.application(connection)
        browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_FLAGS)
        runs = [_timed(browser, _login(world, app, connection)) for _ in range(logins + 1)][1:]
        navigations = runs[0][1]
        with _floor_site(navigations) as site:
            floors = [_timed(browser, _floor(site, navigations)) for _ in range(logins + 1)][1:]
        browser.close()
    login_s, floor_s = median([r[0] for r in runs]), median([f[0] for f in floors])
    note = f"{navigations} main-frame navigations each; median of {logins} warm logins"
    name, floor_name = "one Try-it-out login through Chromium", "same navigations over static pages"
    return [Figure("browser", name, login_s, "s", floor_name, floor_s, note, {"navigations": navigations})]
