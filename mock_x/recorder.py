"""ASGI middleware: logs every wire request (secrets redacted) and plays failures armed by ``fail_next``."""

from __future__ import annotations

import asyncio
import json
import re
from http import HTTPStatus
from urllib.parse import parse_qsl

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_x.mock import MockX
from mock_x.models import Failure, RecordedRequest
from mock_x.oauth1.signature import parse_oauth_header

CONTROL_PREFIX = "/_mock"
REDACTED = "<redacted>"
_SECRET_FIELDS = frozenset({"password", "client_secret", "code_verifier", "oauth_signature"})
_SIGNATURE = re.compile(r'(oauth_signature=")[^"]*(")')


class Recorder:
    """Wraps the app: arms failures before routing and records each request after it is answered."""

    def __init__(self, app: ASGIApp, mock: MockX) -> None:
        self.app, self.mock = app, mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI call."""
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        body, replay = await _buffer(receive)
        status = [500]

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self._dispatch(scope, replay, send_status)
        finally:
            self.mock.store.record(_entry(scope, body, status[0]))

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        failure = self.mock.store.take_failure(scope["path"])
        if failure is not None and failure.latency > 0:
            await asyncio.sleep(failure.latency)
        if failure is not None and failure.status >= 400:
            await failure_response(failure, scope["path"])(scope, receive, send)
        else:
            await self.app(scope, receive, send)


async def _buffer(receive: Receive) -> tuple[bytes, Receive]:
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body, sent = b"".join(chunks), [False]

    async def replay() -> Message:
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


def failure_response(failure: Failure, path: str) -> Response:
    """The armed failure in X's shape: v1 envelope with a code, v2 problem, else plain text."""
    message = failure.message or _phrase(failure.status)
    if failure.code is not None:
        body = json.dumps({"errors": [{"code": failure.code, "message": message}]})
        return Response(body, failure.status, media_type="application/json; charset=utf-8")
    if path.startswith("/2/"):
        body = json.dumps(
            {"title": message, "type": "about:blank", "status": failure.status, "detail": message}
        )
        return Response(body, failure.status, media_type="application/problem+json")
    return Response(message, failure.status, media_type="text/plain; charset=utf-8")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _entry(scope: Scope, body: bytes, status: int) -> RecordedRequest:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    form = _form(headers, body)
    return RecordedRequest(
        method=scope["method"],
        path=scope["path"],
        query=_redact(query),
        form=_redact(form),
        oauth=_redact(_oauth(headers.get("authorization"), query, form)),
        headers=_redact_headers(headers),
        status=status,
        host=headers.get("host", ""),
    )


def _form(headers: dict[str, str], body: bytes) -> dict[str, str]:
    if not headers.get("content-type", "").lower().startswith("application/x-www-form-urlencoded"):
        return {}
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def _oauth(authorization: str | None, query: dict[str, str], form: dict[str, str]) -> dict[str, str]:
    try:
        header = dict(parse_oauth_header(authorization))
    except ValueError:
        header = {}
    merged = {**form, **query, **header}
    return {k: v for k, v in merged.items() if k.startswith("oauth_")}


def _redact(values: dict[str, str]) -> dict[str, str]:
    return {k: (REDACTED if k in _SECRET_FIELDS else v) for k, v in values.items()}


def _redact_headers(headers: dict[str, str]) -> dict[str, str]:
    out = dict(headers)
    auth = out.get("authorization")
    if auth is not None:
        scheme = auth.split(" ", 1)[0]
        out["authorization"] = (
            _SIGNATURE.sub(rf"\1{REDACTED}\2", auth) if scheme.lower() == "oauth" else f"{scheme} {REDACTED}"
        )
    if "cookie" in out:
        out["cookie"] = REDACTED
    return out
