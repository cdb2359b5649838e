"""The sample application: an OpenID Connect relying party with a Login button per registered client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from authlib.integrations.base_client import OAuthError
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from joserfc.errors import JoseError
from starlette.middleware.sessions import SessionMiddleware

from harness.sample_app.clients import ClientRegistration, ClientRegistry, RegisteredClient
from harness.sample_app.logins import Login, LoginStore
from harness.sample_app.settings import SampleAppSettings

__all__ = ["create_app"]

_TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
# What can go wrong between Login and a signed-in page: the provider refused (OAuthError, also a state
# mismatch), the ID token did not validate (JoseError), the provider was unreachable (HTTPError), or its
# discovery document lacked an endpoint (authlib raises RuntimeError / KeyError / ValueError for those).
_LOGIN_ERRORS = (OAuthError, JoseError, httpx.HTTPError, ValueError, KeyError, RuntimeError)


def create_app(settings: SampleAppSettings | None = None) -> FastAPI:
    """Build the sample app; ``app.state.clients`` registers clients, ``app.state.logins`` holds logins."""
    settings = settings or SampleAppSettings()
    app = FastAPI(title="sample app", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.clients = ClientRegistry(settings)
    app.state.logins = LoginStore()
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_secret.get_secret_value(),
        session_cookie=settings.session_cookie,
        same_site="lax",
    )
    _install_admin(app)
    _install_pages(app)
    return app


def _registry(request: Request) -> ClientRegistry:
    registry: ClientRegistry = request.app.state.clients
    return registry


def _install_admin(app: FastAPI) -> None:
    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/_sample/clients", status_code=201)
    def register(body: ClientRegistration, request: Request) -> dict[str, str]:
        secret = body.client_secret.get_secret_value()
        client = _registry(request).register(body.key, body.issuer, body.client_id, secret)
        return client.public(request.app.state.settings)

    @app.get("/_sample/clients")
    def list_clients(request: Request) -> list[dict[str, str]]:
        return [c.public(request.app.state.settings) for c in _registry(request).all()]

    @app.delete("/_sample/clients/{key}", status_code=204)
    def remove(key: str, request: Request) -> Response:
        if not _registry(request).remove(key):
            return JSONResponse({"detail": f"no client {key!r}"}, status_code=404)
        return Response(status_code=204)


def _install_pages(app: FastAPI) -> None:
    @app.get("/")
    def index(request: Request) -> Response:
        if _registry(request).get("default") is not None:
            return RedirectResponse("/apps/default/", status_code=303)
        return _page(request, "index.html", clients=_registry(request).all())

    @app.get("/apps/{key}/")
    def home(key: str, request: Request) -> Response:
        client = _registry(request).get(key)
        if client is None:
            return _error(request, None, "unknown_client", f"No client {key!r} is registered.", 404)
        login = request.app.state.logins.get(request.session.get(_session_key(key)))
        return _page(request, "home.html", client=client, login=login)

    @app.get("/apps/{key}/login")
    async def login(key: str, request: Request) -> Response:
        return await _start_login(request, key)

    @app.get("/apps/{key}/callback")
    async def callback(key: str, request: Request) -> Response:
        return await _finish_login(request, key)

    @app.post("/apps/{key}/logout")
    def logout(key: str, request: Request) -> Response:
        request.app.state.logins.discard(request.session.pop(_session_key(key), None))
        return RedirectResponse(f"/apps/{key}/", status_code=303)


def _session_key(key: str) -> str:
    return f"login:{key}"


async def _start_login(request: Request, key: str) -> Response:
    client = _registry(request).get(key)
    if client is None:
        return _error(request, None, "unknown_client", f"No client {key!r} is registered.", 404)
    try:
        redirect: Response = await client.oauth.authorize_redirect(
            request, _registry(request).callback_url(key)
        )
    except _LOGIN_ERRORS as exc:
        return _error(request, client, *_describe(exc), 502)
    return redirect


async def _finish_login(request: Request, key: str) -> Response:
    client = _registry(request).get(key)
    if client is None:
        return _error(request, None, "unknown_client", f"No client {key!r} is registered.", 404)
    params = request.query_params
    if "error" in params:
        # The provider's own refusal (RFC 6749 §4.1.2.1): shown as it came, never as a crash.
        return _error(request, client, params["error"], params.get("error_description", ""), 400)
    try:
        login = await _exchange(request, client)
    except _LOGIN_ERRORS as exc:
        return _error(request, client, *_describe(exc), 400)
    request.session[_session_key(key)] = request.app.state.logins.add(login)
    return RedirectResponse(f"/apps/{key}/", status_code=303)


async def _exchange(request: Request, client: RegisteredClient) -> Login:
    token: dict[str, Any] = await client.oauth.authorize_access_token(request)
    id_claims = token.get("userinfo")
    if not id_claims:
        raise OAuthError(error="invalid_token", description="The token response carried no ID token.")
    userinfo = await client.oauth.userinfo(token=token)
    return Login(client.key, dict(id_claims), dict(userinfo))


def _describe(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, OAuthError):
        return exc.error or "oauth_error", exc.description or str(exc)
    if isinstance(exc, JoseError):
        return "invalid_id_token", f"The ID token did not validate: {exc}"
    if isinstance(exc, httpx.HTTPStatusError):
        status, url = exc.response.status_code, exc.request.url
        return "provider_error", f"The OpenID provider answered HTTP {status} for {url}"
    if isinstance(exc, httpx.HTTPError):
        return "provider_unreachable", f"The OpenID provider could not be reached: {exc}"
    return "login_failed", f"{type(exc).__name__}: {exc}"


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    settings: SampleAppSettings = request.app.state.settings
    return _TEMPLATES.TemplateResponse(request, name, {"title": settings.title, **context}, status_code)


def _error(
    request: Request, client: RegisteredClient | None, code: str, description: str, status: int
) -> Response:
    return _page(request, "error.html", status, client=client, code=code, description=description)
