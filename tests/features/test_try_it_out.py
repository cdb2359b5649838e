"""The suite's try_it_out scenarios, as the project's own tests.

Bound in ``harness.suite.test_try_it_out``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_try_it_out import *  # noqa: F403
