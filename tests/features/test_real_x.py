"""The suite's real_x scenarios, as the project's own tests.

Bound in ``harness.suite.test_real_x``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_real_x import *  # noqa: F403
