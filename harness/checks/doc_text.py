"""Reading the doc under test as shipped in the project (``features/add-x-login.doc.txt``).

Used for defects of the doc itself a reader trips over, such as a section about X that names another
provider.
"""

from __future__ import annotations

import html
import re

from harness.suite import FEATURES_DIR

__all__ = ["DOC_PATH", "OTHER_PROVIDERS", "doc_section", "foreign_providers", "section_page"]

DOC_PATH = FEATURES_DIR / "add-x-login.doc.txt"
# Providers with their own "Add … login" pages in the IS docs: a section of the X page naming one of
# them is a copy-paste slip.
OTHER_PROVIDERS = ("Microsoft", "Google", "Facebook", "GitHub", "Apple", "LinkedIn", "Hypr", "IWA")
_HEADINGS = (
    "Register WSO2 Identity Server on X",
    "Register the X IdP",
    "Enable X login",
    "Try it out",
    "Configure user attributes",
    "Configure connection",
)


def doc_section(title: str, text: str | None = None) -> str:
    """The text of the doc's section ``title``, up to the next section heading."""
    body = DOC_PATH.read_text(encoding="utf-8") if text is None else text
    lines = body.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == title)
    except StopIteration:
        raise LookupError(f"the doc has no section {title!r}") from None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() in _HEADINGS), len(lines))
    return "\n".join(lines[start + 1 : end])


def foreign_providers(section: str) -> list[str]:
    """Sentences of ``section`` naming another provider where the page is about X."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(section.split()))
    return [s for s in sentences if any(re.search(rf"\b{p}\b", s) for p in OTHER_PROVIDERS)]


def section_page(title: str, section: str, marked: list[str]) -> str:
    """The section as an HTML page a person reads, each of ``marked`` (sentences of it) highlighted: what
    the proof picture of a defect of the doc shows."""
    text = html.escape(" ".join(section.split()))
    for sentence in marked:
        text = text.replace(html.escape(sentence), f"<mark>{html.escape(sentence)}</mark>")
    return (
        "<!doctype html><meta charset=utf-8><body style='font:16px/1.5 sans-serif;max-width:60em;margin:2em'>"
        f"<h2>{html.escape(title)}</h2><p style='white-space:pre-wrap'>{text}</p>"
        f"<p style='color:#555'>from {html.escape(DOC_PATH.name)}</p></body>"
    )
