"""The framework's HTTP surface: ``/commonauth`` and the authentication portal pages (is-rest-api.md §4).

``GET /commonauth`` is either a choice from the login page (it carries ``authenticator``:
``handleRequestFromLoginPage``) or a response from an external party, whose context is found by asking
every authenticator for its context identifier (``FrameworkUtils.getContextData``); ``POST`` is the
local login form.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import APIRouter, Request
from starlette.responses import Response

from mock_is.authn.context import AuthContext
from mock_is.authn.flow import Flow, flow_of
from mock_is.authn.pages import FAILURE_MESSAGES, RETRY_STATUS, RETRY_STATUS_MSG, login_buttons, render
from mock_is.authn.respond import handle_response
from mock_is.authn.steps import choose_option, generic_error

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
_log = logging.getLogger(__name__)
_ICON = "libs/themes/default/assets/images/identity-providers/enterprise-idp-illustration.svg"
_ICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
    '<circle cx="12" cy="8" r="4" fill="#7b8794"/>'
    '<path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" fill="#cbd2d9"/></svg>'
)


def _find_context(flow: Flow, params: Mapping[str, str]) -> AuthContext | None:
    identifiers = [flow.basic.context_identifier(params)]
    identifiers += [a.context_identifier(params) for a in flow.federated.values()]
    for identifier in identifiers:
        ctx = flow.contexts.get(identifier)
        if ctx is not None:
            return ctx
    return None


async def _guarded(flow: Flow, ctx: AuthContext, params: Mapping[str, str]) -> Response:
    """Run the step; an unexpected error (a RuntimeException in IS) ends on the retry page, never a 500."""
    try:
        if "authenticator" in params and "idp" in params:
            return await choose_option(flow, ctx, params["idp"], params["authenticator"])
        return await handle_response(flow, ctx, params)
    except Exception:  # noqa: BLE001 - IS's servlet turns any uncaught exception into the retry page
        _log.exception("Unexpected error while processing the authentication request")
        return generic_error(flow, ctx)


@router.get("/commonauth")
async def commonauth_get(request: Request) -> Response:
    """A login-page choice or an external party's callback."""
    flow = flow_of(request)
    params = dict(request.query_params)
    ctx = _find_context(flow, params)
    if ctx is None:
        return generic_error(flow, None)
    return await _guarded(flow, ctx, params)


@router.post("/commonauth")
async def commonauth_post(request: Request) -> Response:
    """The login form: ``username``, ``password``, ``sessionDataKey``."""
    flow = flow_of(request)
    form = await request.form()
    # Only ``username`` counts: the page's script copies it from ``usernameUserInput`` (basicauth.jsp).
    params = {k: v for k, v in form.items() if isinstance(v, str)}
    ctx = flow.contexts.get(params.get("sessionDataKey"))
    if ctx is None:
        return generic_error(flow, None)
    return await _guarded(flow, ctx, params)


@router.get("/authenticationendpoint/login.do")
async def login_page(request: Request) -> Response:
    """The multi-option login page (``login.jsp`` + ``basicauth.jsp``)."""
    flow = flow_of(request)
    q = request.query_params
    has_local, buttons = login_buttons(q.get("authenticators", ""))
    if flow.settings.deviates("sign-in-button-missing"):
        buttons = []
    failure = q.get("authFailureMsg") if q.get("authFailure") == "true" else None
    return render(
        "login.html",
        has_local=has_local,
        buttons=buttons,
        session_data_key=q.get("sessionDataKey", ""),
        error_message=FAILURE_MESSAGES.get(failure or "", failure) if failure else None,
        idp_icon=_ICON,
    )


@router.get("/authenticationendpoint/" + _ICON)
async def idp_icon() -> Response:
    """The generic enterprise IdP illustration the login page shows beside federated buttons."""
    return Response(_ICON_SVG, media_type="image/svg+xml")


@router.get("/authenticationendpoint/retry.do")
async def retry_page(request: Request) -> Response:
    """``retry.do``: IS's "Authentication Error!" page with ``status`` and ``statusMsg``."""
    q = request.query_params
    return render(
        "retry.html", status=q.get("status", RETRY_STATUS), status_msg=q.get("statusMsg", RETRY_STATUS_MSG)
    )


@router.get("/authenticationendpoint/oauth2_error.do")
async def oauth2_error_page(request: Request) -> Response:
    """``oauth2_error.do``: an authorize request IS cannot redirect back (bad client or callback)."""
    q = request.query_params
    return render(
        "oauth2_error.html", error_code=q.get("oauthErrorCode", ""), error_message=q.get("oauthErrorMsg", "")
    )
