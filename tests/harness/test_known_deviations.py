"""Known deviations: a FAIL the user's list explains becomes DEVIATION; an entry explaining nothing fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.report.known import KnownDeviation, KnownDeviationsError, load_known
from harness.report.model import ScenarioRecord
from harness.report.summary import build_summary

TARGET = {"kind": "external", "is_url": "https://is.staging:9443"}


def _record(name: str, outcome: str, docs: list[str]) -> ScenarioRecord:
    return ScenarioRecord.model_validate(
        {"nodeid": f"t.py::{name}", "name": name, "outcome": outcome, "docs": docs}
    )


def _summary(records: list[ScenarioRecord], known: list[KnownDeviation]) -> dict[str, object]:
    return build_summary(
        records, run_id="r", started="s", duration=1.0, target=TARGET, incomplete=False, known=known
    )


def test_a_known_failure_is_a_deviation_and_the_run_stays_conformant() -> None:
    records = [_record("secret", "failed", ["idp-6"]), _record("jit", "passed", ["jit-3"])]
    summary = _summary(records, [KnownDeviation("idp-6", "secret vault", "https://is.staging:9443/")])
    steps = summary["steps"]
    assert isinstance(steps, dict)
    assert steps["idp-6"]["verdict"] == "DEVIATION" and steps["idp-6"]["deviation"] == "secret vault"
    assert summary["conformant"] is True


def test_an_entry_for_another_deployment_changes_nothing() -> None:
    summary = _summary([_record("secret", "failed", ["idp-6"])], [KnownDeviation("idp-6", "r", "prod")])
    assert summary["conformant"] is False


def test_a_stale_entry_fails_the_run() -> None:
    summary = _summary([_record("jit", "passed", ["jit-3"])], [KnownDeviation("jit-3", "was broken")])
    assert summary["conformant"] is False
    assert summary["known_deviations"] == {
        "entries": [{"step": "jit-3", "reason": "was broken", "deployment": "*"}],
        "stale": [{"step": "jit-3", "reason": "was broken", "deployment": "*"}],
    }


def test_a_failure_on_another_step_of_the_same_scenario_is_not_excused() -> None:
    summary = _summary([_record("both", "failed", ["idp-6", "try-3"])], [KnownDeviation("idp-6", "r")])
    assert summary["conformant"] is False


def test_the_file_is_read_and_bad_entries_are_named(tmp_path: Path) -> None:
    good = tmp_path / "known.yaml"
    good.write_text("- step: idp-6\n  reason: vault\n  deployment: external\n")
    assert load_known(good) == [KnownDeviation("idp-6", "vault", "external")]
    bad = tmp_path / "bad.yaml"
    bad.write_text("deviations:\n  - step: idp-6\n")
    with pytest.raises(KnownDeviationsError, match="entry 1: needs 'step' and 'reason'"):
        load_known(bad)
