"""The small filter language of IS's list APIs: ``attr op value`` joined by ``and`` / ``or``.

``idp.yaml``: "Supports 'sw', 'co', 'ew' and 'eq' operations and also complex queries with 'and'
operations" (e.g. ``name sw "google" and isEnabled eq "true"``); ``applications.yaml`` adds ``or``.
Values may be quoted or bare; comparison is case-insensitive like IS's SQL ``LIKE`` on names.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Any

from mock_is.api.errors import IsApiError

__all__ = ["Term", "matches", "parse_filter"]

_OPS = frozenset({"eq", "sw", "ew", "co"})
_JOIN = re.compile(r"\s+(and|or)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """One comparison ``attr op value``."""

    attr: str
    op: str
    value: str

    def test(self, resource: dict[str, Any]) -> bool:
        """Whether ``resource`` satisfies this comparison."""
        actual = resource.get(self.attr)
        have = str(actual).lower() if actual is not None else ""
        want = self.value.lower()
        if self.op == "eq":
            return have == want
        if self.op == "sw":
            return have.startswith(want)
        if self.op == "ew":
            return have.endswith(want)
        return want in have


def parse_filter(text: str | None, code: str, attributes: set[str]) -> list[list[Term]]:
    """The filter as OR-of-ANDs; a malformed filter or unknown attribute is a 400 with ``code``."""
    if text is None or not text.strip():
        return []
    parts = _JOIN.split(text.strip())
    groups: list[list[Term]] = [[_term(parts[0], code, attributes)]]
    for joiner, chunk in zip(parts[1::2], parts[2::2], strict=True):
        term = _term(chunk, code, attributes)
        if joiner.lower() == "and":
            groups[-1].append(term)
        else:
            groups.append([term])
    return groups


def _term(chunk: str, code: str, attributes: set[str]) -> Term:
    try:
        words = shlex.split(chunk)
    except ValueError:
        words = []
    # A bare value may hold spaces: the Console asks for ``name sw Expert Mode`` (identity-apps
    # authenticator-create-wizard-factory.tsx) and IS answers it, so the value is the rest of the term.
    if len(words) < 3 or words[1].lower() not in _OPS or words[0] not in attributes:
        raise IsApiError(
            400,
            code,
            "Invalid search filter.",
            f"Search request validation failed. Invalid search filter: {chunk}",
        )
    return Term(words[0], words[1].lower(), " ".join(words[2:]))


def matches(resource: dict[str, Any], groups: list[list[Term]]) -> bool:
    """Whether ``resource`` passes the parsed filter (no filter passes everything)."""
    return not groups or any(all(t.test(resource) for t in group) for group in groups)
