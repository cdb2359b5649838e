"""The Console's admin sign-in: an OIDC public client (``CONSOLE``, PKCE) of this same server.

As on a real IS (is-console-ui.md §10), a Console page without a session redirects to
``/oauth2/authorize`` with client id ``CONSOLE``; the user signs in on the shared login page and comes
back to ``/console/callback``, where the code is exchanged at ``/oauth2/token`` (RFC 6749 §4.1.3,
RFC 7636 §4.5) over HTTP to the server's own public URL, like the SPA does. The page the admin asked
for is kept in the session, so deep links survive login.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import Request

from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = [
    "CONSOLE_CLIENT_ID",
    "CONSOLE_SCOPE",
    "SignInError",
    "authorize_redirect",
    "callback_url",
    "exchange_code",
    "signed_in_user",
]

CONSOLE_CLIENT_ID = "CONSOLE"
# deployment.config.json idpConfigs asks for "SYSTEM openid profile"; the brief's redirect uses these two.
CONSOLE_SCOPE = "openid SYSTEM"
_SESSION_USER = "console_user"
_SESSION_LOGIN = "console_login"


class SignInError(Exception):
    """The sign-in round trip failed (bad state, refused code, not an administrator)."""


def callback_url(settings: IsSettings) -> str:
    """``<public_url>/console/callback``, the redirect URI seeded for the ``Console`` application."""
    return settings.url("/console/callback")


def signed_in_user(request: Request) -> str | None:
    """The username of the admin signed in to the Console, if any."""
    user = request.session.get(_SESSION_USER)
    return user if isinstance(user, str) else None


def _pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def authorize_redirect(request: Request, settings: IsSettings, next_path: str) -> str:
    """The authorize URL to send the browser to; remembers state, verifier and ``next_path``."""
    verifier, challenge = _pkce_pair()
    state = secrets.token_urlsafe(16)
    request.session[_SESSION_LOGIN] = {"state": state, "verifier": verifier, "next": next_path}
    query = {
        "client_id": CONSOLE_CLIENT_ID,
        "response_type": "code",
        "scope": CONSOLE_SCOPE,
        "redirect_uri": callback_url(settings),
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": state,
    }
    return settings.url("/oauth2/authorize") + "?" + urlencode(query)


async def exchange_code(request: Request, settings: IsSettings, store: Store, code: str, state: str) -> str:
    """Redeem ``code``, record the admin in the session and return the page to go back to."""
    pending = request.session.pop(_SESSION_LOGIN, None)
    if not isinstance(pending, dict) or not secrets.compare_digest(str(pending.get("state")), state):
        raise SignInError("The sign-in request has expired or does not match. Please sign in again.")
    async with _own_endpoints(request) as client:
        tokens = await _token_request(client, settings, code, str(pending["verifier"]))
        username = await _username(client, settings, store, str(tokens.get("access_token", "")))
    if username != settings.admin_user:
        raise SignInError("You do not have access to the Console. Only administrators can sign in.")
    request.session[_SESSION_USER] = username
    nxt = str(pending.get("next") or "/console/getting-started")
    return nxt if nxt.startswith("/console/") else "/console/getting-started"


def _own_endpoints(request: Request) -> httpx.AsyncClient:
    """A client of IS's own token and userinfo endpoints, called in-process (ASGI), not over the network.

    A real IS's Console redeems the code in the browser, so IS never needs to reach, or trust the
    certificate of, its own public URL; in-process calls keep that true of the simulator over TLS too.
    """
    parent = request.app.state.parent  # the IS app this Console is mounted in (console.install)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=parent), timeout=10.0)


async def _token_request(
    client: httpx.AsyncClient, settings: IsSettings, code: str, verifier: str
) -> dict[str, Any]:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": callback_url(settings),
        "client_id": CONSOLE_CLIENT_ID,
        "code_verifier": verifier,
    }
    try:
        response = await client.post(settings.url("/oauth2/token"), data=form)
    except httpx.HTTPError as exc:
        raise SignInError(f"The token endpoint could not be reached ({type(exc).__name__}).") from exc
    body = _json(response)
    if response.status_code != 200 or "access_token" not in body:
        raise SignInError(f"The token endpoint refused the code: {body.get('error', response.status_code)}.")
    return body


async def _username(client: httpx.AsyncClient, settings: IsSettings, store: Store, access_token: str) -> str:
    headers = {"Authorization": f"Bearer {access_token}"}
    try:
        response = await client.get(settings.url("/oauth2/userinfo"), headers=headers)
    except httpx.HTTPError as exc:
        raise SignInError(f"The userinfo endpoint could not be reached ({type(exc).__name__}).") from exc
    claims = _json(response)
    if response.status_code != 200:
        raise SignInError("The userinfo endpoint refused the Console's token.")
    return _resolve_username(store, claims)


def _resolve_username(store: Store, claims: dict[str, Any]) -> str:
    # IS 7 puts the user id (a UUID) in ``sub``; older packs the username. Accept either.
    sub = str(claims.get("sub") or "")
    with store.lock:
        user = store.users.get(sub)
    if user is not None:
        return user.qualified_name
    return str(claims.get("username") or claims.get("preferred_username") or sub)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
