"""What the Console browser tests share besides fixtures: the server handle, the watched page, screenshots."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import httpx
from playwright.sync_api import Page

from mock_is.settings import IsSettings
from mock_is.store import Store

SCREENSHOTS = Path(__file__).resolve().parents[3] / "reports" / "screenshots"


@dataclass
class IsServer:
    """A running simulator: its URL, settings, store and an admin REST client."""

    url: str
    settings: IsSettings
    store: Store
    api: httpx.Client


@dataclass
class Watched:
    """A browser page plus what its listeners saw."""

    page: Page
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot under ``reports/screenshots/``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
