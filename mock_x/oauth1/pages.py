"""The browser side of OAuth 1.0a: sign in, authorize, Cancel → "Return to app" (x-protocol.md §1.2)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from mock_x.callbacks import append_query
from mock_x.models import RequestToken, XApp, XUser
from mock_x.oauth1 import tokens
from mock_x.web import (
    UNKNOWN_ACCOUNT,
    WRONG_PASSWORD,
    check_login,
    error_page,
    mock_of,
    open_session,
    read_form,
    session_user,
    signin_page,
    templates,
)

router = APIRouter()
# x-protocol.md §1.2: the texts X shows for a missing and for an invalid, used or expired token.
NO_TOKEN = (
    "Whoa there! There is no request token for this page. That's the special key we need from applications "
    "asking to use your Twitter account. Please go back to the site or application that sent you here and "
    "try again; it was probably just a mistake."
)
BAD_TOKEN = (
    "Whoa there! The request token for this page is invalid. It may have already been used, or expired "
    "because it is too old. Please go back to the site or application that sent you here and try again; "
    "it was probably just a mistake."
)
__all__ = ["BAD_TOKEN", "NO_TOKEN", "UNKNOWN_ACCOUNT", "WRONG_PASSWORD", "router"]


@router.get("/oauth/authenticate")
async def authenticate(request: Request) -> Response:
    """Sign in with X: skips consent when the signed-in user already approved the app."""
    return _entry(request, "authenticate")


@router.get("/oauth/authorize")
async def authorize(request: Request) -> Response:
    """Always asks for consent, even when access was granted before."""
    return _entry(request, "authorize")


def _entry(request: Request, mode: str) -> Response:
    query = request.query_params
    value = query.get("oauth_token")
    if not value:
        return error_page(request, NO_TOKEN)
    token = tokens.live_request_token(mock_of(request), value)
    if token is None:
        return error_page(request, BAD_TOKEN)
    user = None if query.get("force_login", "").lower() == "true" else session_user(request)
    if user is None:
        return _signin(request, token, mode, query.get("screen_name", ""), None)
    return _next_step(request, token, user, mode)


def _next_step(request: Request, token: RequestToken, user: XUser, mode: str) -> Response:
    app = _app(request, token)
    approved = tokens.already_approved(mock_of(request), user, token)
    if mode == "authenticate" and app.sign_in_with_x and approved:
        return _approved(request, token, user)
    context = {
        "app_name": app.name,
        "screen_name": user.screen_name,
        "permissions": permissions(app.access_level, app.request_email),
        "hidden": {"oauth_token": token.token},
        "action": "/oauth/consent",
    }
    return templates.TemplateResponse(request, "authorize.html", context)


@router.post("/oauth/login")
async def login(request: Request) -> Response:
    """The sign-in form: a wrong password is refused on the page; success opens an X session."""
    form = await read_form(request)
    mode = "authorize" if form.get("mode") == "authorize" else "authenticate"
    token = tokens.live_request_token(mock_of(request), form.get("oauth_token"))
    if token is None:
        return error_page(request, BAD_TOKEN)
    user, refusal = check_login(request, form)
    if user is None:
        return _signin(request, token, mode, form.get("username_or_email", ""), refusal)
    response = RedirectResponse(f"/oauth/{mode}?{urlencode({'oauth_token': token.token})}", 302)
    open_session(request, response, user)
    return response


@router.post("/oauth/consent")
async def consent(request: Request) -> Response:
    """The authorize page's buttons: "Authorize app" redirects back, "Cancel" shows "Return to app"."""
    form = await read_form(request)
    token = tokens.live_request_token(mock_of(request), form.get("oauth_token"))
    if token is None:
        return error_page(request, BAD_TOKEN)
    user = session_user(request)
    if user is None:
        return _signin(request, token, "authorize", "", None)
    if form.get("decision") == "allow":
        return _approved(request, token, user)
    tokens.deny(mock_of(request), token)
    return _denied(request, token)


def _approved(request: Request, token: RequestToken, user: XUser) -> Response:
    verifier = tokens.approve(mock_of(request), token, user)
    if token.callback == "oob":
        context = {"app_name": _app(request, token).name, "pin": verifier}
        return templates.TemplateResponse(request, "pin.html", context)
    params = [("oauth_token", token.token), ("oauth_verifier", verifier)]
    return RedirectResponse(append_query(token.callback, params), 302)


def _denied(request: Request, token: RequestToken) -> Response:
    app = _app(request, token)
    # §1.2: the "Return to <app>" link carries denied=<request token> and nothing else from OAuth.
    if token.callback == "oob":
        target = app.website_url
    else:
        target = append_query(token.callback, [("denied", token.token)])
    return templates.TemplateResponse(request, "denied.html", {"app_name": app.name, "return_url": target})


def permissions(access_level: str, email: bool) -> list[str]:
    """What the consent page says the app may do (x-protocol.md §4.2: permissions and email)."""
    lines = ["See Posts from your timeline and your profile information."]
    if access_level != "read":
        lines.append("Post and repost for you.")
    if access_level == "read-write-directmessages":
        lines.append("See and send your Direct Messages.")
    if email:
        lines.append("See your email address.")
    return lines


def _signin(request: Request, token: RequestToken, mode: str, login: str, error: str | None) -> Response:
    hidden = {"oauth_token": token.token, "mode": mode}
    return signin_page(request, _app(request, token).name, hidden, "/oauth/login", login, error)


def _app(request: Request, token: RequestToken) -> XApp:
    store = mock_of(request).store
    with store.lock:
        return store.apps[token.consumer_key]
