"""``/oauth2/authorize`` and the consent page (is-rest-api.md §4).

A valid request starts the authentication framework at step 1 with a new context whose identifier is
the ``sessionDataKey``; the consent page posts ``consent`` and ``sessionDataKeyConsent`` back here
(``OAuth2ServiceAbstractIntegrationTest.sendApprovalPost``).
"""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, Request
from starlette.responses import Response

from mock_is.authn.context import AuthContext
from mock_is.authn.flow import flow_of
from mock_is.authn.pages import render
from mock_is.authn.respond import begin_step
from mock_is.authn.sessions import COOKIE
from mock_is.oidc.protocol import OidcProtocol, error_page, error_redirect
from mock_is.oidc.token import params_of
from mock_is.oidc.validation import AuthorizeError, validate_authorize

__all__ = ["protocol_of", "router"]

router = APIRouter(include_in_schema=False)


def protocol_of(request: Request) -> OidcProtocol:
    """The deployment's OIDC protocol handler."""
    protocol: OidcProtocol = request.app.state.oidc_protocol
    return protocol


async def _consent_decision(protocol: OidcProtocol, params: Mapping[str, str]) -> Response:
    ctx = protocol.contexts.by_consent(params.get("sessionDataKeyConsent"))
    if ctx is None:
        return error_page(protocol.settings, "invalid_request", "Invalid sessionDataKeyConsent")
    if params.get("consent") not in ("approve", "approveAlways"):
        protocol.contexts.remove(ctx)
        req = ctx.request
        return error_redirect(
            req.redirect_uri, "access_denied", "User denied the consent", req.state, req.response_mode
        )
    return protocol.issue_code(ctx)


@router.api_route("/oauth2/authorize", methods=["GET", "POST"])
async def authorize(request: Request) -> Response:
    """Start a login for a client, or take the consent page's decision."""
    protocol = protocol_of(request)
    params = await params_of(request)
    if "sessionDataKeyConsent" in params:
        return await _consent_decision(protocol, params)
    try:
        valid = validate_authorize(protocol.store, params)
    except AuthorizeError as exc:
        if not exc.redirect:
            return error_page(protocol.settings, exc.error, exc.description)
        return error_redirect(
            exc.redirect_uri, exc.error, exc.description, params.get("state"), params.get("response_mode")
        )
    flow = flow_of(request)
    ctx = AuthContext(app_id=str(valid.app["id"]), request=valid.request, sso_id=request.cookies.get(COOKIE))
    return await begin_step(flow, flow.contexts.add(ctx))


@router.get("/authenticationendpoint/oauth2_consent.do")
async def consent_page(request: Request) -> Response:
    """The consent page: the app's name, the claims it will receive, Allow / Deny."""
    protocol = protocol_of(request)
    key = request.query_params.get("sessionDataKeyConsent")
    ctx = protocol.contexts.peek_consent(key)
    if ctx is None:
        return error_page(protocol.settings, "invalid_request", "Invalid sessionDataKeyConsent")
    return render(
        "consent.html",
        application=request.query_params.get("application", ""),
        claims=protocol.consent_claims(ctx),
        scopes=" ".join(ctx.request.scope),
        consent_key=key,
    )
