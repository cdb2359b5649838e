"""Under pytest-xdist: a stack per worker (what the ``target`` fixture does) against one shared stack.

The shared stack is ``xlogin serve --json`` started once, handed to every worker as an external target
(``XLOGIN_TARGET=external`` and its URLs), as a controller would start it. Per-worker stacks pay one
start-up per worker; a shared stack pays one, but serves every worker from one process (one GIL).
Both runs must decide alike, or the comparison means nothing.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from bench.results import Figure
from bench.suite import PROJECT_ROOT, run_suite, verdicts

__all__ = ["external_env", "measure", "shared_stack"]


def external_env(stack: dict[str, str]) -> dict[str, str]:
    """The environment that makes the ``target`` fixture use the already running stack ``stack``."""
    return {
        "XLOGIN_TARGET": "external",
        "XLOGIN_IS_URL": stack["is"],
        "XLOGIN_X_URL": stack["x"],
        "XLOGIN_APP_URL": stack["app"],
        "XLOGIN_ADMIN_USER": stack["admin_user"],
        "XLOGIN_ADMIN_PASSWORD": stack["admin_password"],
    }


@contextmanager
def shared_stack() -> Iterator[dict[str, str]]:
    """``xlogin serve --json`` in a child process; yields its JSON line; stopped with SIGTERM."""
    process = subprocess.Popen(
        [sys.executable, "-c", "from harness.cli import main; main()", "serve", "--json"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"xlogin serve exited ({process.wait()}) before printing its JSON line")
        yield json.loads(line)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def measure(scratch: Path, paths: Sequence[Path], workers: int = 2) -> list[Figure]:
    """``-n workers`` with a stack per worker, then with one shared stack (its start-up included)."""
    own = run_suite(scratch / "per-worker-stacks", ["-n", str(workers)], paths=paths)
    started = time.perf_counter()  # the shared stack's own start-up counts: a controller would pay it
    with shared_stack() as stack:
        shared = run_suite(
            scratch / "shared-stack", ["-n", str(workers)], paths=paths, env=external_env(stack)
        )
    shared_seconds = time.perf_counter() - started
    same = verdicts(own.require_summary()) == verdicts(shared.require_summary())
    scope = ", ".join(p.name for p in paths)
    note = f"{workers} workers over {scope}; verdicts {'identical' if same else 'DIFFER'}"
    return [
        Figure(
            "workers",
            "one shared stack (its start-up included)",
            shared_seconds,
            "s",
            "a stack per worker",
            own.seconds,
            note,
            {"same_verdicts": same, "suite_only_seconds": round(shared.seconds, 2)},
        ),  # fmt: skip
    ]
