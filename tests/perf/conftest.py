"""Fixtures of the performance and scale-out tests: a plain run of the suite to compare with."""

from __future__ import annotations

import pytest
from perf_scope import perf_paths

from bench.suite import SuiteRun, run_suite


@pytest.fixture(scope="session")
def plain_run(tmp_path_factory: pytest.TempPathFactory) -> SuiteRun:
    """The suite run the plain way (one process, collection order): what every variant must match."""
    run = run_suite(tmp_path_factory.mktemp("plain"), paths=perf_paths())
    run.require_summary()
    return run
