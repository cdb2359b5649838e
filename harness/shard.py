"""pytest plugin: ``--shard K/N`` (or ``XLOGIN_SHARD=K/N``) keeps a deterministic 1/N of the scenarios.

A CI matrix runs N jobs of the same commit, each with its own ``--shard K/N``; together they run every
collected scenario exactly once, and ``harness.merge`` joins their report folders into one.

Choice (issue 8 leaves the method open): round-robin over the node ids sorted by value, not a hash of
each id. Both are deterministic on a given commit, but round-robin also balances the shards by scenario
count (they differ by at most one), which a hash does not promise for a suite of a few dozen scenarios.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

__all__ = ["ENV_VAR", "Shard", "parse_shard", "select"]

ENV_VAR = "XLOGIN_SHARD"
_SHAPE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based, as CI matrices count) of ``total``."""

    index: int
    total: int

    def __str__(self) -> str:
        return f"{self.index}/{self.total}"


def parse_shard(text: str) -> Shard:
    """``"2/4"`` -> ``Shard(2, 4)``; anything else is a ``ValueError`` that says what is expected."""
    match = _SHAPE.match(text)
    if not match:
        raise ValueError(f"shard {text!r} is not K/N (e.g. 1/4)")
    index, total = int(match.group(1)), int(match.group(2))
    if not 1 <= index <= total:
        raise ValueError(f"shard {text!r}: K must be between 1 and N (got K={index}, N={total})")
    return Shard(index, total)


def select(nodeids: Sequence[str], shard: Shard) -> set[str]:
    """The node ids shard ``shard`` runs: every N-th id of the sorted list, starting at the K-th."""
    ordered = sorted(set(nodeids))
    return set(ordered[shard.index - 1 :: shard.total])


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--shard K/N``: run only shard K of N (default ``$XLOGIN_SHARD``; none: every scenario)."""
    parser.getgroup("xlogin", "x-login conformance report").addoption(
        "--shard",
        default=None,
        metavar="K/N",
        help=f"run only shard K of N of the collected scenarios (default ${ENV_VAR})",
    )


def _configured_shard(config: pytest.Config) -> Shard | None:
    text = config.getoption("--shard", None) or os.environ.get(ENV_VAR, "")
    if not text.strip():
        return None
    try:
        return parse_shard(text)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_configure(config: pytest.Config) -> None:
    """Fail fast on a malformed shard, before anything is collected or started."""
    _configured_shard(config)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the items other shards run (after ``-k``/``-m``, so every shard sees the same set)."""
    shard = _configured_shard(config)
    if shard is None:
        return
    keep = select([item.nodeid for item in items], shard)
    deselected = [item for item in items if item.nodeid not in keep]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item.nodeid in keep]
