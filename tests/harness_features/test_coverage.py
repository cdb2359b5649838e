"""The coverage gate: the project's features prove every action and check of the catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

from rich.console import Console

from harness import coverage


def _quiet() -> Console:
    return Console(file=open("/dev/null", "w"), width=200)  # noqa: SIM115 - closed with the process


def test_every_action_and_check_of_the_doc_is_proved_by_a_scenario() -> None:
    result = coverage.measure()
    assert result.uncovered == [], [s.id for s in result.uncovered]
    assert result.unknown_tags == {}
    assert coverage.main(console=_quiet()) == 0


def test_a_check_no_scenario_proves_fails_the_gate(tmp_path: Path) -> None:
    shutil.copy(coverage.FEATURES_DIR / "catalog.yaml", tmp_path / "catalog.yaml")
    shutil.copy(coverage.FEATURES_DIR / "try_it_out.feature", tmp_path / "try_it_out.feature")
    result = coverage.measure(tmp_path)
    assert "jit-3" in {s.id for s in result.uncovered}
    assert "try-5" not in {s.id for s in result.uncovered}
    assert coverage.main(tmp_path, console=_quiet()) == 1


def test_a_tag_naming_no_catalog_step_fails_the_gate(tmp_path: Path) -> None:
    for name in ("catalog.yaml", *(p.name for p in coverage.FEATURES_DIR.glob("*.feature"))):
        shutil.copy(coverage.FEATURES_DIR / name, tmp_path / name)
    (tmp_path / "extra.feature").write_text(
        "Feature: Extra\n\n  @doc:idp-99\n  Scenario: Nothing\n    Given nothing\n", encoding="utf-8"
    )
    result = coverage.measure(tmp_path)
    assert result.unknown_tags == {"idp-99": ["extra.feature: Nothing"]}
    assert not result.ok


def test_notes_are_listed_but_do_not_gate(tmp_path: Path) -> None:
    shutil.copy(coverage.FEATURES_DIR / "catalog.yaml", tmp_path / "catalog.yaml")
    result = coverage.measure(tmp_path)
    assert all(s.kind in ("action", "check") for s in result.uncovered)
    assert any(s.kind == "note" for s in result.steps)


def test_real_x_scenarios_are_listed_but_never_cover_a_step_alone(tmp_path: Path) -> None:
    for name in ("catalog.yaml", "real_x.feature"):
        shutil.copy(coverage.FEATURES_DIR / name, tmp_path / name)
    result = coverage.measure(tmp_path)
    assert result.proved_by["x-app-4"] == [
        "real_x.feature: X knows the app by the API Key and API Key Secret the developer kept (real X only)"
    ]
    assert "x-app-4" in {s.id for s in result.uncovered}  # CI runs mock X: this proof never runs there
