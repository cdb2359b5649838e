"""Test-only plugin: the ``connect_options`` fixture proposed for ``harness/fixtures.py`` (issue 8 item 3).

Loaded with ``-p remote_browser_plugin``. A ``-p`` plugin registers before pytest-playwright's entry
point, whose own ``connect_options`` (``None``) would then win; so the fixture lives on an object
registered at ``pytest_configure``, after every other plugin and conftest. Once ``harness.fixtures``
defines ``connect_options`` itself, nothing is registered here and the test checks that one instead
(unless ``XLOGIN_PROPOSED_CONNECT_OPTIONS=1``, to compare the two).
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from harness.browser import CHROMIUM_FLAGS

__all__ = ["RemoteBrowser", "pytest_configure"]


class RemoteBrowser:
    """Holds the proposed fixture (the body is what ``harness/fixtures.py`` should get)."""

    @pytest.fixture(scope="session")
    def connect_options(self, browser_type_launch_args: dict[str, Any]) -> dict[str, Any] | None:
        """Browsers from a Playwright server at ``XLOGIN_BROWSER_ENDPOINT`` instead of a local Chromium."""
        endpoint = os.environ.get("XLOGIN_BROWSER_ENDPOINT")
        if not endpoint:
            return None
        # "endpoint", not "ws_endpoint": BrowserType.connect's first parameter since Playwright 1.5x.
        # The server reads launch options in Playwright's camelCase; pytest-playwright forwards
        # browser_type_launch_args in Python's snake_case, so executable_path would be lost. A server run
        # with --unsafe honours args and executablePath; any other ignores them and uses its own browser.
        launch: dict[str, Any] = {
            "headless": browser_type_launch_args.get("headless", True),
            "args": CHROMIUM_FLAGS,
        }
        if os.environ.get("XLOGIN_REMOTE_BROWSER_PATH"):
            launch["executablePath"] = os.environ["XLOGIN_REMOTE_BROWSER_PATH"]
        return {"endpoint": endpoint, "headers": {"x-playwright-launch-options": json.dumps(launch)}}


def pytest_configure(config: pytest.Config) -> None:
    """Register the proposed fixture last, unless the harness has its own ``connect_options``."""
    # By now the root conftest has loaded harness.fixtures (importing it here earlier would stop pytest
    # from rewriting its asserts).
    harness_has_one = hasattr(config.pluginmanager.get_plugin("harness.fixtures"), "connect_options")
    # XLOGIN_PROPOSED_CONNECT_OPTIONS=1 tries the proposal even over the harness's own fixture.
    if not harness_has_one or os.environ.get("XLOGIN_PROPOSED_CONNECT_OPTIONS") == "1":
        config.pluginmanager.register(RemoteBrowser(), "xlogin-remote-browser-proposal")
