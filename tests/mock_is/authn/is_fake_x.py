"""A small fake of X's OAuth 1.0a endpoints for the IS simulator's tests (not ``mock_x``).

It checks what the connector must send (twitter4j's header layout, a valid HMAC-SHA1 signature computed
independently by oauthlib's verifier, the double-encoded callback in the body) and records every call.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from fastapi import FastAPI, Request
from oauthlib.common import Request as OAuthRequest
from oauthlib.oauth1.rfc5849 import signature, utils
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

BASE = "http://x.test"
HEADER = re.compile(
    r'^OAuth oauth_consumer_key="[^"]*",oauth_signature_method="HMAC-SHA1",oauth_timestamp="\d+",'
    r'oauth_nonce="-?\d+",oauth_version="1\.0"(,oauth_token="[^"]*")?,oauth_signature="[^"]*"$'
)
_UNAUTHORIZED = {"errors": [{"code": 32, "message": "Could not authenticate you."}]}


@dataclass
class _Token:
    secret: str
    callback: str = ""
    verifier: str = ""
    user: dict[str, Any] | None = None


@dataclass
class FakeX:
    """Consumers, users, outstanding tokens and a log of calls."""

    consumers: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, _Token] = field(default_factory=dict)
    calls: list[tuple[str, str, dict[str, str], str]] = field(default_factory=list)
    next_user: dict[str, Any] | None = None

    def add_consumer(self) -> tuple[str, str]:
        key, secret = secrets.token_hex(8), secrets.token_hex(16)
        self.consumers[key] = secret
        return key, secret

    def approve(self, authenticate_url: str, user: dict[str, Any]) -> str:
        """The user approves at /oauth/authenticate: the callback URL X sends the browser to."""
        token = dict(parse_qsl(urlsplit(authenticate_url).query))["oauth_token"]
        entry = self.tokens[token]
        entry.user, entry.verifier = user, secrets.token_hex(8)
        sep = "&" if "?" in entry.callback else "?"
        return f"{entry.callback}{sep}oauth_token={token}&oauth_verifier={entry.verifier}"

    def deny(self, authenticate_url: str) -> str:
        """The user cancels and follows "Return to app"."""
        token = dict(parse_qsl(urlsplit(authenticate_url).query))["oauth_token"]
        entry = self.tokens[token]
        return f"{entry.callback}{'&' if '?' in entry.callback else '?'}denied={token}"


def _verify(request: Request, body: str, fake: FakeX) -> tuple[str | None, dict[str, str]]:
    header = request.headers.get("authorization", "")
    if not HEADER.match(header):
        return None, {}
    oauth = {k: utils.unescape(v) for k, v in utils.parse_authorization_header(header)}
    consumer_secret = fake.consumers.get(oauth["oauth_consumer_key"])
    token = fake.tokens.get(oauth.get("oauth_token", ""))
    if consumer_secret is None or ("oauth_token" in oauth and token is None):
        return None, oauth
    body_params = parse_qsl(body, keep_blank_values=True)
    req = OAuthRequest(str(request.url), request.method, body_params, {"Authorization": header})
    # Not collect_parameters: it unescapes oauth_* body values again, but twitter4j signed the
    # once-decoded oauth_callback (x-authenticator.md §1.4).
    header_params = [(k, v) for k, v in oauth.items() if k != "oauth_signature"]
    req.params = header_params + body_params + parse_qsl(request.url.query, keep_blank_values=True)
    req.signature = oauth["oauth_signature"]
    secret = token.secret if token else None
    ok = signature.verify_hmac_sha1(req, consumer_secret, secret)
    return ("ok" if ok else None), {**oauth, **dict(body_params)}


def create_fake_x(fake: FakeX) -> FastAPI:
    """The ASGI app of the fake."""
    app = FastAPI()

    async def _checked(request: Request) -> tuple[dict[str, str], Response | None]:
        body = (await request.body()).decode()
        fake.calls.append((request.method, request.url.path, dict(request.headers), body))
        ok, params = _verify(request, body, fake)
        if ok is None:
            return params, JSONResponse(_UNAUTHORIZED, status_code=401)
        return params, None

    @app.post("/oauth/request_token")
    async def request_token(request: Request) -> Response:
        params, error = await _checked(request)
        if error:
            return error
        callback = params["oauth_callback"]
        if callback.lower().startswith(("http%3a", "https%3a")):
            callback = unquote(callback)  # the connector's extra encoding (x-authenticator.md §1.4)
        token = secrets.token_hex(10)
        fake.tokens[token] = _Token(secrets.token_hex(16), callback)
        secret = fake.tokens[token].secret
        reply = f"oauth_token={token}&oauth_token_secret={secret}&oauth_callback_confirmed=true"
        return PlainTextResponse(reply)

    @app.get("/oauth/authenticate")
    async def authenticate(request: Request) -> Response:
        # No sign-in page: the browser test sets ``next_user`` (or None to cancel) and X answers at once.
        url = str(request.url)
        target = fake.approve(url, fake.next_user) if fake.next_user else fake.deny(url)
        return RedirectResponse(target, status_code=302)

    @app.get("/app/callback")
    async def app_callback(request: Request) -> Response:
        # Stands in for the relying party's callback in browser tests.
        return PlainTextResponse("app callback: " + request.url.query)

    @app.post("/oauth/access_token")
    async def access_token(request: Request) -> Response:
        params, error = await _checked(request)
        entry = fake.tokens.get(params.get("oauth_token", ""))
        if error or entry is None or not entry.verifier or params.get("oauth_verifier") != entry.verifier:
            return error or JSONResponse(_UNAUTHORIZED, status_code=401)
        access = secrets.token_hex(10)
        fake.tokens[access] = _Token(secrets.token_hex(16), user=entry.user)
        user = entry.user or {}
        reply = f"oauth_token={access}&oauth_token_secret={fake.tokens[access].secret}"
        return PlainTextResponse(reply + f"&user_id={user.get('id')}&screen_name={user.get('screen_name')}")

    @app.get("/1.1/account/verify_credentials.json")
    async def verify_credentials(request: Request) -> Response:
        params, error = await _checked(request)
        entry = fake.tokens.get(params.get("oauth_token", ""))
        if error or entry is None or entry.user is None:
            return error or JSONResponse(_UNAUTHORIZED, status_code=401)
        return Response(json.dumps(entry.user), media_type="application/json")

    return app


def x_user(n: int, email: str | None = None) -> dict[str, Any]:
    """A v1.1 user object as verify_credentials returns it."""
    uid = 4012966700 + n
    return {
        "id": uid,
        "id_str": str(uid),
        "name": f"User {n}",
        "screen_name": f"user{n}",
        "email": email if email is not None else f"user{n}@example.com",
        "location": "",
        "url": None,
        "entities": {"description": {"urls": []}},
        "protected": False,
        "followers_count": n,
        "created_at": "Wed Oct 21 23:53:04 +0000 2015",
        "verified": False,
        "profile_image_url_https": "https://pbs.twimg.com/profile_images/x_normal.png",
    }
