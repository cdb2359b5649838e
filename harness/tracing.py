"""Playwright traces: the person's, one per scenario (pytest-playwright's), and the admin's Console work.

pytest-playwright traces the person's browser context (``--tracing on|retain-on-failure|off``) and keeps it
as the scenario's ``trace.zip``; ``trace_without_screencast`` restarts that trace without its screencast as
soon as the context exists (before anything is recorded), as the Console's trace is recorded. The
admin's context lives the whole session, so its trace is cut into one chunk a scenario
(``tracing.start_chunk`` / ``stop_chunk``), kept under the scenario's artifacts folder as
``trace-console.zip`` on the same policy, and named in the scenario's properties so the report links it.
The report's redaction sweep covers trace archives (``harness.report.redact``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

__all__ = ["ConsoleTracing", "trace_without_screencast", "tracing_policy"]


# DOM snapshots only, no screencast: the trace viewer still shows the page before and after each action,
# and the proof pictures show each step; the screencast cost a run 8% of its time and 11% of its CPU
# (docs/performance.md).
def _start(context: BrowserContext, title: str | None = None) -> None:
    context.tracing.start(title=title, screenshots=False, snapshots=True, sources=False)


def tracing_policy(config: pytest.Config) -> str:
    """``--tracing``: on, retain-on-failure or off (off when pytest-playwright is not loaded)."""
    try:
        return str(config.getoption("--tracing") or "off")
    except ValueError:  # pytest-playwright not loaded
        return "off"


class ConsoleTracing:
    """Trace chunks of the session's admin context, one per scenario that used the Console."""

    def __init__(self, config: pytest.Config, context: BrowserContext) -> None:
        self.policy = tracing_policy(config)
        self.context = context
        if self.policy != "off":
            _start(context)
        self._open = False

    def begin(self, title: str) -> None:
        """Start the scenario's chunk (once: the first time it opens the Console)."""
        if self.policy != "off" and not self._open:
            self.context.tracing.start_chunk(title=title)
            self._open = True

    def end(self, item: pytest.Item, folder: Path | None, failed: bool) -> None:
        """End the chunk: kept (and named in the scenario's properties) on the policy, else dropped."""
        if not self._open:
            return
        self._open = False
        keep = folder is not None and (self.policy == "on" or (self.policy == "retain-on-failure" and failed))
        if not keep or folder is None:
            self.context.tracing.stop_chunk()
            return
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "trace-console.zip"
        self.context.tracing.stop_chunk(path=str(path))
        item.user_properties.append(("trace-console", str(path)))

    def close(self) -> None:
        """Stop tracing the context (at the session's end)."""
        if self.policy != "off":
            self.context.tracing.stop()


def trace_without_screencast(config: pytest.Config, context: BrowserContext, title: str) -> BrowserContext:
    """Restart the trace pytest-playwright started on a new ``context`` (with a screencast) without one.

    Called before the context has a page, so the stopped trace held nothing; pytest-playwright still stops
    the new one when the context closes and keeps it on its policy, as ``trace.zip``.
    """
    if tracing_policy(config) != "off":
        context.tracing.stop()
        _start(context, title)
    return context
