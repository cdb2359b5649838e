"""The bench's own arithmetic and text handling (the measurements themselves run in ``make bench``)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from rich.console import Console

from bench.growth import SOURCE, copies_of_first_scenario, fit_line
from bench.repeat import flaky
from bench.results import Figure, machine, results_table, write_results
from bench.suite import pytest_command, verdicts

FEATURE = """Feature: F
  Background:
    Given something

  @doc:try-1
  Scenario: First
    Given a
    Then b

  Scenario: Second
    Given c
"""


def test_copies_keep_the_background_and_rename_the_first_scenario() -> None:
    text = copies_of_first_scenario(FEATURE, 3)
    assert text.count("Background:") == 1 and "Second" not in text
    assert [f"Scenario: First (copy {n})" in text for n in (1, 2, 3)] == [True] * 3
    assert text.count("@doc:try-1") == 3


def test_the_real_try_it_out_feature_can_be_copied() -> None:
    assert copies_of_first_scenario(SOURCE.read_text(encoding="utf-8"), 2).count("Scenario:") == 2


def test_a_feature_without_scenarios_cannot_be_copied() -> None:
    with pytest.raises(ValueError, match="no Scenario"):
        copies_of_first_scenario("Feature: F\n", 2)


def test_fit_line_finds_slope_and_intercept() -> None:
    assert fit_line([(1, 12.0), (2, 17.0), (4, 27.0)]) == pytest.approx((5.0, 7.0))
    with pytest.raises(ValueError, match="distinct"):
        fit_line([(2, 1.0), (2, 3.0)])


def test_flaky_names_only_what_changed_between_runs() -> None:
    runs = [
        {"scenario:a": "passed", "step:x": "PASS"},
        {"scenario:a": "failed", "step:x": "PASS"},
        {"step:x": "PASS"},
    ]
    assert flaky(runs) == {"scenario:a": ["passed", "failed", "missing"]}
    assert flaky([runs[1], runs[1]]) == {}


def test_verdicts_key_scenarios_and_steps() -> None:
    summary = {
        "scenarios": [{"nodeid": "t::a", "outcome": "failed"}],
        "steps": {"try-1": {"verdict": "FAIL"}},
    }
    assert verdicts(summary) == {"scenario:t::a": "failed", "step:try-1": "FAIL"}


def test_the_child_pytest_writes_every_report_file(tmp_path: Path) -> None:
    command = pytest_command(tmp_path, ["tests/features"], ["-n", "2"])
    assert f"--xlogin-report-dir={tmp_path}" in command and f"--junitxml={tmp_path / 'junit.xml'}" in command
    assert command[-2:] == ["-n", "2"]
    # xdist only for a run given -n, as xlogin run loads it.
    assert "xdist.plugin" in command
    assert "xdist.plugin" not in pytest_command(tmp_path, ["tests/features"], [])


def test_figures_carry_their_ratio_into_json_and_the_table(tmp_path: Path) -> None:
    figures = [
        Figure("g", "two workers", 30.0, "s", "one worker", 60.0),
        Figure("g", "n", 1.0, "s", "zero", 0.0),
    ]
    assert figures[0].ratio == 0.5 and figures[1].ratio is None
    write_results(tmp_path / "bench.json", figures, machine(), seconds=1.0)
    stored = json.loads((tmp_path / "bench.json").read_text())
    assert stored["figures"][0]["ratio"] == 0.5 and stored["machine"]["cores"] >= 1
    console = Console(record=True, width=200)
    console.print(results_table(figures, stored["machine"]))
    assert "0.50×" in console.export_text()


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the burner's CPU time in /proc")
def test_the_cpu_burner_spends_cpu_and_is_gone_after_the_block() -> None:
    from bench.load import cpu_burner

    with cpu_burner(1) as pids:
        started, deadline = _cpu_ticks(pids[0]), time.monotonic() + 10
        while _cpu_ticks(pids[0]) - started < 20 and time.monotonic() < deadline:
            pass  # 0.2 CPU-s at 100 ticks/s, which only a spinning process spends in well under 10 s
        assert _cpu_ticks(pids[0]) - started >= 20, "the burner did not spend CPU"
    assert not Path(f"/proc/{pids[0]}").exists(), "the burner outlived the block"


def test_stress_names_the_tests_that_failed_or_errored(tmp_path: Path) -> None:
    from bench.stress import failed_tests

    junit = tmp_path / "run.xml"
    junit.write_text(
        '<testsuites><testsuite><testcase classname="t.a" name="ok"/>'
        '<testcase classname="t.a" name="bad"><failure message="x"/></testcase>'
        '<testcase classname="t.b" name="broken"><error message="y"/></testcase></testsuite></testsuites>'
    )
    assert failed_tests(junit) == (3, ["t.a::bad", "t.b::broken"])


def test_the_slowest_files_make_test_hands_out_first_exist(request: pytest.FixtureRequest) -> None:
    root = Path(__file__).resolve().parents[2]
    root_conftest = request.config.pluginmanager.get_plugin(str(root / "conftest.py"))
    missing = [path for path in root_conftest.SLOWEST_FIRST if not (root / path).is_file()]
    assert not missing, f"conftest.py SLOWEST_FIRST names files that are gone: {missing}"
