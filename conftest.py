"""Root conftest of the project's own tests: the conformance suite's plugins (``harness.suite``).

Step modules are plugins (not star-imports) so every feature binding sees the same steps; the suite's
plugin turns the ``@doc:<id>`` Gherkin tags into ``pytest.mark.doc("<id>")`` for the report and the
coverage gate.
"""

from __future__ import annotations

import pytest

from harness.suite import SUITE_PLUGINS

pytest_plugins = SUITE_PLUGINS

# The project's slowest test files, slowest first, as measured in a `make test` on two cores (seconds of one
# worker each: tests/profiles 264, the scale-out file 250, the external run 200, the CLI 130, real X 115).
# They go to the workers first so that no long file starts when the other worker is nearly done: with
# `--no-loadscope-reorder`, xdist hands out files in collection order (by default it hands out the files
# with most tests first, whatever they cost), and pytest collects overlapping paths in name order.
SLOWEST_FIRST = (
    "tests/profiles/test_profile_runs.py",
    "tests/perf/test_scale_out.py",
    "tests/safety/test_safety_external_run.py",
    "tests/harness/test_cli.py",
    "tests/real_x/test_real_x_run.py",
    "tests/mock_is/console/test_console_connections.py",
    "tests/mock_is/console/test_console_attributes.py",
    "tests/safety/test_safety_external_tls.py",
    "tests/mock_is/console/test_console_applications.py",
    "tests/packaging/test_wheel.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of ``SLOWEST_FIRST`` first, in its order; every other test keeps its place."""
    rank = {path: i for i, path in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
