"""Fixtures of the real-X mode tests: an embedded stack whose mock X stands in for the real X."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness.clients.mock_x import MockXControl
from harness.targets.embedded import EmbeddedStack


@pytest.fixture(scope="module")
def stack() -> Iterator[EmbeddedStack]:
    """A stack started here: its IS is the target, its mock X plays the real X at ``x_api_url``."""
    with EmbeddedStack() as started:
        yield started


@pytest.fixture(scope="module")
def stand_in_x(stack: EmbeddedStack) -> Iterator[MockXControl]:
    """The control plane of the X that plays the real one: only the tests use it, never the suite."""
    with MockXControl(stack.x_url) as control:
        yield control
