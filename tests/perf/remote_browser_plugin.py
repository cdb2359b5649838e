"""Test-only plugin: the ``connect_options`` fixture proposed for ``harness/fixtures.py`` (issue 8 item 3).

Loaded with ``-p remote_browser_plugin``; once ``harness.fixtures`` defines its own ``connect_options``,
that one (registered later, by the root conftest) wins, and the remote-browser test checks it instead.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from harness.browser import CHROMIUM_FLAGS

__all__ = ["connect_options"]


@pytest.fixture(scope="session")
def connect_options(browser_type_launch_args: dict[str, Any]) -> dict[str, Any] | None:
    """Browsers from a Playwright server at ``XLOGIN_BROWSER_ENDPOINT`` instead of a local Chromium."""
    endpoint = os.environ.get("XLOGIN_BROWSER_ENDPOINT")
    if not endpoint:
        return None
    # The server reads launch options in Playwright's camelCase; pytest-playwright forwards
    # browser_type_launch_args in Python's snake_case, so executable_path would be lost. A server run
    # with --unsafe honours args and executablePath; any other ignores them and launches its own browser.
    launch: dict[str, Any] = {
        "headless": browser_type_launch_args.get("headless", True),
        "args": CHROMIUM_FLAGS,
    }
    if os.environ.get("XLOGIN_REMOTE_BROWSER_PATH"):
        launch["executablePath"] = os.environ["XLOGIN_REMOTE_BROWSER_PATH"]
    return {"ws_endpoint": endpoint, "headers": {"x-playwright-launch-options": json.dumps(launch)}}
