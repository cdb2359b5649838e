"""The suite's register_x_idp scenarios, as the project's own tests.

Bound in ``harness.suite.test_register_x_idp``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_register_x_idp import *  # noqa: F403
