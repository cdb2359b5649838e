"""Test-only pytest plugin: ``--xlogin-order reverse`` or ``random:<seed>`` reorders the collected items.

pytest has no ``--reverse`` of its own (that is the pytest-reverse package), and the project runs with
``-p no:randomly``; the isolation tests load this with ``-p order_plugin`` to prove that no scenario
depends on another having run before it.
"""

from __future__ import annotations

import random

import pytest

__all__ = ["reorder"]


def reorder(items: list[pytest.Item], order: str) -> list[pytest.Item]:
    """``items`` in ``order``: ``collected``, ``reverse`` or ``random:<seed>`` (reproducible)."""
    if order == "collected":
        return list(items)
    if order == "reverse":
        return list(reversed(items))
    kind, _, seed = order.partition(":")
    if kind == "random" and seed:
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        return shuffled
    raise pytest.UsageError(f"--xlogin-order {order!r}: use collected, reverse or random:<seed>")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--xlogin-order``: the order scenarios run in."""
    parser.addoption("--xlogin-order", default="collected", help="collected, reverse or random:<seed>")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Put the items in the requested order, after every other plugin has selected them."""
    items[:] = reorder(items, str(config.getoption("--xlogin-order")))
