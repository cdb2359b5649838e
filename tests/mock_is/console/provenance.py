"""``mock_is/console/PROVENANCE.md`` as data: which test ids, component ids and tour ids are cited.

A row's hook is a backticked value in the table's first column with kind ``testid``, ``cid`` or ``tour``;
``<name>`` marks a part that varies. ``covers(kind, value)`` says whether a concrete value (as rendered) is
cited; ``covers_template`` does the same for a page object's f-string, whose placeholders stand for any
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROVENANCE = Path(__file__).resolve().parents[3] / "mock_is" / "console" / "PROVENANCE.md"
KINDS = ("testid", "cid", "tour")
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(testid|cid|tour)\s*\|")
_PLACEHOLDER = re.compile(r"<[^<>]+>")
_SAMPLE = "x1 y2"  # stands for a page object's placeholder: any text, spaces included


@dataclass(frozen=True)
class Hook:
    """One cited hook: its kind and a pattern for the values it stands for."""

    kind: str
    hook: str
    pattern: re.Pattern[str]


def _pattern(hook: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(hook)
    return re.compile("^" + ".+".join(re.escape(p) for p in parts) + "$")


@cache
def cited_hooks() -> tuple[Hook, ...]:
    """Every test id / component id / tour id row of the table."""
    hooks = []
    for line in PROVENANCE.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            hooks.append(Hook(match.group(2), match.group(1), _pattern(match.group(1))))
    return tuple(hooks)


def covers(kinds: tuple[str, ...], value: str) -> bool:
    """Whether a rendered or looked-for ``value`` of one of ``kinds`` is cited."""
    return any(h.kind in kinds and h.pattern.match(value) for h in cited_hooks())


def covers_template(kinds: tuple[str, ...], parts: list[str | None]) -> bool:
    """Whether an f-string (literal parts, ``None`` for each placeholder) is cited for every value."""
    return covers(kinds, "".join(_SAMPLE if p is None else p for p in parts))
