"""The checks X makes on every OAuth 1.0a request, in X's error codes (x-protocol.md §1.5, §1.6)."""

from __future__ import annotations

from mock_x.errors import could_not_authenticate, timestamp_out_of_bounds
from mock_x.mock import MockX
from mock_x.models import XApp
from mock_x.oauth1.signature import SignedRequest, require_oauth, signature_valid


def consumer_of(mock: MockX, signed: SignedRequest) -> XApp:
    """The app named by ``oauth_consumer_key``: 215 without OAuth, 32 for an unknown key or method."""
    oauth = require_oauth(signed)
    if oauth.get("oauth_signature_method", "").upper() != "HMAC-SHA1":
        raise could_not_authenticate()  # §1.5: HMAC-SHA1 is the only method X signs with.
    with mock.store.lock:
        app = mock.store.apps.get(oauth["oauth_consumer_key"])
    if app is None:
        raise could_not_authenticate()
    return app


def check_signed(mock: MockX, signed: SignedRequest, app: XApp, token_secret: str | None) -> None:
    """Signature (32), timestamp window (135) and nonce replay (32), in that order."""
    oauth = signed.oauth
    if not signature_valid(signed, app.consumer_secret, token_secret):
        raise could_not_authenticate()
    timestamp, nonce = oauth.get("oauth_timestamp", ""), oauth.get("oauth_nonce", "")
    if not (timestamp.isascii() and timestamp.isdigit()) or not nonce or not nonce.isascii():
        raise could_not_authenticate()  # §1.1: "Only ASCII values are accepted for the oauth_nonce".
    window = mock.settings.timestamp_window_seconds
    if abs(int(timestamp) - mock.store.now()) > window:
        raise timestamp_out_of_bounds()
    # [GAP] x-protocol.md §7.1: replay behaviour is undocumented; a replayed nonce is refused as code 32.
    # twitter4j's nonces may be negative decimals (x-authenticator.md §1.4): any ASCII value is accepted.
    if not mock.store.remember_nonce(app.consumer_key, nonce, timestamp, window):
        raise could_not_authenticate()
