"""The static pages of the login benchmark's floor, served from a process of their own.

``python -m bench.floor_site <folder>`` serves the folder's files on a free loopback port, prints its
URL on one line and serves until its standard input closes. The benchmark's login runs against the
stack's own process (as every suite run does), so the floor's server is kept out of the benchmark's
interpreter too: neither side's server shares a GIL with the Playwright client that times it.
"""

from __future__ import annotations

import sys

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from harness.targets.server import BackgroundServer


def main(folder: str) -> int:
    """Serve ``folder`` until standard input closes."""
    site = Starlette(routes=[Mount("/", app=StaticFiles(directory=folder))])
    with BackgroundServer(site, health_path="/p0.html") as server:
        sys.stdout.write(server.url + "\n")
        sys.stdout.flush()
        sys.stdin.buffer.read()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
