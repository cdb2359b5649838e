"""App settings, "User authentication settings" (Set up / Edit → Save) and Keys and tokens (§4.2–§4.4)."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qsl

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from mock_x.accounts import random_alnum
from mock_x.models import XApp, XUser
from mock_x.portal.access import login_redirect, owned_app, render
from mock_x.portal.validation import APP_TYPES, PERMISSIONS, AuthSettings, parse_auth_settings
from mock_x.web import error_page, mock_of, session_user

router = APIRouter(prefix="/portal/apps/{consumer_key}")
NOT_FOUND = "This app does not exist or is not in one of your projects."


def _guard(request: Request, consumer_key: str) -> tuple[XUser, XApp] | Response:
    user = session_user(request)
    if user is None:
        return login_redirect(request)
    app = owned_app(request, user, consumer_key)
    if app is None:
        return error_page(request, NOT_FOUND, title="Not found", status=404)
    return user, app


def _configured(app: XApp) -> bool:
    return bool(app.callback_urls)  # Set up saves at least one callback (it is required)


@router.get("/settings")
async def app_settings(request: Request, consumer_key: str) -> Response:
    """App settings, with "User authentication settings" → Set up (Edit once saved) at the bottom."""
    guarded = _guard(request, consumer_key)
    if isinstance(guarded, Response):
        return guarded
    user, app = guarded
    context = {
        "app": app,
        "configured": _configured(app),
        "permission": PERMISSIONS.get(app.access_level, app.access_level),
        "app_type": APP_TYPES.get(app.app_type, app.app_type),
    }
    return render(request, "portal_app.html", user, context)


@router.get("/auth-settings")
async def auth_settings(request: Request, consumer_key: str) -> Response:
    """The User authentication settings form, filled with what is saved."""
    guarded = _guard(request, consumer_key)
    if isinstance(guarded, Response):
        return guarded
    user, app = guarded
    saved = AuthSettings(
        access_level=app.access_level,
        request_email=app.request_email,
        app_type=app.app_type if _configured(app) else "",
        callback_urls=list(app.callback_urls),
        website_url=app.website_url,
        organization_name=app.organization_name or "",
        organization_url=app.organization_url or "",
        terms_url=app.terms_url or "",
        privacy_url=app.privacy_url or "",
    )
    return _form(request, user, app, saved)


def _form(
    request: Request, user: XUser, app: XApp, form: AuthSettings, rows: int = 0, status: int = 200
) -> Response:
    callback_rows = form.callback_urls + [""] * max(
        rows - len(form.callback_urls), 1 if not form.callback_urls else 0
    )
    context = {
        "app": app,
        "form": form,
        "permissions": PERMISSIONS,
        "app_types": APP_TYPES,
        "callback_rows": callback_rows,
    }
    return render(request, "portal_auth_settings.html", user, context, status)


@router.post("/auth-settings")
async def save_auth_settings(request: Request, consumer_key: str) -> Response:
    """Save: validate as X does; on success show the OAuth 2.0 Client ID (and Secret, once)."""
    guarded = _guard(request, consumer_key)
    if isinstance(guarded, Response):
        return guarded
    user, app = guarded
    pairs = parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    form = parse_auth_settings(pairs)
    if any(k == "add_callback" for k, _ in pairs):
        form.errors = []
        return _form(request, user, app, form, rows=len(form.callback_urls) + 1)
    if form.errors:
        return _form(request, user, app, form, status=400)
    updated, shown_secret = _apply(app, form)
    mock_of(request).update_app(updated)
    return render(request, "portal_oauth2_keys.html", user, {"app": updated, "client_secret": shown_secret})


def _apply(app: XApp, form: AuthSettings) -> tuple[XApp, str | None]:
    """The saved app and the client secret to show: only when it is new (x-protocol.md §4.2 step 7)."""
    first_setup = not _configured(app)
    secret = app.client_secret if form.app_type == "web" else None
    if form.app_type == "web" and secret is None:
        secret = random_alnum(50)
    updated = dataclasses.replace(
        app,
        access_level=form.access_level,
        request_email=form.request_email,
        app_type=form.app_type,
        callback_urls=form.callback_urls,
        website_url=form.website_url,
        terms_url=form.terms_url or None,
        privacy_url=form.privacy_url or None,
        organization_name=form.organization_name or None,
        organization_url=form.organization_url or None,
        client_secret=secret,
    )
    new_secret = secret is not None and (first_setup or secret != app.client_secret)
    return updated, secret if new_secret else None


@router.get("/keys")
async def keys(request: Request, consumer_key: str) -> Response:
    """Keys and tokens: only a hint of the API Key; secrets are never shown again (§4.2 step 2)."""
    guarded = _guard(request, consumer_key)
    if isinstance(guarded, Response):
        return guarded
    user, app = guarded
    return render(request, "portal_app_keys.html", user, {"app": app, "configured": _configured(app)})


@router.post("/keys/regenerate")
async def regenerate(request: Request, consumer_key: str) -> Response:
    """Regenerate the API Key and Secret: the old ones (and tokens issued to them) stop working."""
    guarded = _guard(request, consumer_key)
    if isinstance(guarded, Response):
        return guarded
    user, app = guarded
    renewed = mock_of(request).regenerate_consumer_keys(app.consumer_key)
    return render(request, "portal_keys.html", user, {"app": renewed})
