"""``harness.merge``: shard report folders become one report with recomputed verdicts."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from harness.merge import MergeError, main, merge, merge_cucumber
from harness.report.model import ScenarioRecord
from harness.report.summary import build_summary

TARGET = {"kind": "embedded", "x_mode": "mock"}


def _record(
    name: str, outcome: str, docs: list[str], evidence: list[dict[str, str]] | None = None
) -> ScenarioRecord:
    return ScenarioRecord.model_validate(
        {
            "nodeid": f"tests/features/test_f.py::test_{name}",
            "name": name,
            "feature": "F",
            "outcome": outcome,
            "docs": docs,
            "evidence": evidence or [],
        }  # fmt: skip
    )


def _junit(records: list[ScenarioRecord]) -> str:
    cases = "".join(
        f'<testcase classname="tests.features.test_f" name="{r.nodeid.split("::")[1]}" time="1.5">'
        + ("<failure message='x'/>" if r.outcome == "failed" else "") + "</testcase>"
        for r in records
    )  # fmt: skip
    failures = sum(r.outcome == "failed" for r in records)
    return (
        f'<?xml version="1.0"?><testsuites name="pytest tests"><testsuite name="pytest" errors="0" '
        f'failures="{failures}" skipped="0" tests="{len(records)}" time="{2.0 * len(records)}">'
        f"{cases}</testsuite></testsuites>"
    )


def _cucumber(records: list[ScenarioRecord]) -> list[dict[str, Any]]:
    elements = [
        {"id": r.nodeid.split("::")[1], "line": 10 + i, "name": r.name} for i, r in enumerate(records)
    ]
    return [{"uri": "features/f.feature", "name": "F", "elements": elements}]


def _shard(folder: Path, records: list[ScenarioRecord], run_id: str, **extra: Any) -> Path:
    folder.mkdir(parents=True)
    summary = build_summary(
        records, run_id=run_id, started="2026-01-01T00:00:0" + run_id[-1], duration=float(len(records)),
        target=extra.get("target", TARGET), incomplete=extra.get("incomplete", False),
    )  # fmt: skip
    (folder / "summary.json").write_text(json.dumps(summary))
    (folder / "junit.xml").write_text(_junit(records))
    (folder / "cucumber.json").write_text(json.dumps(_cucumber(records)))
    return folder


@pytest.fixture
def shards(tmp_path: Path) -> tuple[Path, Path]:
    one = _shard(
        tmp_path / "s1", [_record("a", "passed", ["try-1"]), _record("c", "passed", ["try-2"])], "r1"
    )
    two = _shard(tmp_path / "s2", [_record("b", "failed", ["try-1"])], "r2")
    return one, two


def test_the_merged_summary_recomputes_verdicts_from_every_shard(
    shards: tuple[Path, Path], tmp_path: Path
) -> None:
    summary = merge(list(shards), tmp_path / "out")
    assert summary["totals"]["scenarios"] == 3 and summary["totals"]["failed"] == 1
    # try-1 passed in shard 1 but failed in shard 2: only the merge sees both, and FAIL wins.
    assert summary["steps"]["try-1"]["verdict"] == "FAIL"
    assert summary["steps"]["try-2"]["verdict"] == "PASS"
    assert summary["conformant"] is False and summary["incomplete"] is False
    assert summary["duration"] == 2.0 and summary["started"].endswith("01")
    assert [s["run_id"] for s in summary["shards"]] == ["r1", "r2"]
    on_disk = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert on_disk["totals"] == summary["totals"]
    assert (tmp_path / "out" / "index.html").is_file()


def test_the_merged_junit_holds_every_case_and_the_totals(shards: tuple[Path, Path], tmp_path: Path) -> None:
    merge(list(shards), tmp_path / "out")
    root = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    names = sorted(c.get("name", "") for c in root.iter("testcase"))
    assert names == ["test_a", "test_b", "test_c"]
    assert (root.get("tests"), root.get("failures"), root.get("time")) == ("3", "1", "4.000")


def test_the_merged_cucumber_has_each_feature_once_in_line_order(
    shards: tuple[Path, Path], tmp_path: Path
) -> None:
    merge(list(shards), tmp_path / "out")
    features = json.loads((tmp_path / "out" / "cucumber.json").read_text())
    assert len(features) == 1
    assert [e["id"] for e in features[0]["elements"]] == ["test_a", "test_b", "test_c"]


def test_overlapping_shards_are_refused(tmp_path: Path) -> None:
    one = _shard(tmp_path / "s1", [_record("a", "passed", ["try-1"])], "r1")
    two = _shard(tmp_path / "s2", [_record("a", "passed", ["try-1"])], "r2")
    with pytest.raises(MergeError, match="overlap"):
        merge([one, two], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_shards_of_different_targets_are_refused(tmp_path: Path) -> None:
    one = _shard(tmp_path / "s1", [_record("a", "passed", ["try-1"])], "r1")
    two = _shard(tmp_path / "s2", [_record("b", "passed", ["try-1"])], "r2", target={"kind": "external"})
    with pytest.raises(MergeError, match="different targets"):
        merge([one, two], tmp_path / "out")


def test_an_incomplete_shard_makes_the_merge_incomplete(tmp_path: Path) -> None:
    one = _shard(tmp_path / "s1", [_record("a", "passed", ["try-1"])], "r1")
    two = _shard(tmp_path / "s2", [_record("b", "passed", ["try-1"])], "r2", incomplete=True)
    assert merge([one, two], tmp_path / "out")["incomplete"] is True


def test_a_folder_without_summary_or_with_half_the_files_is_refused(
    shards: tuple[Path, Path], tmp_path: Path
) -> None:
    with pytest.raises(MergeError, match="summary.json is missing"):
        merge([shards[0], tmp_path / "nowhere"], tmp_path / "out")
    (shards[1] / "junit.xml").unlink()
    with pytest.raises(MergeError, match="junit.xml is in some shards but not in"):
        merge(list(shards), tmp_path / "out")


def test_evidence_files_are_copied_into_the_merged_folder(tmp_path: Path) -> None:
    shot = tmp_path / "elsewhere" / "failure.png"
    shot.parent.mkdir()
    shot.write_bytes(b"\x89PNG")
    one = _shard(
        tmp_path / "s1",
        [_record("a", "failed", ["try-1"], [{"kind": "screenshot", "path": str(shot)}])],
        "r1",
    )
    summary = merge([one], tmp_path / "out")
    copied = Path(summary["scenarios"][0]["evidence"][0]["path"])
    assert copied.is_relative_to((tmp_path / "out").resolve()) and copied.read_bytes() == b"\x89PNG"


def test_cucumber_merge_refuses_a_scenario_twice() -> None:
    document = [{"uri": "features/f.feature", "elements": [{"id": "test_a", "line": 3}]}]
    with pytest.raises(MergeError, match="overlap"):
        merge_cucumber([document, document])


def test_the_command_line_merges_and_reports_errors_with_exit_2(
    shards: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "out"), *map(str, shards)]) == 0
    assert "3 scenarios, 1 failed" in capsys.readouterr().out
    assert main([str(tmp_path / "out2"), str(shards[0]), str(shards[0])]) == 2
    assert "overlap" in capsys.readouterr().err
    assert main([]) == 2
