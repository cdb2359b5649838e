"""``xlogin run``'s live progress: each process's scenario and step, and the prompt when a person must act."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harness.report.console import progress_text
from harness.report.progress import Waiting, WorkerProgress, clear_progress, read_progress

pytest_plugins = ["pytester"]

_SUMMARY: dict[str, Any] = {
    "collected": 4,
    "totals": {"scenarios": 1, "passed": 1, "failed": 0, "skipped": 0},
    "scenarios": [{"name": "Register the app", "outcome": "passed"}],
}


def test_one_busy_worker_shows_its_scenario_and_step_after_the_counts() -> None:
    busy = WorkerProgress("main", "First login [jit-on]", "When the user signs in at X", since=1.0)
    text = str(progress_text(_SUMMARY, 12.0, [busy]))
    counts = "  12s  1/4 scenarios  1 passed 0 failed 0 skipped"
    assert text == counts + "  ▸ First login [jit-on] › When the user signs in at X"


def test_several_workers_get_a_line_each_and_idle_ones_none() -> None:
    workers = [
        WorkerProgress("gw0", "First login", "Given a user", since=1.0),
        WorkerProgress("gw1"),  # idle: between scenarios
        WorkerProgress("gw2", "Second login", "Then the user is signed in " + "x" * 200, since=1.0),
    ]
    lines = str(progress_text(_SUMMARY, 3.0, workers)).splitlines()
    assert lines[0].endswith("· last: Register the app (passed)") and len(lines) == 3
    assert lines[1].strip() == "gw0 ▸ First login › Given a user"
    assert lines[2].strip().startswith("gw2 ▸ Second login › Then the user is signed in xx")
    assert lines[2].endswith("…") and len(lines[2]) < 110  # a long step is clipped, not wrapped


def test_a_waiting_worker_prompts_in_bold_yellow_with_the_seconds_left() -> None:
    waiting = Waiting("Finish signing in at X in the browser window", deadline=1000.0)
    worker = WorkerProgress("main", "Real X login", "When the user signs in at X", 900.0, waiting)
    text = progress_text(None, 100.0, [worker], now=713.4)
    assert "starting" in str(text) and "▸ Real X login › When the user signs in at X" in str(text)
    prompt = str(text).splitlines()[-1]
    assert prompt == "  ⏳ Finish signing in at X in the browser window  (287s left)"
    styles = {str(span.style) for span in text.spans if str(text)[span.start : span.end] == "\n" + prompt}
    assert styles == {"bold yellow"}
    assert "0s left" in str(progress_text(None, 1.0, [worker], now=5000.0))  # never negative


def test_without_progress_the_line_is_as_before() -> None:
    assert str(progress_text(_SUMMARY, 5.0)).endswith("0 skipped  · last: Register the app (passed)")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_read_progress_skips_what_is_not_a_progress_file(tmp_path: Path) -> None:
    folder = tmp_path / "progress"
    good = {"worker": "gw1", "scenario": "S", "step": "Given x", "since": 5.5,
            "waiting": {"message": "sign in", "deadline": 99}}  # fmt: skip
    _write(folder, "gw1.json", json.dumps(good))
    _write(
        folder,
        "gw0.json",
        json.dumps({**good, "worker": "gw0", "scenario": None, "step": None, "waiting": None}),
    )
    _write(folder, "gw2.json", '{"worker": "gw2", "scen')  # half a file
    _write(folder, "gw3.json", json.dumps({**good, "since": "soon"}))
    _write(folder, "gw4.json", json.dumps([1, 2]))
    _write(folder, "gw5.json", json.dumps({**good, "waiting": {"message": "m"}}))
    _write(folder, "notes.txt", "ignored")
    assert read_progress(tmp_path) == [
        WorkerProgress("gw0", None, None, 5.5, None),
        WorkerProgress("gw1", "S", "Given x", 5.5, Waiting("sign in", 99.0)),
    ]
    clear_progress(tmp_path)
    assert read_progress(tmp_path) == [] and not folder.exists()


_CONFTEST = 'pytest_plugins = ["harness.report.plugin"]\n'

_FEATURE = """Feature: Real X
  Scenario: A person signs in
    Given the browser shows X's sign-in page
"""

# The step looks at its own progress file while it runs, while it waits, and after; a later test
# sees it idle. Snapshots go to a side file the outer test reads.
_STEPS = """
import json, pathlib
from pytest_bdd import given, scenarios
from harness.report.progress import awaiting_person, worker_id

scenarios("real.feature")

def _mine(config):
    return json.loads((pathlib.Path("out/progress") / f"{worker_id(config)}.json").read_text())

@given("the browser shows X's sign-in page")
def _(request):
    seen = {"before": _mine(request.config)}
    with awaiting_person(request.config, "Finish signing in at X in the browser window", 30):
        seen["waiting"] = _mine(request.config)
    seen["after"] = _mine(request.config)
    pathlib.Path(f"seen-{seen['before']['worker']}.json").write_text(json.dumps(seen))

def test_zz_later(request):
    # Under xdist this may be a worker that ran nothing yet, and so has no file.
    mine = pathlib.Path("out/progress") / f"{worker_id(request.config)}.json"
    pathlib.Path("idle.json").write_text(mine.read_text() if mine.exists() else "null")
"""

_ISOLATED = tuple(
    "-p no:playwright -p no:faker -p no:hypothesispytest -p no:schemathesis -p no:anyio".split()
)


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(_CONFTEST)
    pytester.makefile(".feature", real=_FEATURE)
    pytester.makepyfile(test_real=_STEPS)
    return pytester


def test_the_step_and_the_wait_for_a_person_reach_the_progress_file(suite: pytest.Pytester) -> None:
    result = suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out")
    result.assert_outcomes(passed=2)
    seen = json.loads((suite.path / "seen-main.json").read_text())
    expected = {
        "worker": "main",
        "scenario": "A person signs in",
        "step": "Given the browser shows X's sign-in page",
    }
    assert {k: seen["before"][k] for k in expected} == expected and seen["before"]["waiting"] is None
    waiting = seen["waiting"]["waiting"]
    assert waiting["message"] == "Finish signing in at X in the browser window"
    assert 29 < waiting["deadline"] - seen["before"]["since"] < 31
    assert seen["after"] == seen["before"]  # the wait is over; still the same step
    idle = json.loads((suite.path / "idle.json").read_text())
    assert (idle["scenario"], idle["step"], idle["waiting"]) == (None, None, None)
    assert not (suite.path / "out" / "progress").exists()  # gone with the session
    # pytest's own output (xlogin run -v) shows the prompt too, though the step's output is captured.
    result.stdout.fnmatch_lines(["*⏳ Finish signing in at X in the browser window (30s)*"])


def test_each_xdist_worker_writes_its_own_file(suite: pytest.Pytester) -> None:
    result = suite.runpytest_subprocess(*_ISOLATED, "-n", "2", "--xlogin-report-dir=out")
    result.assert_outcomes(passed=2)
    [seen_file] = suite.path.glob("seen-*.json")
    seen = json.loads(seen_file.read_text())
    assert seen["before"]["worker"] in ("gw0", "gw1") and seen["waiting"]["waiting"] is not None
    assert "⏳" not in result.stdout.str()  # a worker's output reaches no one: the live status shows it


def test_nothing_is_written_without_a_report_dir(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XLOGIN_REPORT_DIR", raising=False)
    suite.makepyfile(test_real=_STEPS.replace('pathlib.Path("out/progress")', 'pathlib.Path(".")'))
    result = suite.runpytest(*_ISOLATED)
    result.assert_outcomes(failed=1, passed=1)  # the step finds no progress file to read
    result.stdout.fnmatch_lines(["*FileNotFoundError*main.json*"])
    assert not list(suite.path.rglob("progress"))
