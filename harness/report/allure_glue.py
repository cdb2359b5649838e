"""Allure results for a run (``xlogin run --alluredir DIR``), through allure-pytest-bdd.

allure-pytest-bdd writes one result a scenario with its Gherkin steps; this plugin adds what the
conformance report has: the documented step ids as labels (``doc``, and ``story`` so Allure's Behaviors
view groups scenarios by step, under the doc section as ``epic``), the proof pictures, and the Playwright
traces (the person's and the Console's) as attachments.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import allure
import pytest
from allure_pytest_bdd import pytest_bdd_listener

from harness.report.proof import proof_pictures
from harness.report.sections import section_of

_TRACES = ("playwright_trace", "trace-console")


def _title_path(request: pytest.FixtureRequest, feature: Any) -> list[str]:
    """A scenario's Allure title path: the features folder's name, then the feature's name.

    allure-pytest-bdd 2.16 (``utils.get_title_path``) takes the feature file's path relative to pytest's
    rootdir, and raises ValueError for every scenario when the file is not under it. The suite's rootdir is
    ``harness/suite`` and its feature files live in ``features/`` (``xlogin_features/`` in the wheel), so
    without this every scenario of an ``--alluredir`` run broke before its first step.
    """
    path = Path(feature.filename)
    return [path.parent.name, feature.name or path.name]


pytest_bdd_listener.get_title_path = _title_path  # type: ignore[assignment]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Label each scenario with the documented steps it proves, and their sections."""
    for item in items:
        ids = sorted({str(a) for mark in item.iter_markers("doc") for a in mark.args})
        for step_id in ids:
            item.add_marker(pytest.mark.allure_label(step_id, label_type="doc"))
            item.add_marker(pytest.mark.allure_label(step_id, label_type="story"))
        for section in sorted({section_of(i) for i in ids}):
            item.add_marker(pytest.mark.allure_label(section, label_type="epic"))


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    """Attach the proofs and traces once the scenario is over (before allure-pytest-bdd writes it)."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "teardown":
        return
    for step_ids, path, caption in proof_pictures(item):
        _attach(path, f"proof of {step_ids}: {caption}", allure.attachment_type.JPG)
    for name, value in report.user_properties:
        if name in _TRACES and Path(str(value)).is_file():
            _attach(str(value), name.removeprefix("playwright_"), None, "zip")


def _attach(path: str, name: str, kind: Any, extension: str | None = None) -> None:
    attach: Any = allure.attach.file  # allure's API is untyped
    attach(path, name=name, attachment_type=kind, extension=extension)
