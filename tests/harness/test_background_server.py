"""BackgroundServer: URL known before start, start waits for health, stop frees the port."""

from __future__ import annotations

import os
import signal
import socket

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from harness.targets.server import BackgroundServer, ServerStartError, ShutdownSignals


def _app(health_status: int = 200) -> FastAPI:
    app = FastAPI()

    @app.get("/health")
    def health() -> JSONResponse:
        return JSONResponse({"status": "ok" if health_status == 200 else "down"}, health_status)

    @app.get("/hello")
    def hello() -> dict[str, str]:
        return {"hello": "world"}

    return app


def _connectable(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_url_is_known_before_start_and_serves_after() -> None:
    server = BackgroundServer(_app(), health_path="/health")
    assert server.url.startswith("http://127.0.0.1:") and server.port > 0
    with server:
        assert httpx.get(server.url + "/hello", trust_env=False).json() == {"hello": "world"}
    assert not _connectable(server.port)


def test_health_path_that_never_answers_below_500_times_out_clearly() -> None:
    server = BackgroundServer(_app(health_status=500), health_path="/health")
    with pytest.raises(ServerStartError, match=r"/health did not answer within 3s \(HTTP 500\)"):
        server.start(timeout=3)
    assert not _connectable(server.port)


def test_server_that_dies_while_starting_is_reported_at_once() -> None:
    server = BackgroundServer(_app(), health_path="/health")
    server.sock.close()  # uvicorn cannot serve a closed socket: its thread ends with an error
    with pytest.raises(ServerStartError, match="stopped while starting"):
        server.start(timeout=5.0)


def test_start_twice_is_an_error() -> None:
    with BackgroundServer(_app(), health_path="/health") as server, pytest.raises(RuntimeError):
        server.start()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_shutdown_signals_catch_a_signal_sent_before_waiting(sig: signal.Signals) -> None:
    before = signal.getsignal(sig)
    with ShutdownSignals() as signals:
        os.kill(os.getpid(), sig)  # arrives before wait(): it must not be lost (or kill the process)
        assert signals.wait(poll=0.05) == sig.name
    assert signal.getsignal(sig) == before
