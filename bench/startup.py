"""Start-up of the embedded stack until every service answers, against a bare uvicorn hello app.

Each probe runs in a fresh interpreter (imports are most of a cold start) and prints its phases as JSON;
``python -m bench.startup stack|bare`` is that probe. Probes alternate stack/bare so load drift hits
both alike; the median of ``repeat`` is reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from bench.results import Figure, median
from bench.suite import PROJECT_ROOT

__all__ = ["measure", "probe_bare", "probe_stack"]


def probe_stack() -> dict[str, float]:
    """Import, build and start the embedded stack (each server answering); seconds per phase."""
    started = time.perf_counter()
    from harness.targets.embedded import EmbeddedStack

    imported = time.perf_counter()
    stack = EmbeddedStack()
    built = time.perf_counter()
    stack.start()
    answering = time.perf_counter()
    stack.stop()
    return {"import": imported - started, "build": built - imported, "start": answering - built,
            "total": answering - started}  # fmt: skip


def probe_bare() -> dict[str, float]:
    """Import uvicorn + Starlette and serve one hello route until it answers; seconds per phase."""
    started = time.perf_counter()
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from harness.targets.server import BackgroundServer

    imported = time.perf_counter()

    async def hello(_request: object) -> PlainTextResponse:
        return PlainTextResponse("hello")

    server = BackgroundServer(Starlette(routes=[Route("/", hello)]))
    built = time.perf_counter()
    server.start()
    answering = time.perf_counter()
    server.stop()
    return {"import": imported - started, "build": built - imported, "start": answering - built,
            "total": answering - started}  # fmt: skip


def _probe(kind: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup", kind],
        cwd=PROJECT_ROOT, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    phases: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return phases


def measure(repeat: int = 3) -> list[Figure]:
    """Median cold start of the stack and of the bare app, with the stack's phases."""
    stack, bare = [], []
    for _ in range(repeat):
        stack.append(_probe("stack"))
        bare.append(_probe("bare"))
    phases = {k: round(median([p[k] for p in stack]), 3) for k in stack[0]}
    bare_total = median([p["total"] for p in bare])
    note = f"import {phases['import']:.2f}s, build {phases['build']:.2f}s, serve {phases['start']:.2f}s"
    return [
        Figure(
            "start-up",
            "embedded stack until all 3 answer",
            phases["total"],
            "s",
            "bare uvicorn hello app",
            bare_total,
            note,
            {"phases": phases, "runs": repeat},
        ),  # fmt: skip
    ]


if __name__ == "__main__":
    probes = {"stack": probe_stack, "bare": probe_bare}
    print(json.dumps(probes[sys.argv[1]]()))
