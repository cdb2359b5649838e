"""The suite's root when ``xlogin run`` runs it (rootdir ``harness/suite``): its plugins."""

from __future__ import annotations

import pytest

from harness.shutdown import freeze_startup_heap
from harness.suite import SUITE_PLUGINS
from harness.target import Target

pytest_plugins = SUITE_PLUGINS


@pytest.fixture(autouse=True)
def harness_is_up(request: pytest.FixtureRequest, target: Target) -> None:
    """The target and the browser, in each scenario's setup: when the harness cannot start its parts (a
    browser that does not launch, a stack that does not answer), the scenario errors before its first step,
    and the run says it could not run (exit 2) instead of failing the documented steps its first step
    proves (``harness.report.runner.exit_code_for``). The browser is asked for by name: as an argument it
    would make pytest-playwright parametrize every scenario by browser (``…[chromium]``)."""
    request.getfixturevalue("browser")
    freeze_startup_heap()
