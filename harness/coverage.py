"""The coverage gate: every documented step of the catalog is proved by at least one scenario.

Reads ``features/catalog.yaml`` and the feature files' ``@doc:<id>`` tags (parsed with pytest-bdd's own
Gherkin parser, so what counts is what pytest-bdd binds). An action or a check without a scenario
fails the gate; a note without one is listed but allowed (some notes are context, not promises).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pytest_bdd.parser import FeatureParser
from rich.console import Console
from rich.table import Table

from harness import suite

__all__ = [
    "FEATURES_DIR",
    "REAL_X_ONLY",
    "CatalogStep",
    "Coverage",
    "load_catalog",
    "main",
    "measure",
    "scenarios_by_doc_id",
]

FEATURES_DIR = suite.FEATURES_DIR
_GATED = frozenset({"action", "check"})
_TAG = "doc:"
# Scenarios of the opt-in real-X mode are listed but never count for the gate: CI runs mock X only.
REAL_X_ONLY = " (real X only)"


@dataclass(frozen=True)
class CatalogStep:
    """One documented step: its id, section, kind and our paraphrase."""

    id: str
    section: str
    kind: str
    text: str


@dataclass
class Coverage:
    """Catalog ids with the scenarios that prove them, and what is missing or unknown."""

    steps: list[CatalogStep]
    proved_by: dict[str, list[str]] = field(default_factory=dict)
    unknown_tags: dict[str, list[str]] = field(default_factory=dict)

    @property
    def uncovered(self) -> list[CatalogStep]:
        """Actions and checks no scenario of a default (mock X) run proves: these fail the gate."""
        return [s for s in self.steps if s.kind in _GATED and not self.gating_proofs(s.id)]

    def gating_proofs(self, step_id: str) -> list[str]:
        """The scenarios proving ``step_id`` in every run (not only against the real X)."""
        return [p for p in self.proved_by.get(step_id, []) if not p.endswith(REAL_X_ONLY)]

    @property
    def ok(self) -> bool:
        """Whether the gate passes: nothing gated uncovered, no tag naming an id the catalog lacks."""
        return not self.uncovered and not self.unknown_tags


def load_catalog(path: Path) -> list[CatalogStep]:
    """The catalog's steps, in document order."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        CatalogStep(str(step["id"]), str(section["id"]), str(step["kind"]), str(step["text"]))
        for section in data["sections"]
        for step in section["steps"]
    ]


def scenarios_by_doc_id(features_dir: Path) -> dict[str, list[str]]:
    """``doc id → ["<feature file>: <scenario>", ...]`` over every ``*.feature`` in the directory."""
    found: dict[str, list[str]] = {}
    for path in sorted(features_dir.glob("*.feature")):
        feature = FeatureParser(str(features_dir), path.name).parse()
        for scenario in feature.scenarios.values():
            tags = scenario.tags | feature.tags
            entry = f"{path.name}: {scenario.name}" + (REAL_X_ONLY if "real_x" in tags else "")
            for tag in sorted(tags):
                if tag.startswith(_TAG):
                    found.setdefault(tag.removeprefix(_TAG), []).append(entry)
    return found


def measure(features_dir: Path = FEATURES_DIR, catalog: Path | None = None) -> Coverage:
    """The coverage of the catalog (default ``<features>/catalog.yaml``) by the features."""
    steps = load_catalog(catalog or features_dir / "catalog.yaml")
    tagged = scenarios_by_doc_id(features_dir)
    known = {s.id for s in steps}
    return Coverage(
        steps=steps,
        proved_by={k: v for k, v in tagged.items() if k in known},
        unknown_tags={k: v for k, v in tagged.items() if k not in known},
    )


def _table(coverage: Coverage) -> Table:
    table = Table(title="Documented steps and the scenarios that prove them")
    for column in ("step", "kind", "scenarios", "verdict"):
        table.add_column(column)
    for step in coverage.steps:
        proofs = coverage.proved_by.get(step.id, [])
        verdict = (
            "covered"
            if coverage.gating_proofs(step.id)
            else ("[red]MISSING[/red]" if step.kind in _GATED else "note, not proved")
        )
        table.add_row(step.id, step.kind, "\n".join(proofs) or "—", verdict)
    for tag, where in sorted(coverage.unknown_tags.items()):
        table.add_row(tag, "?", "\n".join(where), "[red]not in the catalog[/red]")
    return table


def main(features_dir: Path = FEATURES_DIR, console: Console | None = None) -> int:
    """Print the coverage table; 0 when every action and check is proved, 1 otherwise."""
    out = console or Console()
    coverage = measure(features_dir)
    out.print(_table(coverage))
    if coverage.ok:
        total = len(coverage.steps)
        out.print(f"[green]coverage: actions and checks of all {total} documented steps are proved[/green]")
        return 0
    missing = ", ".join(s.id for s in coverage.uncovered) or "none"
    out.print(
        f"[red]coverage gate failed: uncovered {missing}; unknown tags {sorted(coverage.unknown_tags)}[/red]"
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
