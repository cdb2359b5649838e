"""The conformance suite as ``xlogin run`` runs it: the scenario bindings, their plugins and pytest config.

The bindings (``test_*.py``) tie each feature of ``features/`` (installed as the ``xlogin_features``
package) to pytest; ``conftest.py`` loads the suite's plugins; ``pytest.ini`` is the run's configuration, so
an installed ``xlogin`` runs the same suite from any working directory. The project's own tests run the
same bindings from ``tests/features``.
"""

from __future__ import annotations

from pathlib import Path

import xlogin_features

__all__ = ["FEATURES_DIR", "SUITE_DIR", "SUITE_INI", "SUITE_PLUGINS", "SUITE_THIRD_PARTY", "plugin_args"]

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

# The installed pytest plugins a run of the scenarios uses, loaded by name with entry-point autoloading off
# (``--disable-plugin-autoload``). Autoloading would import every plugin the venv holds (schemathesis,
# hypothesis, anyio, faker: seconds of start-up in each process), and even with ``-p no:faker`` pytest still
# marks faker's package for assertion rewriting, so mock X's own ``import faker`` was rewritten from source
# in every run and every xdist worker: about 1.3 CPU-s and 1.5 s before the first scenario
# (docs/performance.md, "Where a run's CPU goes").
SUITE_THIRD_PARTY = ("pytest_playwright.pytest_playwright", "pytest_bdd.plugin")
XDIST_PLUGIN = "xdist.plugin"
# First of all, so the stack's process starts before the other plugins' imports (harness.suite.early_stack).
EARLY_STACK_PLUGIN = "harness.suite.early_stack"
ALLURE_PLUGINS = ("harness.report.allure_glue", "allure_pytest_bdd.plugin")


def plugin_args(*, workers: int = 1, allure: bool = False) -> list[str]:
    """pytest arguments loading exactly the plugins a run uses: xdist only with more than one worker,
    allure-pytest-bdd and the suite's glue only when Allure results are asked for.

    The glue comes first: its ``pytest_runtest_makereport`` and pytest-playwright's are both trylast
    wrappers, and pluggy runs the one registered first outermost, so the glue reads the teardown report
    after pytest-playwright has added the person's trace to it."""
    names = [EARLY_STACK_PLUGIN, *(ALLURE_PLUGINS if allure else ()), *SUITE_THIRD_PARTY]
    names += [XDIST_PLUGIN] if workers > 1 else []
    return ["--disable-plugin-autoload", *(arg for name in names for arg in ("-p", name))]
