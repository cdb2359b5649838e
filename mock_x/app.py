"""``create_app``: the mock X provider as one FastAPI app (wire endpoints, pages, control plane)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mock_x import api_v1, api_v2, control
from mock_x.errors import XError, handle_x_error, page_not_found
from mock_x.mock import MockX
from mock_x.oauth1 import endpoints, pages
from mock_x.oauth2 import authorize, token
from mock_x.portal import projects
from mock_x.portal import settings as portal_settings
from mock_x.recorder import Recorder
from mock_x.settings import MockXSettings


def create_app(settings: MockXSettings | None = None) -> FastAPI:
    """Build the app; ``app.state.mock`` is its ``MockX`` control plane."""
    settings = settings or MockXSettings()
    app = FastAPI(title="mock X", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.mock = MockX(settings)
    routers = (endpoints, pages, api_v1, authorize, token, api_v2, projects, portal_settings, control)
    for module in routers:
        app.include_router(module.router)
    app.add_exception_handler(XError, handle_x_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(Recorder, mock=app.state.mock)
    return app


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and methods answer like X: 404 code 34."""
    assert isinstance(exc, HTTPException)
    if exc.status_code in (404, 405):
        return page_not_found().response()
    return XError(exc.status_code, str(exc.detail), kind="problem").response()


async def _validation_error(request: Request, exc: Exception) -> Response:
    """A malformed control-plane body is a 400, never a 500."""
    assert isinstance(exc, RequestValidationError)
    body = {"error": "invalid_request", "error_description": str(exc.errors())}
    return JSONResponse(body, 400)
