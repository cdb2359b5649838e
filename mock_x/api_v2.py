"""v2 ``GET /2/users/me`` with ``user.fields`` (x-protocol.md §3.4), OAuth 2.0 user token or OAuth 1.0a."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from mock_x.api_v1 import user_context
from mock_x.errors import XError, v2_unauthorized
from mock_x.models import XApp, XUser
from mock_x.oauth2 import grants
from mock_x.ratelimit import spend
from mock_x.web import mock_of

router = APIRouter()
# x-protocol.md §3.4: the user.fields enum.
USER_FIELDS = (
    "confirmed_email connection_status created_at description entities id is_identity_verified location "
    "name parody profile_banner_url profile_image_url protected public_metrics receives_your_dm "
    "subscribes_to_you subscription subscription_type url username verified verified_followers_count "
    "verified_type withheld"
).split()
_JSON = "application/json; charset=utf-8"


class _Caller:
    """Who is calling: the app, the user, the scopes granted and the rate-limit key."""

    def __init__(self, app: XApp, user: XUser, scopes: set[str], key: str, email: bool) -> None:
        self.app, self.user, self.scopes, self.key, self.email = app, user, scopes, key, email


async def _caller(request: Request) -> _Caller:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("oauth "):
        app, token, user = await user_context(request)
        # OAuth 1.0a user context carries the app's permissions rather than scopes (§3.4).
        scopes = {"tweet.read", "users.read"} | ({"users.email"} if token.email_permission else set())
        return _Caller(app, user, scopes, token.token, token.email_permission)
    if not auth.lower().startswith("bearer "):
        raise v2_unauthorized()
    mock = mock_of(request)
    grant = grants.live(mock, auth[7:].strip(), grants.ACCESS)
    owner = mock.store.app_by_client_id(grant.client_id) if grant else None
    if grant is None or owner is None:
        raise v2_unauthorized()  # also an app-only bearer: /2/users/me needs a user
    with mock.store.lock:
        user = mock.store.users[grant.user_id]
    return _Caller(owner, user, set(grant.scopes), grant.value, owner.request_email)


@router.get("/2/users/me")
async def users_me(request: Request) -> Response:
    """``{"data": {"id", "name", "username", ...}}``; ``confirmed_email`` needs ``users.email``."""
    caller = await _caller(request)
    if not {"tweet.read", "users.read"} <= caller.scopes:
        raise XError(403, "Forbidden", kind="problem")  # [GAP] the exact v2 scope error is uncaptured
    fields = _fields(request.query_params.get("user.fields", ""))
    mock = mock_of(request)
    headers = spend(mock, "users_me", caller.key, mock.settings.rate_limit_users_me, v2=True)
    body = {"data": user_v2(caller.user, fields, "users.email" in caller.scopes and caller.email)}
    return Response(json.dumps(body), 200, headers=headers, media_type=_JSON)


def _fields(raw: str) -> list[str]:
    fields = [f for f in raw.split(",") if f]
    unknown = [f for f in fields if f not in USER_FIELDS]
    if unknown:
        raise _invalid_fields(unknown)
    return fields


def _invalid_fields(unknown: list[str]) -> XError:
    """X's v2 invalid-request problem for a bad ``user.fields`` value."""
    detail = "One or more parameters to your request was invalid."
    error = XError(400, detail, kind="problem")
    error.extra = {
        "title": "Invalid Request",
        "detail": detail,
        "type": "https://api.x.com/2/problems/invalid-request",
        "errors": [
            {
                "parameters": {"user.fields": unknown},
                "message": f"The `user.fields` query parameter value [{unknown[0]}] is not one of "
                f"[{','.join(USER_FIELDS)}]",
            }
        ],
    }
    return error


def user_v2(user: XUser, fields: list[str], email_allowed: bool) -> dict[str, Any]:
    """The v2 user object: ``id`` as a string, plus the requested ``user.fields`` (§3.4)."""
    data: dict[str, Any] = {"id": user.id_str, "name": user.name, "username": user.screen_name}
    extra: dict[str, Any] = {
        "created_at": user.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "description": "",
        "location": "",
        "profile_image_url": user.profile_image_url_https,
        "protected": False,
        "verified": False,
        "verified_type": "none",
        "url": "",
        "public_metrics": {"followers_count": 0, "following_count": 0, "tweet_count": 0, "listed_count": 0},
    }
    data |= {f: extra[f] for f in fields if f in extra}
    if "confirmed_email" in fields and email_allowed and user.email and user.email_verified:
        data["confirmed_email"] = user.email
    return data
