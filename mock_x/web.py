"""Helpers shared by the mock's browser pages: templates, the X session cookie, forms, error pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from mock_x.accounts import url_safe
from mock_x.mock import MockX
from mock_x.models import XUser

templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
SESSION_COOKIE = "auth_token"  # the name of X's own session cookie
WRONG_PASSWORD = "Wrong password!"
UNKNOWN_ACCOUNT = "Sorry, we could not find your account."


def mock_of(request: Request) -> MockX:
    """The ``MockX`` behind this app."""
    mock: MockX = request.app.state.mock
    return mock


async def read_form(request: Request) -> dict[str, str]:
    """A browser form body (last value wins); undecodable bytes are replaced, never a 500."""
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))


def check_login(request: Request, form: dict[str, str]) -> tuple[XUser | None, str | None]:
    """The user for the form's credentials, or the refusal X shows on the page."""
    login = form.get("username_or_email", "")
    user = mock_of(request).store.user_by_login(login) if login else None
    if user is None:
        return None, UNKNOWN_ACCOUNT
    if user.password != form.get("password"):
        return None, WRONG_PASSWORD
    return user, None


def session_user(request: Request) -> XUser | None:
    """The user signed in through the ``auth_token`` cookie, if any."""
    store = mock_of(request).store
    with store.lock:
        user_id = store.sessions.get(request.cookies.get(SESSION_COOKIE, ""))
        return store.users.get(user_id) if user_id is not None else None


def open_session(request: Request, response: Response, user: XUser) -> None:
    """Sign the browser in: a fresh ``auth_token`` cookie mapped to the user."""
    cookie = url_safe(40)
    store = mock_of(request).store
    with store.lock:
        store.sessions[cookie] = user.id
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, cookie, httponly=True, samesite="lax", secure=secure)


def error_page(request: Request, message: str, title: str = "Whoa there!", status: int = 403) -> Response:
    """X's HTML error page (not a redirect)."""
    context = {"title": title, "message": message}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def signin_page(
    request: Request,
    app_name: str,
    hidden: dict[str, str],
    action: str,
    login: str = "",
    error: str | None = None,
) -> Response:
    """X's sign-in form; answered with 401 when it shows a refusal."""
    context = {"app_name": app_name, "hidden": hidden, "action": action, "screen_name": login, "error": error}
    return templates.TemplateResponse(request, "signin.html", context, status_code=401 if error else 200)


def sign_in_and_continue(
    request: Request, form: dict[str, str], target: str, app_name: str, action: str
) -> Response:
    """Check the form's credentials: on success open a session and go to ``target`` (already vetted,
    never an open redirect); a refusal stays on the sign-in page, which posts ``continue`` again."""
    user, refusal = check_login(request, form)
    if user is None:
        login = form.get("username_or_email", "")
        return signin_page(request, app_name, {"continue": target}, action, login, refusal)
    response = RedirectResponse(target, 302)
    open_session(request, response, user)
    return response
