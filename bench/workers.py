"""Under pytest-xdist: one stack for all workers (what a run does: the controller starts it,
``harness.suite.early_stack``) against a stack per worker (``XLOGIN_STACK_PER_WORKER=1``).

One stack pays one start-up, on the controller's otherwise idle core, and serves every worker from one
process (one GIL); a stack per worker pays a start-up in each, all at once with the workers' own imports.
Both runs must decide alike, or the comparison means nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bench.results import Figure
from bench.suite import run_suite, verdicts

__all__ = ["measure"]


def measure(scratch: Path, paths: Sequence[Path], workers: int = 2) -> list[Figure]:
    """``-n workers`` with one stack for all of them, then with a stack per worker."""
    shared = run_suite(scratch / "one-stack", ["-n", str(workers)], paths=paths)
    own = run_suite(
        scratch / "stack-per-worker", ["-n", str(workers)], paths=paths, env={"XLOGIN_STACK_PER_WORKER": "1"}
    )
    same = verdicts(own.require_summary()) == verdicts(shared.require_summary())
    scope = ", ".join(p.name for p in paths)
    note = f"{workers} workers over {scope}; verdicts {'identical' if same else 'DIFFER'}"
    return [
        Figure(
            "workers",
            "one stack for all workers (a run's default)",
            shared.seconds,
            "s",
            "a stack per worker",
            own.seconds,
            note,
            {"same_verdicts": same},
        ),  # fmt: skip
    ]
