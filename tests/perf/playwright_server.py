"""A Playwright server (``playwright run-server``) on loopback, as a context manager.

``--unsafe`` lets clients choose ``executablePath`` and ``args`` in their launch options: this machine's
Chromium lives at ``/usr/bin/chromium``, not where Playwright downloads its own. The server runs in its
own process group because ``python -m playwright`` starts Node as a child: stopping only the Python
parent would leave the server running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from harness.targets.server import bind_loopback

__all__ = ["playwright_server"]


def _free_port() -> int:
    sock = bind_loopback()
    try:
        return int(sock.getsockname()[1])
    finally:
        sock.close()


def _wait_until_listening(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(trust_env=False, verify=False, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"playwright run-server exited ({process.returncode}): {log.read_text()}")
            try:
                client.get(f"http://127.0.0.1:{port}/json").raise_for_status()
                return
            except httpx.HTTPError:
                time.sleep(0.1)
    raise RuntimeError(
        f"playwright run-server did not listen on {port} within {timeout:g}s: {log.read_text()}"
    )


@contextmanager
def playwright_server(log: Path, timeout: float = 60.0) -> Iterator[str]:
    """Run a Playwright server on a free loopback port; yields its ``ws://`` endpoint; logs to ``log``."""
    port = _free_port()
    command = [sys.executable, "-m", "playwright", "run-server", "--port", str(port), "--host", "127.0.0.1"]
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*command, "--unsafe"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={**os.environ, "DEBUG": "pw:server"},  # logs each connection: proof the suite came here
            start_new_session=True,
        )
        try:
            _wait_until_listening(port, process, log, timeout)
            yield f"ws://127.0.0.1:{port}/"
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
