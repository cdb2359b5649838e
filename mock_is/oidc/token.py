"""``/oauth2/token`` (authorization_code) and ``/oauth2/userinfo`` (RFC 6749 §4.1.3, §5.2; RFC 7636 §4.6;
OIDC Core §5.3).

Clients authenticate with ``client_secret_basic`` or ``client_secret_post``; a public client sends only
``client_id`` and must prove PKCE. Errors are RFC 6749 §5.2 JSON with IS's descriptions.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, Response

from mock_is.oidc.tokens import Grant, TokenService
from mock_is.store import Store

__all__ = ["TokenError", "authenticate_client", "form_of", "params_of", "router"]

JSON = dict[str, Any]
router = APIRouter(include_in_schema=False)
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class TokenError(Exception):
    """An RFC 6749 §5.2 error answer."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status

    def response(self) -> Response:
        """The JSON error answer, with ``WWW-Authenticate`` for a failed client authentication."""
        headers = dict(_NO_STORE)
        if self.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="oauth2"'
        body = {"error_description": self.description, "error": self.error}
        return JSONResponse(body, status_code=self.status, headers=headers)


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise TokenError("invalid_client", "Client Authentication failed.", 401) from exc
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise TokenError("invalid_client", "Client Authentication failed.", 401)
    # RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
    return unquote(client_id), unquote(secret)


def authenticate_client(store: Store, request: Request, form: Mapping[str, str]) -> tuple[str, JSON]:
    """RFC 6749 §2.3: client_secret_basic, client_secret_post, or a public client's bare ``client_id``."""
    basic = _basic_credentials(request.headers.get("authorization"))
    client_id, secret = basic or (form.get("client_id", ""), form.get("client_secret"))
    found = store.application_by_client_id(client_id) if client_id else None
    if found is None:
        message = "A valid OAuth client could not be found for client_id: " + client_id
        raise TokenError("invalid_client", message, 401)
    oidc = found[1]
    if secret is None and oidc.get("publicClient"):
        return client_id, oidc
    expected = str(oidc.get("clientSecret") or "")
    if secret is None or not expected or not secrets.compare_digest(secret.encode(), expected.encode()):
        raise TokenError("invalid_client", "Client credentials are invalid.", 401)
    return client_id, oidc


def _check_pkce(grant: Grant, verifier: str | None) -> None:
    if grant.code_challenge is None:
        return
    if not verifier:
        raise TokenError(
            "invalid_grant",
            "Empty PKCE code_verifier sent. This authorization code requires a PKCE verification to "
            "obtain an access token.",
        )
    if grant.code_challenge_method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        derived = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    else:
        derived = verifier
    if not secrets.compare_digest(derived.encode(), grant.code_challenge.encode()):
        raise TokenError("invalid_grant", "PKCE validation failed")


def _exchange(tokens: TokenService, client_id: str, oidc: JSON, form: Mapping[str, str]) -> JSON:
    if form.get("grant_type") != "authorization_code":
        raise TokenError("unsupported_grant_type", "Unsupported grant_type value")
    if "authorization_code" not in (oidc.get("grantTypes") or []):
        raise TokenError(
            "unauthorized_client",
            "The authenticated client is not authorized to use this authorization grant type",
        )
    grant = tokens.redeem_code(form.get("code", ""))
    if grant is None or grant.client_id != client_id:
        raise TokenError("invalid_grant", "Invalid authorization code received from token request")
    if form.get("redirect_uri", grant.redirect_uri) != grant.redirect_uri:
        raise TokenError("invalid_grant", "Callback url mismatch")
    _check_pkce(grant, form.get("code_verifier"))
    return tokens.issue_tokens(grant)


async def form_of(request: Request) -> dict[str, str]:
    """The request's form fields (files ignored)."""
    return {k: v for k, v in (await request.form()).items() if isinstance(v, str)}


async def params_of(request: Request) -> dict[str, str]:
    """The query parameters, overridden by the form fields of a POST (authorize and logout take both)."""
    params = dict(request.query_params)
    if request.method == "POST":
        params.update(await form_of(request))
    return params


@router.post("/oauth2/token")
async def token(request: Request) -> Response:
    """The token endpoint: authorization_code only (the grant the doc's app uses)."""
    form = await form_of(request)
    try:
        client_id, oidc = authenticate_client(request.app.state.store, request, form)
        body = _exchange(request.app.state.oidc_tokens, client_id, oidc, form)
    except TokenError as exc:
        return exc.response()
    return JSONResponse(body, headers=_NO_STORE)


def _bearer(request: Request, form: Mapping[str, str]) -> str:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return form.get("access_token", "")


@router.api_route("/oauth2/userinfo", methods=["GET", "POST"])
async def userinfo(request: Request) -> Response:
    """The released claims for the token's user (OIDC Core §5.3)."""
    form = await form_of(request) if request.method == "POST" else {}
    tokens: TokenService = request.app.state.oidc_tokens
    grant = tokens.access(_bearer(request, form))
    if grant is None:
        challenge = 'Bearer error="invalid_token", error_description="Access token validation failed"'
        headers = {"WWW-Authenticate": challenge}
        body = {"error_description": "Access token validation failed", "error": "invalid_token"}
        return JSONResponse(body, status_code=401, headers=headers)
    if "openid" not in grant.scope:
        body = {
            "error_description": "Access token does not have the openid scope",
            "error": "insufficient_scope",
        }
        return JSONResponse(body, status_code=403)
    return JSONResponse({**grant.claims, "sub": grant.subject})
