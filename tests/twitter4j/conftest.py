"""Fixtures of the twitter4j tests: one JVM per test module, pointed at the target's mock X.

Without ``java`` or ``mvn`` the tests skip with the reason; with them the driver is built first (a no-op
when ``make twitter4j`` already built it), so on a machine that has both they never skip.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from twitter4j_jvm import Twitter4jJvm, build_driver, missing_tools

from harness.real_x.mode import NEEDS_MOCK_X
from harness.target import Target


@pytest.fixture(scope="module")
def twitter4j(target: Target, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Twitter4jJvm]:
    """The real twitter4j 4.0.7 in a JVM started with the flags ``xlogin mock-x serve`` prints."""
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    if target.real_x:
        pytest.skip(NEEDS_MOCK_X)
    jvm = Twitter4jJvm(build_driver(), target.x_url, tmp_path_factory.mktemp("twitter4j"))
    try:
        yield jvm
    finally:
        jvm.close()
