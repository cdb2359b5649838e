"""The self-test's verdicts and how it reads a run's summary (the subprocess runs are the CLI's job)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from harness import selftest
from harness.selftest import BASELINE, Outcome, verdict
from mock_is.deviations import DEVIATIONS


def test_a_deviation_is_killed_only_by_a_failure_on_a_step_it_breaks() -> None:
    breaks = ("jit-3", "try-5")
    assert verdict(Outcome("jit-ignored", breaks, 3, {"JIT on": ["jit-1", "jit-3"]})) == "killed"
    assert verdict(Outcome("jit-ignored", breaks, 3, {"Other": ["idp-1"]})) == "killed elsewhere"
    assert verdict(Outcome("jit-ignored", breaks, 3)) == "survived"
    assert verdict(Outcome("jit-ignored", breaks, 0, error="boom")) == "ERROR"


def test_the_baseline_passes_only_when_scenarios_ran_and_none_failed() -> None:
    assert verdict(Outcome(BASELINE, (), 20)) == "pass"
    assert verdict(Outcome(BASELINE, (), 0)) == "FAIL"
    assert verdict(Outcome(BASELINE, (), 20, {"x": ["idp-1"]})) == "FAIL"


def test_a_summary_becomes_an_outcome(tmp_path: Path) -> None:
    summary = {
        "scenarios": [
            {
                "name": "A",
                "outcome": "failed",
                "docs": ["jit-3"],
                "message": "JIT provisioning made no local account",
            },
            {"name": "B", "outcome": "passed", "docs": ["idp-1"], "message": ""},
        ]
    }
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary), encoding="utf-8")
    outcome = selftest._read(path, "jit-ignored", ("jit-3",), "")
    assert outcome.ran == 2
    assert outcome.failed == {"A": ["jit-3"]}
    assert outcome.failing_steps == {"jit-3"}
    assert "no local account" in outcome.messages["A"]


def test_a_run_without_a_summary_is_an_error(tmp_path: Path) -> None:
    outcome = selftest._read(tmp_path / "missing.json", "jit-ignored", ("jit-3",), "ImportError: nope")
    assert verdict(outcome) == "ERROR"
    assert "ImportError" in outcome.error


def test_by_default_only_defects_are_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A presentation switch breaks no step, so the self-test does not demand that it fails one."""
    tried: list[str | None] = []

    def fake_run(deviation: str | None, only: object) -> Outcome:
        tried.append(deviation)
        if deviation is None:
            return Outcome(BASELINE, (), 30)
        breaks = DEVIATIONS[deviation].breaks
        return Outcome(deviation, breaks, 3, {"fails": [breaks[0]]})

    monkeypatch.setattr(selftest, "run_suite", fake_run)
    assert selftest.main(console=Console(file=io.StringIO())) == 0
    assert "console-labels-as-documented" not in tried
    assert sorted(d for d in tried if d) == sorted(n for n, d in DEVIATIONS.items() if d.is_defect)
