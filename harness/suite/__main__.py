"""``python -m harness.suite ARGS``: pytest over the suite, as ``python -m pytest ARGS``, but always able to
take the SIGINT that ``xlogin run`` sends it on SIGTERM (``harness.report.runner``).

A process started in the background by a non-interactive shell (``xlogin run &`` in a script, a CI step
run so) inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler: pytest never saw
the SIGINT, ran on to the end and reported a complete run. Found by ``make test`` launched in the
background (tests/harness/test_cli.py, the SIGTERM test, hung in ``time.sleep(600)``).

When the command line loads ``harness.suite.early_stack``, it also starts the embedded stack's process
before it imports pytest (``early_stack.start``; the plugin's own hook then finds it started): about
0.2 s sooner, on a run whose stack is the last part to be ready (docs/performance.md, "Imports nobody
used").
"""

from __future__ import annotations

import signal
import sys


def main() -> int:
    """Take SIGINT as KeyboardInterrupt, start the stack, then run pytest on this command line."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from harness.suite import EARLY_STACK_PLUGIN, early_stack

    if EARLY_STACK_PLUGIN in sys.argv:  # the run loads the plugin (harness.suite.plugin_args)
        early_stack.start()
    import pytest

    # pytest.main(), not console_main() (deprecated in pytest 9, which warned so in every run).
    code = int(pytest.main())
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
