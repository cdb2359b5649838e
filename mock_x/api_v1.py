"""v1.1 user-context API: verify_credentials and invalidate_token (x-protocol.md §1.4, §2)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from mock_x.errors import invalid_or_expired_token, not_permitted
from mock_x.models import AccessToken, XApp, XUser
from mock_x.oauth1 import tokens
from mock_x.oauth1.auth import check_signed, consumer_of
from mock_x.oauth1.signature import read_signed_request
from mock_x.ratelimit import spend
from mock_x.web import mock_of

router = APIRouter()
# x-authenticator.md §1.4: twitter4j parses created_at as "EEE MMM dd HH:mm:ss z yyyy" in Locale.US.
CREATED_AT_FORMAT = "%a %b %d %H:%M:%S +0000 %Y"


async def user_context(request: Request) -> tuple[XApp, AccessToken, XUser]:
    """Authenticate an OAuth 1.0a user-context call: 215, 32, 89, 135 or 220 when it fails."""
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        raise not_permitted()
    mock, signed = mock_of(request), await read_signed_request(request)
    app = consumer_of(mock, signed)
    token = tokens.live_access_token(mock, signed.oauth.get("oauth_token"), app)
    if token is None:
        raise invalid_or_expired_token()
    check_signed(mock, signed, app, token.secret)
    with mock.store.lock:
        return app, token, mock.store.users[token.user_id]


@router.get("/1.1/account/verify_credentials.json")
async def verify_credentials(request: Request) -> Response:
    """The signed-in user as a v1.1 user object; ``email`` per the include_email rules of §2."""
    app, token, user = await user_context(request)
    mock = mock_of(request)
    headers = spend(mock, "verify_credentials", token.token, mock.settings.rate_limit_verify_credentials)
    query = request.query_params
    body = user_object(user, include_entities=query.get("include_entities", "true") != "false")
    # §2: only the literal "true" works; the key is absent without the app's email permission (also
    # when the token predates it) and null when the user has no verified email.
    if query.get("include_email") == "true" and token.email_permission and app.request_email:
        body["email"] = user.email if user.email_verified else None
    headers["x-access-level"] = app.access_level
    return Response(json.dumps(body), 200, headers=headers, media_type="application/json;charset=utf-8")


@router.post("/1.1/oauth/invalidate_token")
@router.post("/1.1/oauth/invalidate_token.json")
async def invalidate_token(request: Request) -> Response:
    """Revoke the calling access token; later calls with it get 401 code 89 (§1.4)."""
    _app, token, _user = await user_context(request)
    tokens.revoke(mock_of(request), token)
    return Response(
        json.dumps({"access_token": token.token}), 200, media_type="application/json;charset=utf-8"
    )


def user_object(user: XUser, include_entities: bool = True) -> dict[str, Any]:
    """The v1.1 user object, fields as x-protocol.md §2 lists them, without ``status``."""
    # One literal, in X's order (captured responses, x-protocol.md §2); fresh on every call, so the
    # caller may add ``email`` and change the nested objects.
    body: dict[str, Any] = {
        "id": user.id,
        "id_str": user.id_str,
        "name": user.name,
        "screen_name": user.screen_name,
        "location": "",
        "description": "",
        "url": None,
        "entities": {"description": {"urls": []}},
        "protected": False,
        "followers_count": 0,
        "friends_count": 0,
        "listed_count": 0,
        "created_at": user.created_at.strftime(CREATED_AT_FORMAT),
        "favourites_count": 0,
        "utc_offset": None,
        "time_zone": None,
        "geo_enabled": False,
        "verified": False,
        "statuses_count": 0,
        "lang": None,
        "contributors_enabled": False,
        "is_translator": False,
        "is_translation_enabled": False,
        "profile_background_color": "F5F8FA",
        "profile_background_image_url": None,
        "profile_background_image_url_https": None,
        "profile_background_tile": False,
        "profile_image_url": user.profile_image_url_https.replace("https://", "http://", 1),
        "profile_image_url_https": user.profile_image_url_https,
        "profile_link_color": "1DA1F2",
        "profile_sidebar_border_color": "C0DEED",
        "profile_sidebar_fill_color": "DDEEF6",
        "profile_text_color": "333333",
        "profile_use_background_image": True,
        "has_extended_profile": False,
        "default_profile": True,
        "default_profile_image": False,
        "following": False,
        "follow_request_sent": False,
        "notifications": False,
        "translator_type": "none",
        "withheld_in_countries": [],
        "suspended": False,
        "needs_phone_verification": False,
    }
    if not include_entities:
        del body["entities"]
    return body
