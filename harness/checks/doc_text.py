"""Reading the doc under test as shipped in the project (``features/add-x-login.doc.txt``).

Used for defects of the doc itself a reader trips over, such as a section about X that names another
provider.
"""

from __future__ import annotations

import re

from harness.suite import FEATURES_DIR

__all__ = ["DOC_PATH", "OTHER_PROVIDERS", "doc_section", "foreign_providers"]

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
