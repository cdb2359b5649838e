"""The ``doc_findings`` fixture: how a step records doc drift (WARNING) or evidence for review (REVIEW)."""

from __future__ import annotations

from harness.report.model import Finding

__all__ = ["DocFindings"]


class DocFindings:
    """Findings of the running scenario; the report turns them into WARNING / REVIEW verdicts."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def warn(self, step_id: str, doc_words: str, deployment_words: str, note: str = "") -> None:
        """The deployment works but does not say what the doc says (e.g. a renamed button)."""
        self.items.append(
            Finding(
                kind="warning",
                step_id=step_id,
                doc_words=doc_words,
                deployment_words=deployment_words,
                note=note,
            )
        )

    def review(self, step_id: str, evidence: str) -> None:
        """The harness cannot decide this step alone; ``evidence`` is what a person should look at."""
        self.items.append(Finding(kind="review", step_id=step_id, evidence=evidence))
