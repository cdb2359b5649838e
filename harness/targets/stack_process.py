"""The embedded stack in a process of its own, so that a suite run's Python and the stack's do not share
an interpreter.

A run's fixed cost was the suite's imports, then the stack built beside the browser launch: both are
Python's work, so on one interpreter they come one after the other, and building the stack (scim2-models'
import, the FastAPI apps, an RSA key) took about 0.7 s longer than the launch it overlapped. In a process
of its own, started before the suite's imports (``harness.suite.early_stack``), it is built on the other
core while the suite imports, collects and launches Chromium; and during the run its three servers no
longer take the GIL from the steps that call them (docs/performance.md, "The stack in its own process").

The process (``python -m harness.targets.stack_process``) reads its settings from the environment the
suite reads them from (``XLOGIN_DEVIATIONS``, ``XLOGIN_PROFILE``, ``XLOGIN_X_MODE``, ``XLOGIN_X_API_URL``),
prints one JSON line once every server answers (or one with ``error``), and serves until its standard
input closes: when the suite stops it, and when the suite dies however it dies. It ignores Ctrl-C, which
the terminal sends to the suite too, so that the interrupted run's teardown still reaches its servers.

This module imports nothing heavy: the suite imports it before anything else.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any

from harness.shutdown import skip_final_collection

__all__ = [
    "StackInfo",
    "StackProcess",
    "StackStartError",
    "deviations_from_env",
    "main",
    "profile_from_env",
    "settings_from",
]

# What the stack is built from; a process started under other values is not the one a run asked for.
SETTINGS_ENV = ("XLOGIN_DEVIATIONS", "XLOGIN_PROFILE", "XLOGIN_X_MODE", "XLOGIN_X_API_URL")
_START_TIMEOUT = 90.0  # imports and three servers on a loaded 2-core machine take 2-6 s
_STOP_TIMEOUT = 10.0


class StackStartError(RuntimeError):
    """The stack's process could not build or start the stack (its message says why)."""


@dataclass(frozen=True)
class StackInfo:
    """Where the running stack answers, and as whom the suite signs in to IS."""

    is_url: str
    x_url: str
    is_x_url: str
    app_url: str
    admin_user: str
    admin_password: str
    profile: str


def deviations_from_env() -> list[str]:
    """The named deviations of mock IS this run switches on (``XLOGIN_DEVIATIONS``, comma separated)."""
    return [d for d in os.environ.get("XLOGIN_DEVIATIONS", "").split(",") if d.strip()]


def profile_from_env() -> str:
    """The deployment profile of this run (``XLOGIN_PROFILE``; 7.1 by default)."""
    return os.environ.get("XLOGIN_PROFILE") or "7.1"


def settings_from(env: Mapping[str, str]) -> dict[str, str]:
    """The values of ``SETTINGS_ENV`` in ``env`` (absent ones as "")."""
    return {name: env.get(name, "") for name in SETTINGS_ENV}


class StackProcess:
    """Start the stack's process at once; ``info()`` waits for its answer; ``stop()`` (or leaving the
    ``with`` block) stops it."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        environment = dict(os.environ if env is None else env)
        self.settings = settings_from(environment)
        self._info: StackInfo | None = None
        self._process = subprocess.Popen(
            [sys.executable, "-m", "harness.targets.stack_process"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment,
        )  # fmt: skip

    def info(self, timeout: float = _START_TIMEOUT) -> StackInfo:
        """The stack's URLs and admin, once every server answers; raises ``StackStartError`` if it cannot."""
        if self._info is None:
            self._info = self._read_answer(timeout)
        return self._info

    def _read_answer(self, timeout: float) -> StackInfo:
        out = self._process.stdout
        assert out is not None  # stdout=PIPE
        ready, _, _ = select.select([out], [], [], timeout)
        line = out.readline() if ready else b""
        if not line:
            self.stop()
            waited = "" if ready else f" within {timeout:.0f} s"
            raise StackStartError(
                f"the embedded stack's process gave no answer{waited} (exit status {self._process.poll()})"
            )
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            self.stop()
            raise StackStartError(f"the embedded stack could not start: {answer['error']}")
        return StackInfo(**answer)

    def stop(self) -> None:
        """Close its standard input (it stops its servers and exits); kill it if it does not."""
        if self._process.stdin is not None and not self._process.stdin.closed:
            self._process.stdin.close()
        try:
            self._process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    @property
    def pid(self) -> int:
        return self._process.pid

    def __enter__(self) -> StackProcess:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _answer(document: dict[str, Any]) -> None:
    # The admin password goes over the pipe to the suite only, which registers it with its redactor.
    sys.stdout.write(json.dumps(document) + "\n")
    sys.stdout.flush()


def _start_stack() -> Any:
    from harness.real_x.mode import real_x_mode, x_api_url
    from harness.targets.embedded import EmbeddedStack

    x_url = x_api_url() if real_x_mode() else None
    return EmbeddedStack(deviations_from_env(), x_api_url=x_url, profile=profile_from_env()).start()


def main() -> int:
    """The stack's process: start it, answer, serve until standard input closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The suite waits for this process to end: without its final collection it ends 0.45 s sooner (stop()
    # 0.67 s -> 0.22 s, five each), as the suite's own process does (harness.shutdown).
    skip_final_collection()
    try:
        stack = _start_stack()
    except Exception as error:  # the suite reports it as the reason the run could not start
        _answer({"error": f"{type(error).__name__}: {error}"})
        return 2
    info = StackInfo(
        stack.is_url, stack.x_url, stack.is_x_url, stack.app_url,
        stack.admin_user, stack.admin_password, stack.profile.name,
    )  # fmt: skip
    _answer(asdict(info))
    # Nobody reads the pipe after the answer: anything printed later goes to standard error instead, so a
    # full pipe can never stop the servers.
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        sys.stdin.buffer.read()
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
