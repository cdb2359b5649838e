"""Mock X OAuth 1.0a handshakes per second against a bare uvicorn endpoint.

The measuring is the mock X engineer's ``bench/mock_x_handshakes.py`` (``measure(seconds) ->
HandshakeRates``: request_token, authenticate with a prior approval, access_token, verify_credentials).
It runs in its own interpreter, so its servers and client threads share a GIL with nothing else of the
bench; its rates come back as one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import sys

from bench.results import Figure
from bench.suite import PROJECT_ROOT

__all__ = ["measure"]

_PROBE = (
    "import dataclasses, json\n"
    "from bench.mock_x_handshakes import measure\n"
    "print(json.dumps(dataclasses.asdict(measure({seconds}))))\n"
)


def measure(seconds: float = 3.0) -> list[Figure]:
    """Handshakes/s, with the bare endpoint's rate expressed in handshakes (its requests / 4)."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(seconds=float(seconds))],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"bench/mock_x_handshakes.py failed:\n{done.stderr[-2000:]}")
    rates = json.loads(done.stdout.strip().splitlines()[-1])
    per = int(rates["requests_per_handshake"])
    bare_rps, handshakes = float(rates["bare_requests_per_s"]), float(rates["handshakes_per_s"])
    return [
        Figure(
            "mock X",
            "OAuth 1.0a handshakes",
            handshakes,
            "/s",
            f"bare uvicorn, {per} requests",
            bare_rps / per,
            f"bare endpoint {bare_rps:.0f} requests/s",
        ),  # fmt: skip
    ]
