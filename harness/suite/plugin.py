"""The suite's own pytest hooks: ``@doc:<id>`` tags as markers, and ``--xlogin-doc-ids`` to keep only the
scenarios proving some documented steps (``harness.selftest`` runs, per deviation, just those)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from harness.shutdown import skip_final_collection


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> bool | None:
    """Turn ``@doc:idp-5`` into ``pytest.mark.doc("idp-5")``; other tags keep pytest-bdd's default."""
    if tag.startswith("doc:"):
        pytest.mark.doc(tag.removeprefix("doc:"))(function)
        return True
    return None


def pytest_configure(config: pytest.Config) -> None:
    """A run's process exits without Python's last garbage collection (``harness.shutdown``)."""
    skip_final_collection()


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--xlogin-doc-ids=jit-3,try-5``."""
    parser.getgroup("xlogin").addoption(
        "--xlogin-doc-ids",
        default="",
        help="run only scenarios tagged with one of these @doc ids (comma separated)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect scenarios that prove none of ``--xlogin-doc-ids`` (or ``XLOGIN_DOC_IDS``)."""
    chosen = config.getoption("--xlogin-doc-ids", default="") or os.environ.get("XLOGIN_DOC_IDS", "")
    wanted = {i.strip() for i in str(chosen).split(",") if i.strip()}
    if not wanted:
        return
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        ids = {str(a) for mark in item.iter_markers("doc") for a in mark.args}
        (keep if ids & wanted else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
