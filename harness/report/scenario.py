"""What fixtures may ask about the scenario they serve: where its artifacts go, and whether it failed.

Kept apart from ``harness.report.plugin`` (a pytest plugin module, which must not be imported before
pytest loads it) so fixtures can use it; the plugin feeds it each phase's report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.report.controller import RUN
from harness.report.evidence import slug

__all__ = ["note_report", "scenario_artifacts", "scenario_failed"]

_FAILED = pytest.StashKey[bool]()


def note_report(item: pytest.Item, report: pytest.TestReport) -> None:
    """Remember that a phase of ``item`` failed (the plugin calls this for every phase's report)."""
    if report.failed:
        item.stash[_FAILED] = True


def scenario_failed(item: pytest.Item) -> bool:
    """Whether a phase of the scenario has failed so far (its setup or its steps, during teardown)."""
    return item.stash.get(_FAILED, False)


def scenario_artifacts(item: pytest.Item) -> Path | None:
    """The scenario's artifacts folder in the run's report (None: a run that writes no report)."""
    run = item.config.stash.get(RUN, None)
    if run is None or run.report_dir is None:
        return None
    return run.report_dir / "artifacts" / slug(item.nodeid)
