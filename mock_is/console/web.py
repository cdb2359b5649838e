"""What every Console route shares: the signed-in context, template rendering and flash messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from mock_is.api.errors import IsApiError
from mock_is.console.labels import Labels, labels_for
from mock_is.console.signin import signed_in_user
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "ConsoleContext",
    "NeedsSignIn",
    "call_api",
    "console_context",
    "flash",
    "or_none",
    "redirect",
    "render",
]

T = TypeVar("T")

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
_FLASH = "console_flash"


class NeedsSignIn(Exception):
    """Raised by ``console_context`` when no admin is signed in; answered with the authorize redirect."""


@dataclass(frozen=True)
class ConsoleContext:
    """The deployment a Console request acts on and the admin acting."""

    settings: IsSettings
    store: Store
    user: str
    labels: Labels


def console_context(request: Request) -> ConsoleContext:
    """FastAPI dependency: the context of a signed-in admin, else ``NeedsSignIn``."""
    user = signed_in_user(request)
    if user is None:
        raise NeedsSignIn()
    parent = request.app.state.parent
    settings: IsSettings = parent.state.settings
    return ConsoleContext(settings, parent.state.store, user, labels_for(settings))


def flash(request: Request, kind: str, message: str) -> None:
    """Queue a toast shown on the next rendered page (the Console's success/error alerts)."""
    queued = list(request.session.get(_FLASH, []))
    queued.append({"kind": kind, "message": message})
    request.session[_FLASH] = queued


def redirect(url: str) -> RedirectResponse:
    """303 See Other: a form POST lands on a GET page (post/redirect/get)."""
    return RedirectResponse(url, status_code=303)


def render(
    request: Request, ctx: ConsoleContext, template: str, status_code: int = 200, **values: Any
) -> HTMLResponse:
    """Render ``template`` with the shell's values (user, labels, nav section, toasts)."""
    toasts = request.session.pop(_FLASH, [])
    context = {"ctx": ctx, "L": ctx.labels, "toasts": toasts, **values}
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


def call_api(request: Request, success: str, action: Callable[[], object]) -> bool:
    """Run one resource call; queue its success toast, or IS's own error description on refusal."""
    try:
        action()
    except IsApiError as exc:
        flash(request, "error", exc.description or exc.message)
        return False
    flash(request, "success", success)
    return True


def or_none(action: Callable[[], T]) -> T | None:
    """The call's result, or None when IS refuses it (an unknown id, for instance)."""
    try:
        return action()
    except IsApiError:
        return None
