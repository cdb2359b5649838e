"""The suite's register_on_x scenarios, as the project's own tests.

Bound in ``harness.suite.test_register_on_x``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_register_on_x import *  # noqa: F403
