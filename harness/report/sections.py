"""The doc's sections in order, and which documented-step ids belong to each (by id prefix)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DOC_SECTIONS", "section_of", "steps_by_section"]

# Titles as add-x-login.doc.txt has them, in the doc's order; step ids are "<prefix>-<n>" (features/ tags).
# JIT is a part of "Register the X IdP" in the doc; it gets its own row so its verdicts stand out.
DOC_SECTIONS: tuple[tuple[str, str], ...] = (
    ("x-app", "Register WSO2 Identity Server on X"),
    ("idp", "Register the X IdP"),
    ("jit", "Register the X IdP: JIT provisioning"),
    ("login", "Enable X login"),
    ("try", "Try it out"),
    ("attr", "Configure user attributes"),
)
_OTHER = "Other checks"


def section_of(step_id: str) -> str:
    """The title of the doc section the step ``step_id`` belongs to."""
    for prefix, title in DOC_SECTIONS:
        if step_id == prefix or step_id.startswith(prefix + "-"):
            return title
    return _OTHER


def steps_by_section(step_ids: Iterable[str]) -> list[tuple[str, list[str]]]:
    """``(section title, step ids)`` in the doc's order, keeping the given order within a section."""
    groups: dict[str, list[str]] = {title: [] for _, title in DOC_SECTIONS}
    groups[_OTHER] = []
    for step_id in step_ids:
        groups[section_of(step_id)].append(step_id)
    return [(title, ids) for title, ids in groups.items() if ids]
