"""Root conftest: loads the harness's fixtures, the report plugin and the step modules.

Step modules are plugins (not star-imports) so every feature binding under ``tests/features`` sees the
same steps; the ``@doc:<id>`` Gherkin tags become ``pytest.mark.doc("<id>")`` for the report and the
coverage gate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytest_plugins = [
    "harness.fixtures",
    "harness.real_x.plugin",
    "harness.report.plugin",
    "harness.shard",
    "steps.common",
    "steps.person",
    "steps.accounts",
    "steps.connections",
    "steps.login_flow",
    "steps.attributes",
    "steps.try_it_out",
    "steps.register_on_x",
    "steps.real_x",
]


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> bool | None:
    """Turn ``@doc:idp-5`` into ``pytest.mark.doc("idp-5")``; other tags keep pytest-bdd's default."""
    if tag.startswith("doc:"):
        pytest.mark.doc(tag.removeprefix("doc:"))(function)
        return True
    return None
