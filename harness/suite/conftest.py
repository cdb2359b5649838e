"""The suite's root when ``xlogin run`` runs it (rootdir ``harness/suite``): its plugins."""

from __future__ import annotations

from harness.suite import SUITE_PLUGINS

pytest_plugins = SUITE_PLUGINS
