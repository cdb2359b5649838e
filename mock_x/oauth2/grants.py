"""OAuth 2.0 codes and tokens: issue, look up, spend, revoke (x-protocol.md §3.1–§3.3)."""

from __future__ import annotations

from mock_x.accounts import oauth2_token
from mock_x.mock import MockX
from mock_x.models import OAuth2Grant, XApp, XUser

CODE, ACCESS, REFRESH = "ac", "at", "rt"  # the kind markers inside X's token values


def issue(
    mock: MockX,
    kind: str,
    app: XApp,
    user_id: int,
    scopes: list[str],
    ttl: float,
    pkce: tuple[str, str, str] = ("", "", "plain"),
) -> OAuth2Grant:
    """A new code or token valid ``ttl`` s; ``pkce`` = (redirect_uri, challenge, method) binds a code."""
    now = mock.store.now()
    grant = OAuth2Grant(oauth2_token(kind, now), kind, app.client_id, user_id, scopes, now + ttl, *pkce)
    with mock.store.lock:
        mock.store.grants[grant.value] = grant
    return grant


def issue_code(mock: MockX, app: XApp, user: XUser, scopes: list[str], params: dict[str, str]) -> OAuth2Grant:
    """An authorization code: 30 seconds to live (x-protocol.md §3.1), bound to redirect_uri and PKCE."""
    return issue(
        mock,
        CODE,
        app,
        user.id,
        scopes,
        mock.settings.oauth2_code_ttl_seconds,
        (
            params["redirect_uri"],
            params["code_challenge"],
            params.get("code_challenge_method", "plain").lower(),
        ),
    )


def live(mock: MockX, value: str, kind: str) -> OAuth2Grant | None:
    """The grant if it exists, is of ``kind``, unused and unexpired."""
    with mock.store.lock:
        grant = mock.store.grants.get(value)
    if grant is None or grant.kind != kind or grant.used or grant.expires_at < mock.store.now():
        return None
    return grant


def spend(mock: MockX, grant: OAuth2Grant) -> bool:
    """Mark single-use (codes, refresh tokens) or revoked; False if someone else spent it first."""
    with mock.store.lock:
        if grant.used:
            return False
        grant.used = True
        return True


def token_pair(mock: MockX, app: XApp, user_id: int, scopes: list[str]) -> dict[str, object]:
    """The token answer: lowercase ``bearer``, space-separated scope, refresh only with offline.access."""
    ttl = mock.settings.oauth2_access_token_ttl_seconds
    access = issue(mock, ACCESS, app, user_id, scopes, ttl)
    body: dict[str, object] = {
        "token_type": "bearer",
        "expires_in": ttl,
        "access_token": access.value,
        "scope": " ".join(scopes),
    }
    if "offline.access" in scopes:
        # [GAP] X does not publish a refresh-token lifetime; six months keeps it out of any test's way.
        body["refresh_token"] = issue(mock, REFRESH, app, user_id, scopes, 180 * 86400).value
    return body
