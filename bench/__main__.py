"""``python -m bench``: run the benchmarks, write ``reports/bench.json``, print the table.

``python -m bench repeat --runs 20`` instead runs the suite again and again and reports any scenario
whose verdict changed between runs (issue 8: "20 repeated full runs give the same verdicts"), and
``python -m bench stress --runs 20 PATH…`` runs some of the project's tests under CPU load (issue 12).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console

from bench import browser_login, growth, handshakes, startup, suite_bench, workers
from bench.repeat import repeat_runs
from bench.results import Figure, machine, results_table, write_results
from bench.stress import stress
from bench.suite import FEATURES, PROJECT_ROOT

GROUPS = ("startup", "browser", "handshakes", "suite", "workers", "growth")
# Wide enough for the table when piped (make, CI logs), where rich would assume 80 columns.
console = Console(width=None if sys.stdout.isatty() else 150)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "bench.json")
    parser.add_argument("--only", action="append", choices=GROUPS, help="run only this group (repeatable)")
    parser.add_argument("--quick", action="store_true", help="suite figures over Try it out only")
    sub = parser.add_subparsers(dest="command")
    again = sub.add_parser("repeat", help="run the suite N times and report verdicts that changed")
    again.add_argument("--runs", type=int, default=20)
    again.add_argument("--workers", type=int, default=2)
    again.add_argument("--burners", type=int, default=1, help="busy processes loading the CPU (0: none)")
    hammer = sub.add_parser("stress", help="run some of the project's tests N times under CPU load")
    hammer.add_argument("paths", nargs="+")
    hammer.add_argument("--runs", type=int, default=20)
    hammer.add_argument("--burners", type=int, default=1)
    return parser


def _sections(scratch: Path, quick: bool) -> dict[str, Callable[[], list[Figure]]]:
    subset = [FEATURES / "test_try_it_out.py"]
    paths = subset if quick else [FEATURES]

    def suite() -> list[Figure]:
        figures, one_worker = suite_bench.measure(scratch, paths)
        return figures + suite_bench.scenario_figures(one_worker)

    return {
        "startup": startup.measure,
        "browser": browser_login.measure,
        "handshakes": handshakes.measure,
        "suite": suite,
        "workers": lambda: workers.measure(scratch, subset),
        "growth": lambda: growth.measure(scratch),
    }


def run_benchmarks(out: Path, only: Sequence[str] | None, quick: bool) -> list[Figure]:
    """Run the chosen groups in order; ``out`` is rewritten after each, so a cut run keeps its figures."""
    figures: list[Figure] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="xlogin-bench-") as scratch:
        for name, section in _sections(Path(scratch), quick).items():
            if only and name not in only:
                continue
            console.print(f"[dim]bench: {name}…[/]")
            figures += section()
            write_results(
                out, figures, machine(), seconds=round(time.perf_counter() - started, 1), quick=quick
            )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m bench``; 0 when every group ran (and, for ``repeat``, nothing flaked)."""
    args = _parser().parse_args(argv)
    if args.command == "stress":
        return stress(args.paths, args.runs, args.burners, console)
    if args.command == "repeat":
        return repeat_runs(args.runs, args.workers, console, burners=args.burners)
    figures = run_benchmarks(args.out, args.only, args.quick)
    console.print(results_table(figures, machine()))
    console.print(f"Results: {args.out}", highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
