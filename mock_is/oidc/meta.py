"""Discovery, JWKS and RP-initiated logout (OIDC Discovery 1.0 §4, RFC 7517, OIDC RP-Initiated Logout 1.0).

Discovery is served at both paths IS has, with ``issuer`` = ``<base>/oauth2/token`` (is-rest-api.md §4,
``OIDCMetadataTest``). Logout asks "Are you sure…" unless the app sets ``skipLogoutConsent``, then
returns to ``post_logout_redirect_uri`` (which must be one of the app's callbacks) with ``state``.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from mock_is.authn.flow import flow_of
from mock_is.authn.pages import render
from mock_is.authn.sessions import COOKIE, clear_cookie
from mock_is.oidc.protocol import error_page, error_redirect
from mock_is.oidc.scopes import SCOPE_CLAIMS
from mock_is.oidc.token import params_of
from mock_is.oidc.tokens import TokenService
from mock_is.oidc.validation import callback_matches
from mock_is.settings import IsSettings

__all__ = ["discovery_document", "router"]

JSON = dict[str, Any]
router = APIRouter(include_in_schema=False)


def discovery_document(settings: IsSettings) -> JSON:
    """The OpenID Provider metadata."""
    u = settings.url
    return {
        "issuer": u("oauth2/token"),
        "authorization_endpoint": u("oauth2/authorize"),
        "token_endpoint": u("oauth2/token"),
        "userinfo_endpoint": u("oauth2/userinfo"),
        "jwks_uri": u("oauth2/jwks"),
        "end_session_endpoint": u("oidc/logout"),
        "revocation_endpoint": u("oauth2/revoke"),
        "introspection_endpoint": u("oauth2/introspect"),
        "registration_endpoint": u("api/identity/oauth2/dcr/v1.1/register"),
        "check_session_iframe": u("oidc/checksession"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "form_post"],
        "grant_types_supported": ["authorization_code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256", "plain"],
        "scopes_supported": sorted(SCOPE_CLAIMS),
        "claims_supported": sorted(set().union(*SCOPE_CLAIMS.values())),
        "request_parameter_supported": False,
    }


@router.get("/oauth2/token/.well-known/openid-configuration")
@router.get("/oauth2/oidcdiscovery/.well-known/openid-configuration")
async def discovery(request: Request) -> Response:
    """OpenID Provider configuration."""
    return JSONResponse(discovery_document(request.app.state.settings))


@router.get("/oauth2/jwks")
async def jwks(request: Request) -> Response:
    """The public signing keys."""
    tokens: TokenService = request.app.state.oidc_tokens
    return JSONResponse(tokens.key.jwks())


def _logout_target(request: Request, params: dict[str, str]) -> str | None | Response:
    """Where logout returns to (``None``: IS's own page), or an error page."""
    settings: IsSettings = request.app.state.settings
    uri = params.get("post_logout_redirect_uri")
    if not uri:
        return None
    tokens: TokenService = request.app.state.oidc_tokens
    claims = tokens.verify_id_token(params.get("id_token_hint", "")) if params.get("id_token_hint") else None
    client_id = (claims or {}).get("aud") or params.get("client_id", "")
    found = request.app.state.store.application_by_client_id(str(client_id)) if client_id else None
    if found is None or not callback_matches(list(found[1].get("callbackURLs") or []), uri):
        return error_page(
            settings, "access_denied", "Post logout URI does not match with registered callback URI."
        )
    state = params.get("state")
    return uri + (("&" if "?" in uri else "?") + urlencode({"state": state}) if state else "")


def _skip_consent(request: Request, params: dict[str, str]) -> bool:
    tokens: TokenService = request.app.state.oidc_tokens
    claims = tokens.verify_id_token(params.get("id_token_hint", "")) if params.get("id_token_hint") else None
    found = request.app.state.store.application_by_client_id(str((claims or {}).get("aud", "")))
    return bool(found and (found[0].get("advancedConfigurations") or {}).get("skipLogoutConsent"))


def _finish(request: Request, target: str | None) -> Response:
    """End the SSO session and go back to the client, or show IS's "logged out" page."""
    flow_of(request).sessions.remove(request.cookies.get(COOKIE))
    response = (
        RedirectResponse(target, status_code=302) if target else render("logout.html", consent_key=None)
    )
    return clear_cookie(response)


def _denied(target: str | None) -> Response:
    """The user kept the session: back to the client with an error, if it named where."""
    if not target:
        return render("logout.html", consent_key=None, denied=True)
    return error_redirect(target, "access_denied", "End User denied the logout request", None)


@router.api_route("/oidc/logout", methods=["GET", "POST"])
async def logout(request: Request) -> Response:
    """RP-initiated logout, with the logout consent page."""
    params = await params_of(request)
    if "consent_key" in params:
        target = request.app.state.oidc_logouts.pop(params["consent_key"], None)
        return _finish(request, target) if params.get("consent") == "approve" else _denied(target)
    target = _logout_target(request, params)
    if isinstance(target, Response):
        return target
    if _skip_consent(request, params):
        return _finish(request, target)
    key = secrets.token_urlsafe(16)
    request.app.state.oidc_logouts[key] = target
    return render("logout.html", consent_key=key)
