"""Join the report folders of a sharded run (``--shard K/N`` on a CI matrix) into one report folder.

Each shard folder holds what ``xlogin run`` writes: ``summary.json`` (required), ``junit.xml`` and
``cucumber.json``. The merged folder holds the same three files, plus ``index.html``, as if one run had
run every scenario: verdicts are recomputed from the scenario records by the report's own
``build_summary``, never copied from a shard. A scenario that two shards both ran, or shards of different
targets, is a ``MergeError``: the shards did not come from one matrix.

``python -m harness.merge OUT DIR [DIR...]`` does the same from a shell.
"""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.report.known import KnownDeviation
from harness.report.model import ScenarioRecord
from harness.report.summary import build_summary, write_json_atomic

__all__ = ["MergeError", "main", "merge", "merge_cucumber", "merge_junit", "merge_summaries"]

SUMMARY, JUNIT, CUCUMBER = "summary.json", "junit.xml", "cucumber.json"
_COUNTS = ("tests", "failures", "errors", "skipped")


class MergeError(ValueError):
    """The folders cannot be merged into one report (missing files, overlapping or foreign shards)."""


@dataclass(frozen=True)
class _Shard:
    directory: Path
    summary: dict[str, Any]


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MergeError(f"{path} is missing: is {path.parent} a report folder of `xlogin run`?") from None
    except ValueError as exc:
        raise MergeError(f"{path} is not valid JSON: {exc}") from None


def _check_no_overlap(owners: Iterable[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for key, owner in owners:
        if key in seen:
            raise MergeError(f"{key} is in both {seen[key]} and {owner}: the shards overlap")
        seen[key] = owner


def _one_target(summaries: Sequence[dict[str, Any]]) -> dict[str, Any]:
    targets = [s.get("target", {}) for s in summaries]
    for other in targets[1:]:
        if other != targets[0]:
            raise MergeError(f"the shards ran against different targets ({targets[0]} and {other})")
    return dict(targets[0])


def _known(summary: dict[str, Any]) -> list[KnownDeviation]:
    entries = (summary.get("known_deviations") or {}).get("entries", [])
    return [KnownDeviation(**entry) for entry in entries]


def merge_summaries(
    summaries: Sequence[dict[str, Any]], names: Sequence[str] | None = None
) -> dict[str, Any]:
    """One ``summary.json`` document from the shards' (``names`` label them in errors and ``shards``)."""
    if not summaries:
        raise MergeError("nothing to merge: no shard given")
    labels = list(names or [f"shard {i + 1}" for i in range(len(summaries))])
    records = [(ScenarioRecord.model_validate(s), label) for sm, label in zip(summaries, labels, strict=True)
               for s in sm.get("scenarios", [])]  # fmt: skip
    _check_no_overlap((record.nodeid, label) for record, label in records)
    run_ids = sorted({str(s.get("run_id", "")) for s in summaries})
    merged = build_summary(
        sorted((record for record, _ in records), key=lambda r: r.nodeid),
        run_id=run_ids[0] if len(run_ids) == 1 else "+".join(run_ids),
        started=min(str(s.get("started", "")) for s in summaries),
        # The shards of a CI matrix run side by side: the run took as long as its slowest shard.
        duration=max(float(s.get("duration", 0.0)) for s in summaries),
        target=_one_target(summaries),
        incomplete=any(bool(s.get("incomplete")) for s in summaries),
        # Every shard read the same known-deviations file; judged again over the whole run, an entry is
        # stale only if no shard's failure matches it.
        known=_known(summaries[0]),
    )
    merged["shards"] = [_shard_line(s, label) for s, label in zip(summaries, labels, strict=True)]
    return merged


def _shard_line(summary: dict[str, Any], label: str) -> dict[str, Any]:
    return {
        "name": label,
        "run_id": summary.get("run_id"),
        "scenarios": len(summary.get("scenarios", [])),
        "duration": summary.get("duration"),
        "incomplete": bool(summary.get("incomplete")),
    }


def _suites(path: Path) -> list[ET.Element]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise MergeError(f"{path} is not valid JUnit XML: {exc}") from None
    return [root] if root.tag == "testsuite" else list(root.iter("testsuite"))


def merge_junit(paths: Sequence[Path]) -> ET.ElementTree:
    """One ``<testsuites>`` holding every shard's ``<testsuite>``, with the totals on the root."""
    root = ET.Element("testsuites", name="pytest tests")
    cases: list[tuple[str, str]] = []
    for path in paths:
        for suite in _suites(path):
            root.append(suite)
            cases += [(f"{c.get('classname')}::{c.get('name')}", str(path)) for c in suite.iter("testcase")]
    _check_no_overlap(cases)
    suites = list(root)
    for count in _COUNTS:
        root.set(count, str(sum(int(s.get(count, "0")) for s in suites)))
    # Side by side on a CI matrix: the wall time is the slowest shard's.
    root.set("time", f"{max((float(s.get('time', '0')) for s in suites), default=0.0):.3f}")
    return ET.ElementTree(root)


def merge_cucumber(documents: Sequence[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One Cucumber JSON report: each feature once, holding the scenarios of every shard in file order."""
    features: dict[str, dict[str, Any]] = {}
    owners: list[tuple[str, str]] = []
    for number, document in enumerate(documents, start=1):
        for feature in document:
            uri = str(feature.get("uri") or feature.get("id"))
            merged = features.setdefault(uri, {**feature, "elements": []})
            merged["elements"].extend(feature.get("elements", []))
            owners += [(f"{uri}::{e.get('id')}", f"shard {number}") for e in feature.get("elements", [])]
    _check_no_overlap(owners)
    for feature in features.values():
        feature["elements"].sort(key=lambda e: (int(e.get("line", 0)), str(e.get("id"))))
    return [features[uri] for uri in sorted(features)]


def _copy_evidence(summary: dict[str, Any], out: Path) -> None:
    # Artifact paths are absolute on the machine that ran the shard; copy what is here into the merged
    # folder (so the report still opens from disk once the shard folders are gone) and point at the copy.
    for number, scenario in enumerate(summary.get("scenarios", []), start=1):
        for artifact in scenario.get("evidence", []) if isinstance(scenario.get("evidence"), list) else []:
            source = Path(str(artifact.get("path", "")))
            if source.is_file():
                target = out / "evidence" / f"s{number}" / source.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                artifact["path"] = str(target.resolve())


def _optional(shards: Sequence[_Shard], name: str) -> list[Path]:
    present = [s.directory / name for s in shards if (s.directory / name).is_file()]
    if present and len(present) != len(shards):
        missing = [str(s.directory) for s in shards if not (s.directory / name).is_file()]
        raise MergeError(f"{name} is in some shards but not in {', '.join(missing)}")
    return present


def _write_html(summary: dict[str, Any], out: Path) -> None:
    from harness.report.html import write_html  # the HTML page needs Jinja2 only when there is a page

    write_html(summary, out)


def merge(report_dirs: list[Path], out: Path) -> dict[str, Any]:
    """Merge the shards' report folders into ``out`` (created); returns the merged summary."""
    shards = [_Shard(d, _load_json(d / SUMMARY)) for d in report_dirs]
    summary = merge_summaries([s.summary for s in shards], [str(s.directory) for s in shards])
    junit_paths, cucumber_paths = _optional(shards, JUNIT), _optional(shards, CUCUMBER)
    # Everything is read and checked before the first file is written.
    junit = merge_junit(junit_paths) if junit_paths else None
    cucumber = merge_cucumber([_load_json(p) for p in cucumber_paths]) if cucumber_paths else None
    out.mkdir(parents=True, exist_ok=True)
    _copy_evidence(summary, out)
    if junit is not None:
        junit.write(out / JUNIT, encoding="utf-8", xml_declaration=True)
    if cucumber is not None:
        write_json_atomic(out / CUCUMBER, cucumber)
    write_json_atomic(out / SUMMARY, summary)
    _write_html(summary, out)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m harness.merge OUT DIR [DIR...]``: 0 merged, 2 could not merge (reason on stderr)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: python -m harness.merge OUT DIR [DIR...]", file=sys.stderr)
        return 2
    try:
        summary = merge([Path(a) for a in args[1:]], Path(args[0]))
    except MergeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    totals = summary["totals"]
    print(f"merged {len(args) - 1} shards into {args[0]}: {totals['scenarios']} scenarios, "
          f"{totals['failed']} failed, conformant={summary['conformant']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
