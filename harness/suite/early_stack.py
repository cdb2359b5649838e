"""Start the embedded stack's process before the suite imports anything else (loaded first by
``harness.suite.plugin_args``).

The suite's own imports take about 2 s of one core; the stack's process builds the stack on the other
core meanwhile, so it answers about when Chromium has launched (docs/performance.md, "The stack in its own
process"). No process is started for an external target, nor in pytest-xdist's controller, which runs no
scenario (each worker starts its own). ``harness.fixtures.embedded_stack`` takes it, or starts one itself
when the run did not load this plugin (the project's own tests). A process nobody took is stopped at exit.
"""

from __future__ import annotations

import atexit
import os
import sys

from harness.targets.stack_process import StackProcess, settings_from

__all__ = ["take_early_stack"]

_early: StackProcess | None = None


def _xdist_controller(argv: list[str]) -> bool:
    if "PYTEST_XDIST_WORKER" in os.environ:
        return False
    for i, arg in enumerate(argv):
        value = None
        if arg in ("-n", "--numprocesses"):
            value = argv[i + 1] if i + 1 < len(argv) else None
        elif arg.startswith("--numprocesses="):
            value = arg.split("=", 1)[1]
        elif arg.startswith("-n") and len(arg) > 2:
            value = arg[2:]
        if value is not None:
            return value != "0"
    return False


def take_early_stack() -> StackProcess | None:
    """The process started at import, if it was started for the settings the run has now; once."""
    global _early
    early, _early = _early, None
    if early is not None and early.settings != settings_from(os.environ):
        early.stop()
        return None
    return early


def _stop_untaken() -> None:
    if _early is not None:
        _early.stop()


if os.environ.get("XLOGIN_TARGET", "embedded") != "external" and not _xdist_controller(sys.argv):
    _early = StackProcess()
    atexit.register(_stop_untaken)
