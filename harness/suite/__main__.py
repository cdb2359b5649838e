"""``python -m harness.suite ARGS``: pytest over the suite, as ``python -m pytest ARGS``, but always able to
take the SIGINT that ``xlogin run`` sends it on SIGTERM (``harness.report.runner``).

A process started in the background by a non-interactive shell (``xlogin run &`` in a script, a CI step
run so) inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler: pytest never saw
the SIGINT, ran on to the end and reported a complete run. Found by ``make test`` launched in the
background (tests/harness/test_cli.py, the SIGTERM test, hung in ``time.sleep(600)``).
"""

from __future__ import annotations

import signal
import sys

import pytest


def main() -> int:
    """Take SIGINT as KeyboardInterrupt, then run pytest on this command line."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # pytest.main(), not console_main() (deprecated in pytest 9, which warned so in every run).
    code = int(pytest.main())
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
