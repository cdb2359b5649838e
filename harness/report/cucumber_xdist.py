"""Cucumber JSON under pytest-xdist: pytest-bdd's scenario records carried from the workers to the controller.

pytest-bdd (9.x) keeps each scenario's step record in ``reporting.test_report_context_registry``, keyed by
the report object, and its ``--cucumberjson`` writer reads it on the process that writes the file. Under
xdist that is the controller, which only sees the workers' reports rebuilt from JSON: none of them is in
its registry, so a run with two workers wrote ``[]``. A worker copies the record onto the report as a
JSON-able attribute (xdist carries a report's attributes), and the controller puts it back in the
registry before pytest-bdd's writer reads the report.
"""

from __future__ import annotations

import pytest
from pytest_bdd.reporting import ReportContext, test_report_context_registry

__all__ = ["BDD_ATTR"]

BDD_ATTR = "xlogin_bdd_scenario"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """On a worker: copy pytest-bdd's record onto the report; on the controller: put it back."""
    context = test_report_context_registry.get(report)
    if context is not None:
        setattr(report, BDD_ATTR, {"scenario": context.scenario, "name": context.name})
        return
    carried = getattr(report, BDD_ATTR, None)
    if isinstance(carried, dict):
        test_report_context_registry[report] = ReportContext(carried["scenario"], carried["name"])
