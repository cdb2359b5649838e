"""From scenario records to ``summary.json``: a verdict per documented step, totals, and run metadata."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from harness.report.atomic import write_atomic
from harness.report.known import KnownDeviation, apply_known
from harness.report.model import Finding, ScenarioRecord, Verdict

__all__ = ["build_summary", "doc_step_sort_key", "step_verdict", "write_json_atomic"]


def _could_not_run(record: ScenarioRecord) -> bool:
    # Its fixtures failed (stack, browser, admin sign-in) before any of its steps ran: the harness or the
    # deployment's reachability failed, not the documented step.
    return record.outcome == "failed" and record.phase == "setup"


def step_verdict(scenarios: list[ScenarioRecord], findings: list[Finding]) -> Verdict:
    """FAIL if a scenario proving the step failed in its steps; SKIPPED if one could not run (its setup
    failed: the step is not proven, and nothing says the deployment broke it) or nothing ran; else
    WARNING / REVIEW if a finding says so; else PASS."""
    if any(s.outcome == "failed" and not _could_not_run(s) for s in scenarios):
        return Verdict.FAIL
    if any(_could_not_run(s) for s in scenarios):
        return Verdict.SKIPPED
    kinds = {f.kind for f in findings}
    if "warning" in kinds:
        return Verdict.WARNING
    if "review" in kinds:
        return Verdict.REVIEW
    return Verdict.PASS if any(s.outcome == "passed" for s in scenarios) else Verdict.SKIPPED


def _message(record: ScenarioRecord) -> str:
    if _could_not_run(record):
        return f"{record.name}: not run, its setup failed: {record.message}"
    return f"{record.name}: {record.message}"


def doc_step_sort_key(step_id: str) -> tuple[str, int, str]:
    """``idp-10`` after ``idp-9``: by prefix, then number, then the rest."""
    match = re.match(r"^(.*?)-(\d+)$", step_id)
    return (match.group(1), int(match.group(2)), "") if match else (step_id, 0, step_id)


def _unique(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    # The same drift met by several scenarios is one finding for the reader.
    seen: dict[tuple[str, ...], dict[str, Any]] = {}
    for f in findings:
        seen.setdefault((f.doc_words, f.deployment_words, f.note, f.evidence), f.model_dump())
    return list(seen.values())


def _proof(step_id: str, proving: list[ScenarioRecord]) -> dict[str, str] | None:
    """The picture that proves the step: a proving moment's before a scenario's last screen, from a passed
    scenario before a failed one."""
    found = [(r, p) for r in proving for p in r.proofs if p.step_id == step_id]
    if not found:
        return None
    record, proof = min(found, key=lambda rp: (rp[1].fallback, rp[0].outcome != "passed"))
    return {"path": proof.path, "caption": proof.caption, "scenario": record.nodeid}


def _steps(records: list[ScenarioRecord]) -> dict[str, dict[str, Any]]:
    ids = {d for r in records for d in r.docs} | {f.step_id for r in records for f in r.findings}
    steps: dict[str, dict[str, Any]] = {}
    for step_id in sorted(ids, key=doc_step_sort_key):
        proving = [r for r in records if step_id in r.docs]
        findings = [f for r in records for f in r.findings if f.step_id == step_id]
        steps[step_id] = {
            "verdict": step_verdict(proving, findings).value,
            "proof": _proof(step_id, proving),
            "scenarios": [r.nodeid for r in proving],
            "messages": [_message(r) for r in proving if r.outcome == "failed"],
            "warnings": _unique(f for f in findings if f.kind == "warning"),
            "reviews": _unique(f for f in findings if f.kind == "review"),
        }
    return steps


def _totals(records: list[ScenarioRecord], steps: dict[str, dict[str, Any]]) -> dict[str, Any]:
    outcomes = Counter(r.outcome for r in records)
    verdicts = Counter(s["verdict"] for s in steps.values())
    return {
        "scenarios": len(records),
        **{o: outcomes.get(o, 0) for o in ("passed", "failed", "skipped")},
        "steps": {v.value: verdicts.get(v.value, 0) for v in Verdict},
    }


def build_summary(
    records: Iterable[ScenarioRecord],
    *,
    run_id: str,
    started: str,
    duration: float,
    target: dict[str, Any],
    incomplete: bool,
    collected: int = 0,
    known: Sequence[KnownDeviation] = (),
) -> dict[str, Any]:
    """The ``summary.json`` document; ``conformant`` means no documented step failed (known deviations
    aside) and every known deviation still explains a failure."""
    ordered = list(records)
    steps = _steps(ordered)
    stale = apply_known(steps, known, target)
    totals = _totals(ordered, steps)
    unexplained = [r for r in ordered if r.outcome == "failed" and not _only_deviations(r, steps)]
    return {
        "run_id": run_id,
        "started": started,
        "duration": round(duration, 3),
        "target": target,
        "collected": max(collected, len(ordered)),
        "totals": totals,
        "conformant": not unexplained and totals["steps"][Verdict.FAIL.value] == 0 and not stale,
        "incomplete": incomplete,
        "scenarios": [r.model_dump() for r in ordered],
        "steps": steps,
        "known_deviations": {"entries": [asdict(k) for k in known], "stale": stale},
    }


def _only_deviations(record: ScenarioRecord, steps: dict[str, dict[str, Any]]) -> bool:
    # A failed scenario is excused only when every documented step it proves is a known deviation.
    return bool(record.docs) and all(steps[d]["verdict"] == "DEVIATION" for d in record.docs)


def write_json_atomic(path: Path, data: Any) -> None:
    """Write ``data`` as JSON so a reader never sees half a file (even if the run is killed meanwhile)."""
    # Owner-only, as these files have always been written (summaries, progress, merged reports).
    write_atomic(path, json.dumps(data, indent=2, sort_keys=False) + "\n", mode=0o600)
