"""The suite's jit_provisioning scenarios, as the project's own tests.

Bound in ``harness.suite.test_jit_provisioning``, which ``xlogin run`` runs.
"""

from __future__ import annotations

from harness.suite.test_jit_provisioning import *  # noqa: F403
