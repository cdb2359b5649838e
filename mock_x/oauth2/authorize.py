"""``/i/oauth2/authorize``: X's OAuth 2.0 consent page and its redirect back (x-protocol.md §3.1)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from mock_x.callbacks import append_query
from mock_x.models import XApp
from mock_x.oauth2 import grants
from mock_x.web import (
    error_page,
    mock_of,
    read_form,
    session_user,
    sign_in_and_continue,
    signin_page,
    templates,
)

router = APIRouter()
AUTHORIZE_PATHS = ("/i/oauth2/authorize", "/2/oauth2/authorize")  # x.com/twitter.com and the OpenAPI name
# x-protocol.md §3.1: the scopes X knows (docs plus openapi.json).
SCOPES = frozenset(
    "tweet.read tweet.write tweet.moderate.write users.read users.email follows.read follows.write "
    "offline.access space.read mute.read mute.write like.read like.write list.read list.write block.read "
    "block.write bookmark.read bookmark.write dm.read dm.write media.write timeline.read broadcast.read "
    "broadcast.write".split()
)
_SCOPE_TEXT = {
    "tweet.read": "See Posts from your timeline (including protected Posts).",
    "users.read": "See your X profile information.",
    "users.email": "See your email address.",
    "offline.access": "Stay connected to your account until you revoke access.",
}
# x-protocol.md §3.1: what X renders (a page, not a redirect) for a bad client, redirect_uri or request.
WENT_WRONG = (
    "Something went wrong",
    "You weren't able to give access to the App. Go back and try logging in again.",
)
_REQUIRED = ("response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge")


def _valid(request: Request, params: dict[str, str]) -> tuple[XApp, list[str]] | None:
    """The app and scopes of a well-formed request, else None (X then shows "Something went wrong")."""
    if any(not params.get(name) for name in _REQUIRED) or params["response_type"] != "code":
        return None
    app = mock_of(request).store.app_by_client_id(params["client_id"])
    scopes = params["scope"].split()
    method = params.get("code_challenge_method", "plain").lower()  # §3.1: X accepts "s256" too
    if app is None or params["redirect_uri"] not in app.callback_urls:
        return None  # [GAP] §4.4: exact match, extra query not tolerated for OAuth 2.0
    if not set(scopes) <= SCOPES or method not in ("s256", "plain") or len(params["state"]) > 500:
        return None
    return app, scopes


def _went_wrong(request: Request) -> Response:
    return error_page(request, WENT_WRONG[1], title=WENT_WRONG[0], status=400)


@router.get(AUTHORIZE_PATHS[0])
@router.get(AUTHORIZE_PATHS[1])
async def authorize(request: Request) -> Response:
    """Sign in if needed, then show the consent page for the requested scopes."""
    params = dict(request.query_params)
    checked = _valid(request, params)
    if checked is None:
        return _went_wrong(request)
    app, scopes = checked
    user = session_user(request)
    if user is None:
        hidden = {"continue": f"{AUTHORIZE_PATHS[0]}?{urlencode(params)}"}
        return signin_page(request, app.name, hidden, "/i/oauth2/login")
    context = {
        "app_name": app.name,
        "screen_name": user.screen_name,
        "permissions": [_SCOPE_TEXT.get(s, s) for s in scopes],
        "hidden": params,
        "action": AUTHORIZE_PATHS[0],
    }
    return templates.TemplateResponse(request, "authorize.html", context)


@router.post("/i/oauth2/login")
async def login(request: Request) -> Response:
    """The sign-in form of the OAuth 2.0 flow; back to the consent page on success."""
    form = await read_form(request)
    target = form.get("continue", "")
    if not target.startswith(f"{AUTHORIZE_PATHS[0]}?"):
        return _went_wrong(request)  # never an open redirect
    return sign_in_and_continue(request, form, target, "X", "/i/oauth2/login")


@router.post(AUTHORIZE_PATHS[0])
async def decide(request: Request) -> Response:
    """ "Authorize app" → ``redirect_uri?state=…&code=…``; "Cancel" → ``error=access_denied``."""
    form = await read_form(request)
    decision = form.pop("decision", "")
    checked, user = _valid(request, form), session_user(request)
    if checked is None or user is None:
        return _went_wrong(request)
    app, scopes = checked
    if decision != "allow":
        # [GAP] x-protocol.md §3.1: X's denial redirect is uncaptured; RFC 6749 §4.1.2.1 is used.
        return RedirectResponse(
            append_query(form["redirect_uri"], [("error", "access_denied"), ("state", form["state"])]), 302
        )
    code = grants.issue_code(mock_of(request), app, user, scopes, form)
    return RedirectResponse(
        append_query(form["redirect_uri"], [("state", form["state"]), ("code", code.value)]), 302
    )
