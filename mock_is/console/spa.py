"""Serves the simulated Console: the built single-page app under ``/console`` and its deployment config.

The app (sources in ``frontend/``, built into ``bundle/``) is the Console a browser runs: it signs the
admin in through this server's OIDC endpoints and makes every change through the REST APIs, as the
real Console does (is-console-ui.md §10, §11). This module hands out files: the hashed assets with a
long cache life, ``index.html`` for every other path under ``/console`` (client-side routes), and
``deployment.config.json``, the settings the app reads at start (the real Console reads a file of the
same name, rendered from ``deployment.toml``).

Like the real Console (identity-apps ``apps/console/src/index.jsp``: ``response_mode=form_post``, the
code POSTed back to ``/console`` and forwarded to the app, which reads it from ``/console/auth``;
PROVENANCE.md "sign-in"), the authorization response arrives as a form post. It is kept for the browser
that posted it, under a one-time cookie, until the app collects it.
"""

from __future__ import annotations

import secrets
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from mock_is.console.labels import labels_for
from mock_is.console.versions import console_release
from mock_is.settings import IsSettings

__all__ = ["BUNDLE", "BundleMissing", "deployment_config", "install"]

BUNDLE = Path(__file__).parent / "bundle"
_IMMUTABLE = {"Cache-Control": "public, max-age=31536000, immutable"}
_NO_CACHE = {"Cache-Control": "no-cache"}
_AUTH_COOKIE = "console_auth"
_AUTH_FIELDS = ("code", "state", "session_state", "error", "error_description")


class _PostedAuthorizations:
    """Authorization responses posted to ``/console``, each collected once by the browser that posted it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_handle: dict[str, dict[str, str]] = {}

    def keep(self, fields: dict[str, str]) -> str:
        handle = secrets.token_urlsafe(24)
        with self._lock:
            self._by_handle[handle] = fields
        return handle

    def collect(self, handle: str | None) -> dict[str, str]:
        with self._lock:
            return self._by_handle.pop(handle or "", {})


class BundleMissing(RuntimeError):
    """The Console's bundle was not built (``make console`` builds it from ``frontend/``)."""


def deployment_config(settings: IsSettings) -> dict[str, Any]:
    """What the app needs to know about this deployment (no secrets: the browser reads it unauthenticated)."""
    release = console_release(settings)
    return {
        "serverOrigin": settings.public_url.rstrip("/"),
        "clientId": "CONSOLE",
        # index.jsp asks for "openid SYSTEM profile" (PROVENANCE.md "sign-in").
        "scope": ["openid", "SYSTEM", "profile"],
        "signInRedirectURL": settings.url("/console"),
        "homePath": "/console/getting-started",
        "consoleVersion": release.console_version,
        "isVersion": release.is_version,
        "loginFlowEditor": settings.console_login_flow_editor,
        "labelsAsDocumented": labels_for(settings).documented,
    }


def _index() -> Path:
    index = BUNDLE / "index.html"
    if not index.is_file():
        raise BundleMissing(f"{index} is missing: run `make console` to build the Console")
    return index


def install(app: FastAPI) -> None:
    """Serve the Console at ``/console`` of ``app``."""
    settings: IsSettings = app.state.settings
    _index()  # refuse to start without a bundle rather than serve a blank Console

    @app.get("/console/deployment.config.json", include_in_schema=False)
    def _config() -> Response:
        return JSONResponse(deployment_config(settings), headers=_NO_CACHE)

    @app.get("/console/assets/{name}", include_in_schema=False)
    def _asset(name: str) -> Response:
        path = BUNDLE / "assets" / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return Response(status_code=404)
        return FileResponse(path, headers=_IMMUTABLE)

    posted = _PostedAuthorizations()

    @app.post("/console", include_in_schema=False)
    async def _authorization_response(request: Request) -> Response:
        form = await request.form()
        fields = {k: str(form[k]) for k in _AUTH_FIELDS if k in form}
        response = FileResponse(_index(), media_type="text/html", headers=_NO_CACHE)
        https = settings.public_url.startswith("https://")
        response.set_cookie(
            _AUTH_COOKIE, posted.keep(fields), path="/console", httponly=True, samesite="lax", secure=https
        )
        return response

    @app.get("/console/auth", include_in_schema=False)
    def _collect(request: Request) -> Response:
        response = JSONResponse(
            posted.collect(request.cookies.get(_AUTH_COOKIE)), headers={"Cache-Control": "no-store"}
        )
        response.delete_cookie(_AUTH_COOKIE, path="/console")
        return response

    @app.get("/console", include_in_schema=False)
    @app.get("/console/{route:path}", include_in_schema=False)
    def _route(request: Request, route: str = "") -> Response:
        return FileResponse(_index(), media_type="text/html", headers=_NO_CACHE)
