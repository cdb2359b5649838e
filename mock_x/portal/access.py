"""Who may see which portal page: the signed-in developer and the apps of their projects."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from mock_x.models import Project, XApp, XUser
from mock_x.web import mock_of, templates

PORTAL_NAME = "X Developer Portal"


def login_redirect(request: Request) -> Response:
    """Send an anonymous browser to the portal's sign-in, coming back to this page."""
    return RedirectResponse(f"/portal/login?{urlencode({'continue': request.url.path})}", 302)


def projects_of(request: Request, user: XUser) -> list[Project]:
    """The developer's projects, oldest first."""
    store = mock_of(request).store
    with store.lock:
        return [p for p in store.projects.values() if p.owner_id == user.id]


def owned_app(request: Request, user: XUser, consumer_key: str) -> XApp | None:
    """The app if it belongs to one of the developer's projects."""
    if not any(consumer_key in p.apps for p in projects_of(request, user)):
        return None
    with mock_of(request).store.lock:
        return mock_of(request).store.apps.get(consumer_key)


def render(request: Request, name: str, user: XUser, context: dict[str, Any], status: int = 200) -> Response:
    """A portal page, with the signed-in developer in the navigation."""
    return templates.TemplateResponse(
        request, name, {**context, "developer": user.screen_name}, status_code=status
    )
