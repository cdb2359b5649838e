"""Options of the feature suite: ``--xlogin-doc-ids`` (or ``XLOGIN_DOC_IDS``) keeps only the scenarios
proving those documented steps.

``harness.selftest`` uses it to run, per deviation, just the scenarios that prove the steps it breaks.
"""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--xlogin-doc-ids=jit-3,try-5``."""
    parser.getgroup("xlogin").addoption(
        "--xlogin-doc-ids",
        default="",
        help="run only scenarios tagged with one of these @doc ids (comma separated)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect scenarios that prove none of ``--xlogin-doc-ids``."""
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
