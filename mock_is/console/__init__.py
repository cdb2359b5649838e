"""The Console: server-rendered pages with the real IS 7.0 Console's routes, labels and test ids.

Pages live under ``/console`` (is-console-ui.md §1) in a sub-application, so the signed session
cookie (starlette ``SessionMiddleware``) exists only on Console paths. Every page action calls the
same resource functions as the REST API (``mock_is.api``), so a click and an API call always agree.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from mock_is.console.applications import router as _applications
from mock_is.console.connection_forms import router as _connection_forms
from mock_is.console.connections import router as _connections
from mock_is.console.labels import LABELS_AS_DOCUMENTED
from mock_is.console.shell import router as _shell
from mock_is.console.signin import authorize_redirect
from mock_is.console.users import router as _users
from mock_is.console.web import NeedsSignIn

__all__ = ["LABELS_AS_DOCUMENTED", "create_console_app", "install"]


async def _on_needs_sign_in(request: Request, exc: Exception) -> Response:
    parent = request.app.state.parent
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        target = "/console/getting-started"
    return RedirectResponse(authorize_redirect(request, parent.state.settings, target), status_code=302)


def create_console_app(parent: FastAPI) -> FastAPI:
    """The Console sub-application over ``parent``'s settings and store."""
    console = FastAPI(title="console", docs_url=None, redoc_url=None, openapi_url=None)
    console.state.parent = parent
    for router in (_shell, _connections, _connection_forms, _applications, _users):
        console.include_router(router)
    console.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    console.add_exception_handler(NeedsSignIn, _on_needs_sign_in)
    https = parent.state.settings.public_url.startswith("https://")
    # A fresh key per start: a restart signs the admin out, as restarting a real IS does. SameSite=Lax
    # keeps the cookie off cross-site POSTs, which is what protects the Console's plain forms.
    console.add_middleware(
        SessionMiddleware,
        secret_key=secrets.token_urlsafe(32),
        session_cookie="console_session",
        path="/console",
        same_site="lax",
        https_only=https,
    )
    return console


def install(app: FastAPI) -> None:
    """Mount the Console at ``/console``."""
    app.mount("/console", create_console_app(app))
