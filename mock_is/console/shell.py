"""The Console's frame: home (``/console/getting-started``), the sign-in callback and sign-out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mock_is.console.signin import SignInError, exchange_code
from mock_is.console.web import TEMPLATES, ConsoleContext, console_context, redirect, render

__all__ = ["router"]

router = APIRouter()
Ctx = Annotated[ConsoleContext, Depends(console_context)]


@router.get("/", response_class=HTMLResponse)
def home(ctx: Ctx) -> Response:
    """``/console`` lands on ``routePaths.home`` (is-console-ui.md §1)."""
    return RedirectResponse("/console/getting-started", status_code=302)


@router.get("/getting-started", response_class=HTMLResponse)
def getting_started(request: Request, ctx: Ctx) -> HTMLResponse:
    """The home page after sign-in."""
    return render(request, ctx, "getting_started.html", section="home")


@router.get("/callback", response_class=HTMLResponse)
async def callback(request: Request, code: str = "", state: str = "", error: str = "") -> Response:
    """The Console client's redirect URI: redeem the code, then go back to the page asked for."""
    parent = request.app.state.parent
    try:
        if error or not code:
            raise SignInError(f"Sign-in did not complete: {error or 'no authorization code'}.")
        target = await exchange_code(request, parent.state.settings, parent.state.store, code, state)
    except SignInError as exc:
        # The real Console shows its access-denied view inside the SPA (HTTP 200), not an error status.
        return TEMPLATES.TemplateResponse(request, "signin_error.html", {"message": str(exc)})
    return RedirectResponse(target, status_code=302)


@router.post("/logout")
def logout(request: Request) -> Response:
    """Forget the Console session (the IS session at ``/oauth2`` is left alone)."""
    request.session.clear()
    return redirect("/console/getting-started")
