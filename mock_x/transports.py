"""In-process transports: the same ASGI app for sync ``httpx`` clients and for ``requests`` via ``responses``.

A private event loop thread runs the app, so synchronous code (tweepy, requests-oauthlib, tests) can call
it with no server (issue 3 §9). The ``responses`` adapter answers for X's real hosts, so clients that
hard-code ``api.twitter.com`` (tweepy) reach the mock unchanged.
"""

from __future__ import annotations

import asyncio
import re
import threading
from types import TracebackType
from typing import Any

import httpx
import responses
from requests import PreparedRequest
from starlette.types import ASGIApp

__all__ = ["X_HOSTS", "ASGIRunner", "SyncASGITransport", "XResponsesAdapter"]

X_HOSTS = ("api.twitter.com", "api.x.com", "twitter.com", "x.com", "upload.twitter.com")
_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


class ASGIRunner:
    """Runs an ASGI app on its own event loop thread and answers one request at a time, synchronously."""

    def __init__(self, app: ASGIApp, timeout: float = 30.0) -> None:
        self._transport = httpx.ASGITransport(app=app)
        self._timeout = timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="mock-x-asgi", daemon=True)
        self._thread.start()

    def call(self, method: str, url: str, headers: list[tuple[bytes, bytes]], body: bytes) -> _Answer:
        """Send one request into the app; returns status, raw headers and body."""
        request = httpx.Request(method, url, headers=headers, content=body)
        future = asyncio.run_coroutine_threadsafe(self._call(request), self._loop)
        return future.result(self._timeout)

    async def _call(self, request: httpx.Request) -> _Answer:
        response = await self._transport.handle_async_request(request)
        return response.status_code, response.headers.raw, await response.aread()

    def close(self) -> None:
        """Stop the loop thread."""
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


class SyncASGITransport(httpx.BaseTransport):
    """An ``httpx`` sync transport into the ASGI app (the sync twin of ``httpx.ASGITransport``)."""

    def __init__(self, app: ASGIApp) -> None:
        self._runner = ASGIRunner(app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the app."""
        status, raw, body = self._runner.call(
            request.method, str(request.url), request.headers.raw, request.read()
        )
        return httpx.Response(status, headers=raw, content=body, request=request)

    def close(self) -> None:
        """Stop the app's loop thread."""
        self._runner.close()


class XResponsesAdapter:
    """Routes ``requests`` calls for X's hosts (http and https) into the mock app through ``responses``.

    Use as a context manager; every other host is refused by ``responses`` as usual.
    """

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...] = X_HOSTS) -> None:
        self._runner = ASGIRunner(app)
        self.requests_mock = responses.RequestsMock(assert_all_requests_are_fired=False)
        pattern = re.compile(r"https?://(" + "|".join(re.escape(h) for h in hosts) + r")(:\d+)?(/.*)?$")
        for method in ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"):
            self.requests_mock.add_callback(method, pattern, callback=self._answer)

    def _answer(self, request: PreparedRequest) -> tuple[int, dict[str, str], bytes]:
        body: Any = request.body or b""
        data = body.encode() if isinstance(body, str) else bytes(body)
        headers = [(k.encode("latin-1"), _latin1(v)) for k, v in request.headers.items()]
        status, raw, content = self._runner.call(request.method or "GET", request.url or "", headers, data)
        # requests recomputes framing itself; content-length from the app would be stale once decoded.
        # The mock sets at most one cookie per answer, so a plain mapping loses nothing.
        out = {k.decode("latin-1"): v.decode("latin-1") for k, v in raw if k.lower() != b"content-length"}
        return status, out, content

    def __enter__(self) -> XResponsesAdapter:
        self.requests_mock.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.requests_mock.stop()
        self.requests_mock.reset()
        self._runner.close()


def _latin1(value: str | bytes) -> bytes:
    """Header values as bytes (requests-oauthlib sets some as bytes already)."""
    return value if isinstance(value, bytes) else str(value).encode("latin-1")
