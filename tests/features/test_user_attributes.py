"""The suite's user_attributes scenarios, as the project's own tests.

Bound in ``harness.suite.test_user_attributes``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_user_attributes import *  # noqa: F403
