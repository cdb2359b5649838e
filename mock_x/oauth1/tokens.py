"""The life of OAuth 1.0a credentials: request token → verifier → access token (RFC 5849 §2)."""

from __future__ import annotations

import secrets

from mock_x.accounts import random_alnum, url_safe
from mock_x.mock import MockX
from mock_x.models import AccessToken, RequestToken, XApp, XUser


def issue_request_token(mock: MockX, app: XApp, callback: str, access_type: str | None) -> RequestToken:
    """A fresh temporary credential; 27 URL-safe characters like X's (x-protocol.md §1.1)."""
    token = RequestToken(
        url_safe(27), random_alnum(32), app.consumer_key, callback, mock.store.now(), access_type
    )
    with mock.store.lock:
        mock.store.request_tokens[token.token] = token
    return token


def live_request_token(mock: MockX, value: str | None) -> RequestToken | None:
    """The request token if it exists, is unused, not denied and not expired."""
    with mock.store.lock:
        token = mock.store.request_tokens.get(value or "")
    if token is None or token.used:
        return None
    if mock.store.now() - token.issued_at > mock.settings.request_token_ttl_seconds:
        return None
    return token


def approve(mock: MockX, token: RequestToken, user: XUser) -> str:
    """Record the user's consent and issue the verifier (a 7-digit PIN for ``oob``, §1.2)."""
    verifier = f"{secrets.randbelow(10**7):07d}" if token.callback == "oob" else random_alnum(32)
    with mock.store.lock:
        token.user_id, token.verifier = user.id, verifier
        mock.store.approvals.add((user.id, token.consumer_key))
    return verifier


def deny(mock: MockX, token: RequestToken) -> None:
    """The user pressed Cancel: the request token can no longer be used."""
    with mock.store.lock:
        token.used = True


def already_approved(mock: MockX, user: XUser, token: RequestToken) -> bool:
    """True when this user approved this app before (authenticate then skips the consent page)."""
    with mock.store.lock:
        return (user.id, token.consumer_key) in mock.store.approvals


def exchange(mock: MockX, token: RequestToken) -> tuple[AccessToken, XUser] | None:
    """Spend the request token once and return the user's access token; None if already spent.

    X hands back the same access token when a user signs in to the same app again, unless the app's
    email permission changed since (x-protocol.md §2: tokens must be re-issued to gain email access).
    """
    with mock.store.lock:
        if token.used or token.user_id is None:
            return None
        token.used = True
        user, app = mock.store.users[token.user_id], mock.store.apps[token.consumer_key]
        for existing in mock.store.access_tokens.values():
            if _reusable(existing, user, app):
                return existing, user
        access = AccessToken(
            f"{user.id}-{random_alnum(40)}", random_alnum(45), app.consumer_key, user.id, app.request_email
        )
        mock.store.access_tokens[access.token] = access
        return access, user


def _reusable(token: AccessToken, user: XUser, app: XApp) -> bool:
    same_pair = token.user_id == user.id and token.consumer_key == app.consumer_key
    return same_pair and not token.revoked and token.email_permission == app.request_email


def live_access_token(mock: MockX, value: str | None, app: XApp) -> AccessToken | None:
    """The app's access token if it exists and was not revoked."""
    with mock.store.lock:
        token = mock.store.access_tokens.get(value or "")
    if token is None or token.revoked or token.consumer_key != app.consumer_key:
        return None
    return token


def revoke(mock: MockX, token: AccessToken) -> None:
    """Invalidate an access token (``/1.1/oauth/invalidate_token``, x-protocol.md §1.4)."""
    with mock.store.lock:
        token.revoked = True
