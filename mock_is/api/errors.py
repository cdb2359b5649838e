"""IS's error shapes and the one exception every resource function raises.

The management APIs answer ``{code, message, description, traceId}`` (the ``Error`` schema of
``idp.yaml`` and ``applications.yaml``; is-rest-api.md §0); SCIM answers RFC 7644 §3.12's error
resource. Routers never build error bodies themselves: they let ``IsApiError`` reach the handlers
installed here, so a Console page calling the same function sees the same code and message.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

__all__ = [
    "IsApiError",
    "error_body",
    "install_error_handlers",
    "is_api_path",
    "is_scim_path",
    "scim_error_body",
]

SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"


class IsApiError(Exception):
    """An error IS would answer with: HTTP status plus IS's code, message and description."""

    def __init__(
        self, status: int, code: str, message: str, description: str = "", scim_type: str | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message} {description}".strip())
        self.status = status
        self.code = code
        self.message = message
        self.description = description
        self.scim_type = scim_type


def error_body(code: str, message: str, description: str = "") -> dict[str, str]:
    """The management APIs' ``Error`` object with a fresh ``traceId`` (a UUID, as IS's correlation id)."""
    return {"code": code, "message": message, "description": description, "traceId": str(uuid.uuid4())}


def scim_error_body(status: int, detail: str, scim_type: str | None = None) -> dict[str, Any]:
    """RFC 7644 §3.12 error resource; ``status`` is a string there, not a number."""
    body: dict[str, Any] = {"schemas": [SCIM_ERROR_SCHEMA], "status": str(status), "detail": detail}
    if scim_type:
        body["scimType"] = scim_type
    return body


def is_scim_path(path: str) -> bool:
    """Whether ``path`` belongs to the SCIM 2.0 API (which answers errors in SCIM's own shape)."""
    return path == "/scim2" or path.startswith("/scim2/")


def is_api_path(path: str) -> bool:
    """Whether ``path`` is one of the REST surfaces this package answers (management APIs or SCIM)."""
    return path.startswith("/api/") or is_scim_path(path)


def _render(request: Request, err: IsApiError) -> JSONResponse:
    if is_scim_path(request.url.path):
        body = scim_error_body(err.status, err.description or err.message, err.scim_type)
        return JSONResponse(body, status_code=err.status, media_type="application/scim+json")
    return JSONResponse(error_body(err.code, err.message, err.description), status_code=err.status)


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, IsApiError)
    return _render(request, exc)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    if not is_api_path(request.url.path):
        return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]
    # IS's JAX-RS layer answers a body that does not bind to the model with 400, never 422.
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    detail = f"{where}: {first.get('msg', 'invalid request')}" if where else "Invalid request."
    return _render(request, IsApiError(400, _generic_code(request.url.path), "Invalid Request", detail))


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if not is_api_path(request.url.path):
        return await http_exception_handler(request, exc)
    code = "UNEXPECTED" if exc.status_code >= 500 else str(exc.status_code)
    message = "Resource not found." if exc.status_code == 404 else str(exc.detail)
    err = IsApiError(exc.status_code, code, message, str(exc.detail))
    response = _render(request, err)
    response.headers.update(exc.headers or {})
    return response


def _generic_code(path: str) -> str:
    if "/identity-providers" in path:
        return "IDP-60025"
    if "/applications" in path:
        return "APP-60001"
    return "UE-10000"


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of the app's API surfaces come out in IS's (or SCIM's) shape."""
    app.add_exception_handler(IsApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
