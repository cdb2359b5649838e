"""The suite's enable_x_login scenarios, as the project's own tests.

Bound in ``harness.suite.test_enable_x_login``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_enable_x_login import *  # noqa: F403
