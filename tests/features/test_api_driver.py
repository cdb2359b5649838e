"""The suite's api_driver scenarios, as the project's own tests.

Bound in ``harness.suite.test_api_driver``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_api_driver import *  # noqa: F403
