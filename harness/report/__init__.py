"""The conformance report: scenario records, verdicts per documented step, summary.json (and HTML)."""

from __future__ import annotations

from harness.report.findings import DocFindings
from harness.report.model import Finding, ScenarioRecord, StepRecord, Verdict
from harness.report.redact import REDACTED, Redactor, remember_secret
from harness.report.summary import build_summary, step_verdict

__all__ = [
    "REDACTED",
    "DocFindings",
    "Finding",
    "Redactor",
    "ScenarioRecord",
    "StepRecord",
    "Verdict",
    "build_summary",
    "remember_secret",
    "step_verdict",
]
