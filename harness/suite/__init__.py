"""The conformance suite as ``xlogin run`` runs it: the scenario bindings, their plugins and pytest config.

The bindings (``test_*.py``) tie each feature of ``features/`` (installed as the ``xlogin_features``
package) to pytest; ``conftest.py`` loads the suite's plugins; ``pytest.ini`` is the run's configuration, so
an installed ``xlogin`` runs the same suite from any working directory. The project's own tests run the
same bindings from ``tests/features``.
"""

from __future__ import annotations

from pathlib import Path

import xlogin_features

__all__ = ["FEATURES_DIR", "SUITE_DIR", "SUITE_INI", "SUITE_PLUGINS"]

SUITE_DIR = Path(__file__).resolve().parent
SUITE_INI = SUITE_DIR / "pytest.ini"
FEATURES_DIR = Path(xlogin_features.__file__).resolve().parent

# What every run of the scenarios loads: fixtures, the report, sharding, the step modules.
SUITE_PLUGINS = [
    "harness.fixtures",
    "harness.real_x.plugin",
    "harness.report.plugin",
    "harness.report.cucumber_xdist",
    "harness.shard",
    "harness.suite.plugin",
    "steps.common",
    "steps.person",
    "steps.accounts",
    "steps.connections",
    "steps.login_flow",
    "steps.attributes",
    "steps.try_it_out",
    "steps.register_on_x",
    "steps.real_x",
]
