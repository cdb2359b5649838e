"""OAuth 2.0 token endpoints: user tokens, revoke (x-protocol.md §3.2, §3.3) and app-only bearer (§6)."""

from __future__ import annotations

import base64
import hmac
from urllib.parse import unquote

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mock_x.errors import XError, oauth2_error
from mock_x.models import OAuth2Grant, XApp
from mock_x.oauth2 import grants
from mock_x.web import mock_of, read_form

router = APIRouter()
BAD_CODE = "Value passed for the authorization code was invalid."
BAD_VERIFIER = "Value passed for the code verifier did not match the code challenge."
BAD_REDIRECT = "Value passed for the redirect uri did not match the uri of the authorization code."
# [GAP] §3.2: the refresh-token and grant-type messages are uncaptured; these follow X's pattern.
BAD_REFRESH = "Value passed for the token was invalid."
BAD_GRANT = "Value passed for the grant type was invalid."


def _unauthorized() -> XError:
    return oauth2_error(401, "unauthorized_client", "Missing valid authorization header")


def _basic(header: str) -> tuple[str, str] | None:
    """``client_id:client_secret`` from a Basic header; twitter-api-v2 URL-encodes both first (§3.2)."""
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except ValueError:  # binascii.Error, UnicodeDecodeError and non-ASCII input alike
        raise _unauthorized() from None
    client_id, _, secret = decoded.partition(":")
    return unquote(client_id), unquote(secret)


def client_of(request: Request, form: dict[str, str]) -> XApp:
    """Confidential clients by Basic auth, public clients by ``client_id`` in the body (§3.2)."""
    store = mock_of(request).store
    basic = _basic(request.headers.get("authorization", ""))
    if basic is not None:
        app = store.app_by_client_id(basic[0])
        if app is None or app.client_secret is None or not hmac.compare_digest(basic[1], app.client_secret):
            raise _unauthorized()
        return app
    app = store.app_by_client_id(form.get("client_id", ""))
    if app is None or app.client_secret is not None:
        raise _unauthorized()  # a confidential app must authenticate with Basic
    return app


@router.post("/2/oauth2/token")
async def token(request: Request) -> Response:
    """Exchange a code (with PKCE) or a refresh token for tokens."""
    form = await read_form(request)
    app = client_of(request, form)
    grant_type = form.get("grant_type")
    if grant_type == "authorization_code":
        grant = _code_grant(request, app, form)
    elif grant_type == "refresh_token":
        grant = _refresh_grant(request, app, form)
    else:
        raise oauth2_error(400, "invalid_request", BAD_GRANT)
    return JSONResponse(grants.token_pair(mock_of(request), app, grant.user_id, grant.scopes))


def _code_grant(request: Request, app: XApp, form: dict[str, str]) -> OAuth2Grant:
    mock = mock_of(request)
    code = grants.live(mock, form.get("code", ""), grants.CODE)
    if code is None or code.client_id != app.client_id:
        raise oauth2_error(400, "invalid_request", BAD_CODE)
    if form.get("redirect_uri") != code.redirect_uri:
        raise oauth2_error(400, "invalid_request", BAD_REDIRECT)
    if not _pkce_ok(code, form.get("code_verifier", "")):
        raise oauth2_error(400, "invalid_request", BAD_VERIFIER)
    if not grants.spend(mock, code):
        raise oauth2_error(400, "invalid_request", BAD_CODE)
    return code


def _pkce_ok(code: OAuth2Grant, verifier: str) -> bool:
    """RFC 7636 §4.6; the method is compared case-insensitively (X accepts ``s256``, §3.1)."""
    if not verifier:
        return False
    expected = create_s256_code_challenge(verifier) if code.code_challenge_method == "s256" else verifier
    return hmac.compare_digest(expected, code.code_challenge)


def _refresh_grant(request: Request, app: XApp, form: dict[str, str]) -> OAuth2Grant:
    mock = mock_of(request)
    refresh = grants.live(mock, form.get("refresh_token", ""), grants.REFRESH)
    if refresh is None or refresh.client_id != app.client_id or not grants.spend(mock, refresh):
        raise oauth2_error(400, "invalid_request", BAD_REFRESH)
    return refresh  # rotated: the old refresh token is now spent


@router.post("/2/oauth2/revoke")
async def revoke(request: Request) -> Response:
    """Revoke an access or refresh token; ``{"revoked": true}`` (RFC 7009: unknown tokens too)."""
    form = await read_form(request)
    app = client_of(request, form)
    mock = mock_of(request)
    with mock.store.lock:
        grant = mock.store.grants.get(form.get("token", ""))
    if grant is not None and grant.client_id == app.client_id:
        grants.spend(mock, grant)
    return JSONResponse({"revoked": True})


@router.post("/oauth2/token")
async def app_only_token(request: Request) -> Response:
    """App-only bearer: Basic consumer key:secret, ``grant_type=client_credentials`` (§6); always the same."""
    form = await read_form(request)
    basic = _basic(request.headers.get("authorization", ""))
    with mock_of(request).store.lock:
        app = mock_of(request).store.apps.get(basic[0]) if basic else None
    if basic is None or app is None or not hmac.compare_digest(basic[1], app.consumer_secret):
        raise XError(403, "Unable to verify your credentials", 99)
    if form.get("grant_type") != "client_credentials":
        # Not in the reference notes: the historical Twitter answer for this case (code 170).
        raise XError(403, "Missing required parameter: grant_type", 170)
    return JSONResponse({"token_type": "bearer", "access_token": app.bearer_token})
