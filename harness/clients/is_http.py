"""The one ``httpx.Client`` the IS REST clients share, IS's error as an exception, and redacted logging.

Used against the embedded simulator and a real IS 7.x alike: Basic auth as the admin (the product-is
REST tests' way, is-rest-api.md §0), no simulator-only paths or shortcuts.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

__all__ = [
    "REDACTED",
    "SECRET_KEYS",
    "IsRequestError",
    "build_http",
    "check",
    "id_from_location",
    "json_of",
    "redact",
]

_log = logging.getLogger("harness.clients.is")
REDACTED = "[REDACTED]"
# JSON keys (and authenticator property keys) whose values are secrets: never logged.
SECRET_KEYS = frozenset({"password", "clientSecret", "client_secret", "APISecret", "secret", "token"})


class IsRequestError(RuntimeError):
    """IS answered an error: the HTTP status plus IS's ``code``/``message``/``description``.

    SCIM errors (RFC 7644 §3.12) carry no ``code``; there ``code`` is the ``scimType`` (or the
    status) and ``message`` the ``detail``.
    """

    def __init__(self, status: int, code: str, message: str, description: str = "", body: Any = None) -> None:
        super().__init__(f"HTTP {status} {code}: {message}" + (f" ({description})" if description else ""))
        self.status = status
        self.code = code
        self.message = message
        self.description = description
        self.body = body


def redact(value: Any) -> Any:
    """A copy of JSON-like ``value`` with secret values replaced (by key, and in ``{key, value}`` pairs)."""
    if isinstance(value, list):
        return [redact(v) for v in value]
    if not isinstance(value, dict):
        return value
    if value.get("key") in SECRET_KEYS and "value" in value:
        return {**value, "value": REDACTED}
    return {k: REDACTED if k in SECRET_KEYS else redact(v) for k, v in value.items()}


def _log_request(request: httpx.Request) -> None:
    body: Any = None
    if request.content and "json" in request.headers.get("content-type", ""):
        try:
            body = redact(json.loads(request.content))
        except ValueError:
            body = "<unparsable JSON>"
    _log.debug("%s %s %s", request.method, request.url, json.dumps(body) if body is not None else "")


def _log_response(response: httpx.Response) -> None:
    _log.debug("%s %s -> %s", response.request.method, response.request.url, response.status_code)


def build_http(
    base_url: str,
    user: str,
    password: str,
    *,
    verify: bool | str = True,
    timeout: float = 30.0,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """The shared client: base URL (optionally ``.../t/<tenant>``), Basic auth, TLS verify, logging hooks."""
    return httpx.Client(
        base_url=base_url.rstrip("/"),
        auth=httpx.BasicAuth(user, password),
        verify=verify,
        timeout=timeout,
        transport=transport,
        trust_env=False,
        headers={"Accept": "application/json"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
    )


def check(response: httpx.Response) -> httpx.Response:
    """``response`` if it succeeded, else ``IsRequestError`` built from IS's (or SCIM's) error body."""
    if response.is_success:
        return response
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    if isinstance(body, dict) and "code" in body:
        raise IsRequestError(
            response.status_code,
            str(body["code"]),
            str(body.get("message", "")),
            str(body.get("description", "")),
            body,
        )
    if isinstance(body, dict) and "detail" in body:
        code = str(body.get("scimType") or body.get("status") or response.status_code)
        raise IsRequestError(response.status_code, code, str(body["detail"]), "", body)
    raise IsRequestError(
        response.status_code, str(response.status_code), response.reason_phrase, str(body)[:500], body
    )


def json_of(response: httpx.Response) -> Any:
    """The checked response's JSON body."""
    return check(response).json()


def id_from_location(response: httpx.Response) -> str:
    """The new resource's id: the last path segment of ``Location`` (create answers of IS)."""
    location = check(response).headers.get("location", "")
    if not location:
        raise IsRequestError(response.status_code, "NO_LOCATION", "Create answered without a Location header")
    return str(location).rstrip("/").rsplit("/", 1)[-1]
