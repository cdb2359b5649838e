"""``xlogin run --alluredir DIR`` (issue 15): one Allure result a scenario, labelled with the documented
steps it proves and carrying their proof pictures and the scenario's traces (``harness.report.allure_glue``).

One run of two scenarios, through ``run_suite`` (the code path of ``xlogin run``), feeds every test here:
the first login (the person's browser and the Console) and the doc-typo note (no person at all).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness.browser import find_chromium
from harness.config import HarnessSettings
from harness.report.runner import RunResult, run_suite

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

_SELECTION = "first_login_with_x_creates or section_that_registers"


@pytest.fixture(scope="module")
def allure_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunResult, Path]:
    folder = tmp_path_factory.mktemp("allure")
    settings = HarnessSettings.load(
        report_dir=folder / "reports", alluredir=folder / "allure", tracing="on", workers=1,
        browser_path=find_chromium(),
    )  # fmt: skip
    return run_suite(settings, _SELECTION, stream=False), folder / "allure"


def _results(allure: Path) -> dict[str, dict[str, Any]]:
    found = [json.loads(p.read_text()) for p in allure.glob("*-result.json")]
    return {str(r["name"]): r for r in found}


def _labels(result: dict[str, Any], name: str) -> set[str]:
    return {str(label["value"]) for label in result["labels"] if label["name"] == name}


def test_each_scenario_has_one_result_labelled_with_its_documented_steps(
    allure_run: tuple[RunResult, Path],
) -> None:
    run, allure = allure_run
    assert run.summary is not None and run.exit_code == 0, run.output_tail
    results = _results(allure)
    assert len(results) == len(run.summary["scenarios"]) == 2, sorted(results)
    first = next(r for name, r in results.items() if "first login" in name)
    assert _labels(first, "doc") == _labels(first, "story") == {"try-1", "try-2", "try-3", "try-4", "try-5"}
    assert _labels(first, "epic") == {"Try it out"}
    assert first["status"] == "passed" and first["steps"], first


def test_a_result_carries_the_proof_pictures_and_both_traces(allure_run: tuple[RunResult, Path]) -> None:
    _, allure = allure_run
    results = _results(allure)
    for result in results.values():
        names = [str(a["name"]) for a in result.get("attachments", [])]
        assert any(n.startswith("proof of ") for n in names), (result["name"], names)
        for attachment in result.get("attachments", []):
            assert (allure / attachment["source"]).stat().st_size > 0, attachment
    first = next(r for name, r in results.items() if "first login" in name)
    names = {str(a["name"]) for a in first["attachments"]}
    assert {"trace", "trace-console"} <= names, names
    assert any("try-5" in n and "Console's user page" in n for n in names), names
