"""Doc drift: the doc names a control with words the deployment does not show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["DriftCallback", "LabelDrift"]


@dataclass(frozen=True)
class LabelDrift:
    """Doc step ``step_id`` says ``doc_words``; the deployment shows ``deployment_words`` there."""

    step_id: str
    doc_words: str
    deployment_words: str

    def message(self) -> str:
        """One line for a report: what the doc says and what the Console shows."""
        return f'{self.step_id}: the doc says "{self.doc_words}", the Console shows "{self.deployment_words}"'


DriftCallback = Callable[[LabelDrift], None]
