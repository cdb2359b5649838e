"""Checks of what IS sent to X, read from mock X's request log (``MockXControl.requests_to``).

The Twitter connector's request_token call carries the consumer key the admin typed and an
``oauth_callback`` of the configured Callback URL plus ``localState`` (IS's context key) and
``loginType=twitter`` (x-authenticator.md §1.3 A).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

from harness.clients.mock_x import MockXControl
from mock_x.models import RecordedRequest

__all__ = ["REQUEST_TOKEN", "expect_request_token_call", "request_token_calls"]

REQUEST_TOKEN = "/oauth/request_token"


def request_token_calls(x: MockXControl, consumer_key: str) -> list[RecordedRequest]:
    """IS's request_token calls signed with ``consumer_key`` (other scenarios' apps have other keys)."""
    return [r for r in x.requests_to(REQUEST_TOKEN) if r.oauth.get("oauth_consumer_key") == consumer_key]


def _split_callback(callback: str) -> tuple[str, dict[str, str]]:
    # The connector URL-encodes the callback once before twitter4j percent-encodes the header value
    # (x-authenticator.md §1.4), so after the header's own decoding it may still be encoded once.
    if "://" not in callback:
        callback = unquote(callback)
    parts = urlsplit(callback)
    return parts._replace(query="").geturl(), dict(parse_qsl(parts.query))


def expect_request_token_call(x: MockXControl, consumer_key: str, callback_url: str) -> RecordedRequest:
    """IS asked X for a request token with ``consumer_key``, its callback ``callback_url`` + IS's state."""
    mine = request_token_calls(x, consumer_key)
    if not mine:  # only now ask for every call: the keys X saw tell the admin what IS sent instead
        keys = sorted({r.oauth.get("oauth_consumer_key", "?") for r in x.requests_to(REQUEST_TOKEN)})
        raise AssertionError(
            f"IS never asked X for a request token with the API Key the admin typed ({consumer_key!r}); "
            f"the keys X saw: {keys or 'none'}"
        )
    call = mine[-1]
    sent = call.oauth.get("oauth_callback", "")
    base, query = _split_callback(sent)
    wanted_base, wanted_query = _split_callback(callback_url)
    if base != wanted_base or any(query.get(k) != v for k, v in wanted_query.items()):
        raise AssertionError(
            f"IS sent X the callback {sent!r}, not the configured Callback URL {callback_url!r}"
        )
    if query.get("loginType") != "twitter" or not query.get("localState"):
        raise AssertionError(
            f"IS's callback {sent!r} lacks its state: it needs localState=<context key> and loginType=twitter"
        )
    return call
