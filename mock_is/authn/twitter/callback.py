"""The connector's callback: ``new URIBuilder(callbackURL).addParameter("localState", <context id>)
.addParameter("loginType", "twitter").build().toString()`` (x-authenticator.md §1.3 A2), as Apache
httpclient 4.5's ``URIBuilder`` writes it.

``URIBuilder`` parses the callback's own query into parameters (``URLEncodedUtils``: split on ``&`` and
``;``, form-decoded, nameless ones dropped) and writes every parameter back form-encoded as
``URLEncoder`` does, so an existing query comes out re-encoded (``%20`` → ``+``, ``~`` → ``%7E``). A
callback ``java.net.URI`` refuses throws ``URISyntaxException``, which the connector turns into "Invalid
Callback URL provided." (§5). Checked against the real URIBuilder by ``tests/twitter4j``.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit, urlunsplit

from mock_is.authn.base import AuthenticationFailed
from mock_is.authn.twitter.oauth1 import java_url_encode

__all__ = ["callback_with_state"]

# java.net.URI (RFC 2396): no space, control or "<>\^`{|} anywhere, every "%" starts an escape pair,
# one "#" at most, and no "[" or "]" outside the authority.
_ILLEGAL = re.compile(r'[\x00-\x20\x7f"<>\\^`{|}]|%(?![0-9A-Fa-f]{2})')
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def callback_with_state(callback: str, context_id: str) -> str:
    """The Callback URL with ``localState`` and ``loginType=twitter``; refused as the connector refuses it."""
    parts = _java_uri(callback)
    params = [*_parse_query(parts.query), ("localState", context_id), ("loginType", "twitter")]
    query = "&".join(java_url_encode(k) + ("" if v is None else "=" + java_url_encode(v)) for k, v in params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _java_uri(callback: str) -> SplitResult:
    try:
        parts = urlsplit(callback)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        parts = None
    if parts is None or _ILLEGAL.search(callback) or "#" in parts.fragment or re.search(r"[][]", parts.path):
        raise AuthenticationFailed("Invalid Callback URL provided.")
    return parts


def _parse_query(query: str) -> list[tuple[str, str | None]]:
    """``URLEncodedUtils.parse(query, UTF-8)``: ``name`` alone has no value; ``=v`` is dropped."""
    params: list[tuple[str, str | None]] = []
    for field in re.split(r"[&;]", query):
        name, equals, value = field.partition("=")
        if name:
            params.append((_form_decode(name), _form_decode(value) if equals else None))
    return params


def _form_decode(text: str) -> str:
    """``URLEncodedUtils.urlDecode``: ``+`` is a space, ``%XX`` a byte, any other char its low byte."""
    out = bytearray()
    at = 0
    while at < len(text):
        escape = _ESCAPE.match(text, at)
        if escape:
            out.append(int(escape[1], 16))
            at += 3
            continue
        out.append(0x20 if text[at] == "+" else ord(text[at]) & 0xFF)
        at += 1
    return out.decode("utf-8", "replace")
