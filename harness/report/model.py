"""What the report records: per scenario, its steps, outcome and doc findings; per documented step, a verdict.

Records are pydantic models so they cross from pytest-xdist workers to the controller as plain JSON and
come back typed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["Artifact", "Finding", "Outcome", "Proof", "ScenarioRecord", "StepRecord", "Verdict"]

Outcome = Literal["passed", "failed", "skipped"]


class Verdict(StrEnum):
    """The verdict of one documented step, worst first (``FAIL`` outranks everything)."""

    FAIL = "FAIL"
    DEVIATION = "DEVIATION"  # failed, as the user's known-deviations file says this deployment does
    WARNING = "WARNING"
    REVIEW = "REVIEW"
    PASS = "PASS"
    SKIPPED = "SKIPPED"


class Finding(BaseModel):
    """A doc-drift warning (the doc's words against the deployment's) or evidence for a person to review."""

    kind: Literal["warning", "review"]
    step_id: str
    doc_words: str = ""
    deployment_words: str = ""
    note: str = ""
    evidence: str = ""


class Artifact(BaseModel):
    """A file kept as evidence: a screenshot, a Playwright trace or video (pytest-playwright's kinds)."""

    kind: str
    path: str


class Proof(BaseModel):
    """The picture of the moment a scenario proved a documented step (``harness.report.proof``)."""

    step_id: str
    path: str
    caption: str = ""
    # True for the scenario's last screen, taken when no page object pictured the proving moment.
    fallback: bool = False


class StepRecord(BaseModel):
    """One Gherkin step as it ran."""

    keyword: str
    name: str
    line: int = 0
    outcome: Literal["passed", "failed", "not run"] = "not run"
    duration: float = 0.0
    error: str = ""
    screenshots: list[str] = Field(default_factory=list)


class ScenarioRecord(BaseModel):
    """One test item (a scenario, or a plain test) with everything the report shows about it."""

    nodeid: str
    name: str
    feature: str = ""
    outcome: Outcome = "passed"
    phase: str = "call"
    message: str = ""
    details: str = ""
    duration: float = 0.0
    docs: list[str] = Field(default_factory=list)
    steps: list[StepRecord] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    evidence: list[Artifact] = Field(default_factory=list)
    proofs: list[Proof] = Field(default_factory=list)
