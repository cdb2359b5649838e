"""The run's plumbing: exit codes that mean one thing each, the latest link, the pytest command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.config import HarnessSettings
from harness.report import runner
from harness.report.console import progress_text, totals_line
from harness.report.html import render_html
from harness.report.runner import exit_code_for, new_run_id, point_latest, pytest_command


def _summary(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"conformant": True, "incomplete": False, "scenarios": [], "steps": {}}
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("status", "summary", "expected"),
    [
        (0, _summary(), (0, "")),
        (1, _summary(conformant=False, scenarios=[{"outcome": "failed", "phase": "call"}]), (1, "")),
        (1, _summary(conformant=False, scenarios=[{"outcome": "failed", "phase": "setup", "message": "E"}]),
         (2, "setup failed: E")),
        (2, _summary(incomplete=True), (2, "the run was interrupted; the report is marked incomplete")),
        (5, None, (2, "no scenario was selected (check -k)")),
        (3, None, (2, "pytest stopped on an internal error (INTERNALERROR in its output)")),
        (4, None, (2, "pytest could not run the suite (exit status 4)")),
        (0, None, (2, "pytest wrote no summary.json (is harness.report.plugin loaded?)")),
        (1, _summary(), (2, "pytest failed although no scenario did (see its output)")),
    ],
)  # fmt: skip
def test_exit_codes(status: int, summary: dict[str, Any] | None, expected: tuple[int, str]) -> None:
    assert exit_code_for(status, summary) == expected


def test_latest_is_a_relative_symlink_replaced_atomically(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    point_latest(tmp_path, first)
    latest = point_latest(tmp_path, second)
    assert os.readlink(latest) == "b" and latest.resolve() == second.resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "latest"]


def test_run_ids_sort_by_time_and_differ() -> None:
    assert new_run_id() != new_run_id() and len(new_run_id().split("-")) == 3


def test_pytest_command_writes_every_report_into_the_run_folder(tmp_path: Path) -> None:
    settings = HarnessSettings.load(workers=3)
    command = pytest_command(settings, tmp_path, "jit")
    assert command[1:3] == ["-m", "harness.suite"] and command[3].endswith("harness/suite")
    assert command[4:6] == ["-c", str(runner.SUITE_INI)]
    assert f"--junitxml={tmp_path / 'junit.xml'}" in command and f"--xlogin-report-dir={tmp_path}" in command
    assert f"--cucumberjson={tmp_path / 'cucumber.json'}" in command
    assert command[-4:] == ["-n", "3", "-k", "jit"] and "--tb=native" in command
    assert command[command.index("--output") + 1] == str(tmp_path / "artifacts")
    assert "retain-on-failure" in command and "--headed" not in command
    assert "--headed" in pytest_command(HarnessSettings.load(headed=True), tmp_path, None)


def _plugins(command: list[str]) -> list[str]:
    return [command[i + 1] for i, arg in enumerate(command) if arg == "-p"]


def test_a_run_loads_only_the_plugins_it_uses(tmp_path: Path) -> None:
    one = pytest_command(HarnessSettings.load(workers=1), tmp_path, None)
    assert "--disable-plugin-autoload" in one
    # The stack's process is started by the first plugin, before the others' imports (early_stack).
    assert _plugins(one) == [
        "harness.suite.early_stack",
        "pytest_playwright.pytest_playwright",
        "pytest_bdd.plugin",
    ]
    two = pytest_command(HarnessSettings.load(workers=2, alluredir=tmp_path / "allure"), tmp_path, None)
    loaded = _plugins(two)
    assert loaded[0] == "harness.suite.early_stack"
    assert {"xdist.plugin", "allure_pytest_bdd.plugin", "harness.report.allure_glue"} <= set(loaded)
    # The glue's trylast makereport wrapper must sit outside pytest-playwright's (plugin_args' docstring).
    assert loaded.index("harness.report.allure_glue") < loaded.index("pytest_playwright.pytest_playwright")


def test_progress_and_totals_lines() -> None:
    summary = _summary(
        collected=5,
        totals={"scenarios": 2, "passed": 1, "failed": 1, "skipped": 0, "steps": {"FAIL": 1}},
        scenarios=[{"name": "First login", "outcome": "failed"}],
        incomplete=True,
    )
    assert "2/5 scenarios  1 passed 1 failed 0 skipped  · last: First login (failed)" in str(
        progress_text(summary, 12.0)
    )
    assert "starting" in str(progress_text(None, 0.0))
    assert str(totals_line(summary)).endswith("FAIL 1 · INCOMPLETE")


def test_html_escapes_what_a_deployment_says(tmp_path: Path) -> None:
    drift = {"doc_words": "Sign in", "deployment_words": "<script>alert(1)</script>", "note": ""}
    step = {"verdict": "WARNING", "scenarios": [], "messages": [], "warnings": [drift], "reviews": []}
    summary = _summary(run_id="r", started="t", duration=1.0, target={}, totals={"steps": {}},
                       steps={"idp-6": step})  # fmt: skip
    html = render_html(summary, tmp_path)
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_the_suites_config_hides_only_pytest_playwrights_own_deprecation(tmp_path: Path) -> None:
    # Every browser context asks pytest-playwright for base_url; its fallback fixture warned at the foot
    # of every run. Another deprecation of the same class must still show.
    (tmp_path / "test_probe.py").write_text(
        "import warnings, pytest\n"
        "def test_asks_for_base_url(base_url):\n    assert base_url is None\n"
        "def test_warns():\n    warnings.warn('another', pytest.PytestRemovedIn10Warning)\n"
    )
    command = [
        sys.executable, "-m", "pytest", "-c", str(runner.SUITE_INI), "--rootdir", str(tmp_path),
        "--disable-plugin-autoload", "-p", "pytest_playwright.pytest_playwright", str(tmp_path),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout
    assert "instance methods are deprecated" not in done.stdout, done.stdout
    assert "1 warning" in done.stdout and "another" in done.stdout, done.stdout
