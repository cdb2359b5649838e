"""Pictures of ``index.html``: the whole report and its first screenful, for chats where only images go.

Issue 7 asks for "screenshots of the report page". The page is opened from disk in headless Chromium with
every non-``file:`` request aborted, so the picture also proves the report is self-contained. Taking it is
best effort: a run never fails because its picture could not be taken (a ``logging`` warning says why).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, Route, ViewportSize, sync_playwright

from harness.browser import CHROMIUM_FLAGS, driver_compile_cache, find_chromium

__all__ = ["FULL_NAME", "TOP_HEIGHT", "TOP_NAME", "snapshot_report"]

FULL_NAME = "report.png"
TOP_NAME = "report-top.png"
TOP_HEIGHT = 900  # one laptop screenful: the header, the totals and the first sections
_BUDGET_S = 15.0  # the page is local; anything slower is a hung browser, not a slow page
# Playwright's own timeouts end 2 s before the budget, so a slow step reports its own error in time.
_STEP_BUDGET_S = _BUDGET_S - 2

_log = logging.getLogger(__name__)


@dataclass
class _Shot:
    """One snapshot in progress: where it goes, its deadline, and what it had to block."""

    index: Path
    width: int
    deadline: float
    blocked: list[str] = field(default_factory=list)

    def remaining_ms(self) -> float:
        """Milliseconds left of the budget (at least 1: Playwright reads 0 as 'no timeout')."""
        return max(1.0, (self.deadline - time.monotonic()) * 1000)

    def route(self, route: Route) -> None:
        """Let ``file:`` through, abort the rest and remember it (the report should need nothing else)."""
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
            return
        self.blocked.append(url)
        route.abort("blockedbyclient")


def _render(shot: _Shot, page: Page) -> Path:
    page.route("**/*", shot.route)
    page.goto(shot.index.as_uri(), wait_until="load", timeout=shot.remaining_ms())
    run_dir = shot.index.parent
    # The first screenful before the full page: a full-page capture may leave the page scrolled.
    page.screenshot(path=run_dir / TOP_NAME, animations="disabled", timeout=shot.remaining_ms())
    full = run_dir / FULL_NAME
    page.screenshot(path=full, full_page=True, animations="disabled", timeout=shot.remaining_ms())
    return full


def _take(shot: _Shot, executable: str) -> Path:
    driver_compile_cache()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS, headless=True, timeout=shot.remaining_ms()
        )
        try:
            # Scale 1 so the PNG's pixels are the CSS viewport: 1280x900 for the first screenful.
            viewport = ViewportSize(width=shot.width, height=TOP_HEIGHT)
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            return _render(shot, context.new_page())
        finally:
            browser.close()


def _in_thread(shot: _Shot, executable: str) -> Path | None:
    """Run ``_take`` on its own thread: the sync API refuses a thread with a running asyncio loop or
    another live sync Playwright (a pytest-playwright session, say), and the join bounds the wait."""
    outcome: list[Path | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_take(shot, executable))
        except Exception as exc:  # the picture is best effort: hand any failure back as a warning
            outcome.append(exc)

    worker = threading.Thread(target=work, name="report-snapshot", daemon=True)
    worker.start()
    # Each step has its own timeout; the join is for what has none (the driver starting, the browser closing).
    worker.join(max(0.0, shot.deadline + _BUDGET_S - _STEP_BUDGET_S - time.monotonic()))
    if not outcome:
        _log.warning("report snapshot skipped: Chromium did not finish within %.0f s", _BUDGET_S)
        return None
    if isinstance(outcome[0], BaseException):
        _log.warning("report snapshot skipped (%s): %s", executable, str(outcome[0]).splitlines()[0])
        return None
    return outcome[0]


def snapshot_report(run_dir: Path, *, browser_path: str | None = None, width: int = 1280) -> Path | None:
    """Write ``report.png`` (full page) and ``report-top.png`` (first screenful) of ``run_dir``'s report."""
    index = run_dir / "index.html"
    if not index.is_file():
        _log.warning("report snapshot skipped: %s does not exist", index)
        return None
    executable = browser_path or find_chromium()
    if executable is None:
        _log.warning("report snapshot skipped: no Chromium found (set HARNESS_BROWSER_PATH)")
        return None
    shot = _Shot(index=index.resolve(), width=width, deadline=time.monotonic() + _STEP_BUDGET_S)
    full = _in_thread(shot, executable)
    if full is not None and shot.blocked:
        _log.warning("report not self-contained; blocked %d request(s): %s", len(shot.blocked), shot.blocked)
    return full
