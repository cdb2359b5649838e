"""``index.html``: the conformance report a person reads, one self-contained file that opens from disk.

The doc's sections in order, each documented step with its verdict, the scenarios that proved it, the
failure message, doc-drift warnings side by side, failure screenshots embedded as data URIs and links to
Playwright traces (issue 7 item 6).
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, select_autoescape

from harness.report.atomic import write_atomic
from harness.report.sections import steps_by_section

__all__ = ["render_html", "write_html"]

_ENV = Environment(loader=PackageLoader("harness.report", "templates"), autoescape=select_autoescape())
_IMAGE_LIMIT = 5 * 1024 * 1024  # a screenshot larger than this is linked, not embedded


def _data_uri(path: Path) -> str | None:
    if not path.is_file() or path.stat().st_size > _IMAGE_LIMIT:
        return None
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"


def _step_shots(scenario: dict[str, Any]) -> dict[int, list[str]]:
    shots: dict[int, list[str]] = {}
    for index, step in enumerate(scenario.get("steps", [])):
        uris = [_data_uri(Path(p)) for p in step.get("screenshots", [])]
        shots[index] = [u for u in uris if u]
    return shots


def _artifacts(scenario: dict[str, Any], run_dir: Path) -> list[dict[str, str | None]]:
    shown = []
    for artifact in scenario.get("evidence", []):
        path = Path(artifact["path"])
        embedded = _data_uri(path) if artifact["kind"] == "screenshot" else None
        link = os.path.relpath(path, run_dir) if path.exists() else None
        shown.append({"kind": artifact["kind"], "name": path.name, "data_uri": embedded, "href": link})
    return shown


def _proofs(steps: dict[str, Any], run_dir: Path) -> dict[str, dict[str, str]]:
    """Each documented step's proof picture as a link relative to the report (kept beside it, not embedded:
    one picture a step would make the page megabytes)."""
    shown = {}
    for step_id, step in steps.items():
        proof = step.get("proof")
        if proof and Path(proof["path"]).is_file():
            href = os.path.relpath(proof["path"], run_dir)
            shown[step_id] = {"href": href, "caption": proof.get("caption", "")}
    return shown


def _labels(scenarios: list[dict[str, Any]]) -> dict[str, str]:
    # One feature bound by two test modules (e.g. through the Console and through the REST API) gives
    # two scenarios of the same name: the module tells them apart.
    names = Counter(s["name"] for s in scenarios)
    return {
        s["nodeid"]: s["name"] + (f" · {s['nodeid'].split('::')[0]}" if names[s["name"]] > 1 else "")
        for s in scenarios
    }


def _overall(summary: dict[str, Any]) -> tuple[str, str]:
    if summary.get("incomplete"):
        return "INCOMPLETE", "incomplete"
    return ("CONFORMANT", "pass") if summary.get("conformant") else ("NOT CONFORMANT", "fail")


@lru_cache(maxsize=1)
def _step_texts() -> dict[str, str]:
    """Each documented step's paraphrase from ``features/catalog.yaml`` (empty when it is not there)."""
    # Imported here: harness.coverage loads pytest-bdd's parser, which `xlogin merge` has no other use for.
    from harness.coverage import FEATURES_DIR, load_catalog

    try:
        return {step.id: step.text for step in load_catalog(FEATURES_DIR / "catalog.yaml")}
    except (OSError, yaml.YAMLError):
        return {}


def render_html(summary: dict[str, Any], run_dir: Path) -> str:
    """The report page for ``summary``; artifact paths are resolved against ``run_dir``."""
    scenarios = summary.get("scenarios", [])
    anchors = {s["nodeid"]: f"s{i}" for i, s in enumerate(scenarios)}
    overall, overall_class = _overall(summary)
    return _ENV.get_template("report.html").render(
        summary=summary,
        sections=steps_by_section(summary.get("steps", {})),
        steps=summary.get("steps", {}),
        proofs=_proofs(summary.get("steps", {}), run_dir),
        step_texts=_step_texts(),
        scenarios=scenarios,
        by_nodeid={s["nodeid"]: s for s in scenarios},
        anchors=anchors,
        labels=_labels(scenarios),
        artifacts={s["nodeid"]: _artifacts(s, run_dir) for s in scenarios},
        step_shots={s["nodeid"]: _step_shots(s) for s in scenarios},
        overall=overall,
        overall_class=overall_class,
    )


def write_html(summary: dict[str, Any], run_dir: Path) -> Path:
    """Write ``<run_dir>/index.html`` and return its path."""
    path = run_dir / "index.html"
    write_atomic(path, render_html(summary, run_dir))
    return path
