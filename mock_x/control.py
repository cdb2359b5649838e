"""The HTTP control plane under ``/_mock``: the same verbs as ``MockX``, JSON in and out."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mock_x.mock import MockX
from mock_x.models import GENERATE

router = APIRouter(prefix="/_mock")


class AppIn(BaseModel):
    """Body of ``POST /_mock/apps``."""

    name: str
    callback_urls: list[str]
    website_url: str = "https://example.org"
    request_email: bool = True
    app_type: str = "web"
    access_level: str = "read"
    terms_url: str | None = None
    privacy_url: str | None = None
    sign_in_with_x: bool = True
    organization_name: str | None = None
    organization_url: str | None = None


class UserIn(BaseModel):
    """Body of ``POST /_mock/users``; ``email`` defaults to a faker address, ``null`` means none."""

    screen_name: str | None = None
    password: str | None = None
    email: str | None = GENERATE
    email_verified: bool = True
    name: str | None = None


class FailureIn(BaseModel):
    """Body of ``POST /_mock/fail-next``."""

    path: str
    status: int
    code: int | None = None
    message: str | None = None
    latency: float = 0.0


class ClockIn(BaseModel):
    """Body of ``POST /_mock/clock``."""

    seconds: float


def _mock(request: Request) -> MockX:
    mock: MockX = request.app.state.mock
    return mock


def _invalid(exc: ValueError) -> JSONResponse:
    return JSONResponse({"error": "invalid_request", "error_description": str(exc)}, 400)


@router.get("/health")
async def health() -> dict[str, str]:
    """Liveness probe for whoever started the server."""
    return {"status": "ok"}


@router.post("/reset")
async def reset(request: Request) -> Response:
    """Forget everything."""
    _mock(request).reset()
    return Response(status_code=204)


@router.post("/apps")
async def register_app(request: Request, body: AppIn) -> Response:
    """Register an app; 400 with the portal's reason when the settings are refused."""
    try:
        fields = body.model_dump()
        app = _mock(request).register_app(fields.pop("name"), fields.pop("callback_urls"), **fields)
    except ValueError as exc:
        return _invalid(exc)
    return JSONResponse(asdict(app), 201)


@router.post("/users")
async def create_user(request: Request, body: UserIn) -> Response:
    """Create an account."""
    try:
        user = _mock(request).create_user(**body.model_dump())
    except ValueError as exc:
        return _invalid(exc)
    data: dict[str, Any] = asdict(user)
    data["created_at"] = user.created_at.isoformat()
    return JSONResponse(data, 201)


@router.get("/requests")
async def requests_to(request: Request, path: str) -> Response:
    """The logged requests to ``path``, oldest first."""
    return JSONResponse([asdict(r) for r in _mock(request).requests_to(path)])


@router.post("/fail-next")
async def fail_next(request: Request, body: FailureIn) -> Response:
    """Arm a failure (or a delay, for a status below 400) for the next call to a path."""
    _mock(request).fail_next(**body.model_dump())
    return Response(status_code=204)


@router.post("/clock")
async def shift_clock(request: Request, body: ClockIn) -> Response:
    """Move the mock's clock."""
    _mock(request).shift_clock(body.seconds)
    return Response(status_code=204)
