"""``POST /oauth/request_token`` and ``POST /oauth/access_token`` (x-protocol.md §1.1, §1.3)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from mock_x.callbacks import callback_allowed, decode_callback
from mock_x.errors import (
    callback_not_approved,
    desktop_only_oob,
    invalid_or_expired_token,
    invalid_request_token,
    invalid_verifier,
)
from mock_x.models import XApp
from mock_x.oauth1 import tokens
from mock_x.oauth1.auth import check_signed, consumer_of
from mock_x.oauth1.signature import SignedRequest, read_signed_request
from mock_x.web import mock_of

router = APIRouter()
# x-protocol.md §1.1: the documented HTTP sample answers with these headers and a text/html body.
_NO_CACHE = {
    "cache-control": "no-cache, no-store, must-revalidate, pre-check=0, post-check=0",
    "pragma": "no-cache",
    "expires": "Tue, 31 Mar 1981 05:00:00 GMT",
}


def form_response(pairs: list[tuple[str, str]]) -> Response:
    """X's form-encoded token answer (not JSON, despite the docs' table)."""
    return Response(urlencode(pairs), 200, headers=_NO_CACHE, media_type="text/html; charset=utf-8")


@router.post("/oauth/request_token")
async def request_token(request: Request) -> Response:
    """Step 1: signed with the consumer only; the callback must be approved for the app."""
    mock, signed = mock_of(request), await read_signed_request(request)
    app = consumer_of(mock, signed)
    if signed.oauth.get("oauth_token"):
        raise invalid_or_expired_token()  # §1.6: a stray token on request_token is code 89.
    check_signed(mock, signed, app, None)
    token = tokens.issue_request_token(mock, app, _callback(app, signed), signed.get("x_auth_access_type"))
    return form_response(
        [
            ("oauth_token", token.token),
            ("oauth_token_secret", token.secret),
            ("oauth_callback_confirmed", "true"),
        ]
    )


def _callback(app: XApp, signed: SignedRequest) -> str:
    callback = decode_callback(signed.get("oauth_callback") or "")
    if callback == "oob":
        return callback  # §4.4: PIN mode is always allowed.
    if not app.callback_urls:
        raise desktop_only_oob()
    # [GAP] a missing oauth_callback is "required" (§1.1) but its error is unpublished: it is treated as
    # a callback that is not approved (403 code 415).
    if not callback or not callback_allowed(callback, app.callback_urls):
        raise callback_not_approved()
    return callback


@router.post("/oauth/access_token")
async def access_token(request: Request) -> Response:
    """Step 3: signed with the request token; the verifier may come in header, query or body (§1.3)."""
    mock, signed = mock_of(request), await read_signed_request(request)
    app = consumer_of(mock, signed)
    token = tokens.live_request_token(mock, signed.oauth.get("oauth_token"))
    if token is None or token.consumer_key != app.consumer_key:
        raise invalid_request_token()
    check_signed(mock, signed, app, token.secret)
    if token.verifier is None or signed.get("oauth_verifier") != token.verifier:
        raise invalid_verifier()
    granted = tokens.exchange(mock, token)
    if granted is None:
        raise invalid_request_token()  # lost a race with another exchange of the same token
    access, user = granted
    return form_response(
        [
            ("oauth_token", access.token),
            ("oauth_token_secret", access.secret),
            ("user_id", user.id_str),
            ("screen_name", user.screen_name),
        ]
    )
