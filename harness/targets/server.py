"""A uvicorn server in a daemon thread on a socket bound up front, so its URL is known before it runs."""

from __future__ import annotations

import signal
import socket
import threading
import time
from types import TracebackType
from typing import Any

import httpx
import uvicorn

__all__ = ["BackgroundServer", "ServerStartError", "ShutdownSignals", "bind_loopback"]


class ServerStartError(RuntimeError):
    """The server did not come up (crashed, or its health path never answered) within the timeout."""


def bind_loopback(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free one picked by the kernel)."""
    # IPPROTO_TCP explicitly: with proto 0 asyncio does not recognise the socket as TCP, never sets
    # TCP_NODELAY, and every response with a body waits ~40 ms on delayed ACKs (measured 44 ms vs 4.6 ms).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


class _ThreadServer(uvicorn.Server):
    """uvicorn.Server that leaves signals alone: handlers can only be installed on the main thread
    (the same reason httpx's own ``TestServer`` overrides this, style-anchors.md §1)."""

    def install_signal_handlers(self) -> None:
        return None


class BackgroundServer:
    """Serve an ASGI app on ``host:port`` from a daemon thread; ``url`` is valid from construction."""

    def __init__(
        self,
        app: Any,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        sock: socket.socket | None = None,
        health_path: str = "/",
        tls: dict[str, Any] | None = None,
    ) -> None:
        self.sock = sock or bind_loopback(host, port)
        self.host, self.port = self.sock.getsockname()[:2]
        self.health_path = health_path
        self.scheme = "https" if tls else "http"
        # A browser keeps connections open; a bounded graceful shutdown keeps stop() from waiting on them.
        # ``tls``: uvicorn's ssl_* options (e.g. mock_x.tls.TlsFiles.uvicorn_options()).
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=3,
            **(tls or {}),
        )  # fmt: skip
        self._server = _ThreadServer(config)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        """Base URL of the server, without a trailing slash."""
        return f"{self.scheme}://{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> BackgroundServer:
        """Start serving and return once ``GET <health_path>`` answers below 500."""
        self.launch()
        return self.wait_healthy(timeout)

    def launch(self) -> BackgroundServer:
        """Start serving without waiting for it (``wait_healthy`` waits), so that servers start together."""
        if self._thread is not None:
            raise RuntimeError(f"server at {self.url} already started")
        self._thread = threading.Thread(target=self._run, name=f"uvicorn-{self.port}", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self.sock])
        except BaseException as exc:  # reported by wait_healthy(): the thread must not die silently
            self._error = exc

    def wait_healthy(self, timeout: float = 15.0) -> BackgroundServer:
        """Return once the launched server's ``GET <health_path>`` answers below 500; on a timeout or a
        crash, stop it and raise ``ServerStartError``."""
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        # A liveness probe of our own server on loopback: no certificate to trust, no TLS context to build.
        with httpx.Client(timeout=2.0, trust_env=False, verify=False) as client:
            while time.monotonic() < deadline:
                if self._thread is not None and not self._thread.is_alive():
                    raise ServerStartError(f"server at {self.url} stopped while starting: {self._error!r}")
                try:
                    status = client.get(self.url + self.health_path).status_code
                    if status < 500:
                        return self
                    last = f"HTTP {status}"
                except httpx.TransportError as exc:
                    last = type(exc).__name__
                time.sleep(0.02)
        self.stop()
        raise ServerStartError(f"{self.url}{self.health_path} did not answer within {timeout:g}s ({last})")

    def ask_to_exit(self) -> None:
        """Tell uvicorn to exit without waiting: it notices on its next tick (every 0.1 s)."""
        self._server.should_exit = True

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit, wait for its thread, and close the socket."""
        self.ask_to_exit()
        if self._thread is not None:
            self._thread.join(timeout)
        self.sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class ShutdownSignals:
    """Catch SIGINT and SIGTERM from ``__enter__`` on, so a signal sent while servers start (or right after
    a caller saw them ready) is never lost; ``wait()`` blocks the main thread until one arrives."""

    _SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self._event = threading.Event()
        self._received: list[str] = []
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: object) -> None:
        self._received.append(signal.Signals(signum).name)
        self._event.set()

    def __enter__(self) -> ShutdownSignals:
        self._previous = {s: signal.signal(s, self._handle) for s in self._SIGNALS}
        return self

    def wait(self, poll: float = 0.5) -> str:
        """Block until a signal came (maybe already); its name."""
        # A timed wait, not wait(): the handler runs between bytecodes, and an untimed wait can hide it.
        while not self._event.wait(poll):
            pass
        return self._received[0]

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for sig, old in self._previous.items():
            signal.signal(sig, old)
