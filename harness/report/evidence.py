"""Evidence of a scenario: the artifacts pytest-playwright keeps, and screenshots of a failed step's pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from harness.report.model import Artifact

__all__ = ["evidence_of", "screenshot_pages", "slug"]

_EVIDENCE_PREFIXES = ("playwright_", "screenshot", "trace", "evidence")


def evidence_of(properties: list[tuple[str, object]], base: Path) -> list[Artifact]:
    """Artifacts named in ``user_properties`` (pytest-playwright adds ``playwright_screenshot`` and
    ``playwright_trace`` to the teardown report), with paths made absolute against ``base``."""
    found = []
    for name, value in properties:
        if str(name).startswith(_EVIDENCE_PREFIXES):
            kind = str(name).removeprefix("playwright_")
            found.append(Artifact(kind=kind, path=str((base / str(value)).resolve())))
    return found


def slug(nodeid: str) -> str:
    """``nodeid`` as a safe folder name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", nodeid).strip("-")[:120]


def _fixture_values(request: pytest.FixtureRequest) -> list[Any]:
    # When a step fails every fixture in request.fixturenames is already set up (the closure at setup,
    # the steps' own through getfixturevalue), so asking for them creates nothing new.
    values = []
    for name in request.fixturenames:
        try:
            values.append(request.getfixturevalue(name))
        except Exception:  # a fixture that failed has no value to look at
            continue
    return values


def _open_pages(request: pytest.FixtureRequest) -> list[Any]:
    """Playwright pages the test holds (a ``page`` fixture, or every page of a context fixture)."""
    from playwright.sync_api import BrowserContext, Page

    pages: list[Any] = []
    for value in _fixture_values(request):
        candidates = (
            value.pages if isinstance(value, BrowserContext) else [value] if isinstance(value, Page) else []
        )
        pages += [p for p in candidates if p not in pages and not p.is_closed()]
    return pages


def screenshot_pages(request: pytest.FixtureRequest, folder: Path, stem: str) -> list[str]:
    """Screenshot every page the test holds into ``folder``; paths of the files that could be taken."""
    from playwright.sync_api import Error as PlaywrightError

    taken = []
    for index, page in enumerate(_open_pages(request)):
        path = folder / f"{stem}-{index}.png"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(path), timeout=5000)
        except PlaywrightError:
            continue  # a crashed or closing page: the failure message still says what went wrong
        taken.append(str(path))
    return taken
