"""OAuth 1.0a request signing exactly as twitter4j 4.0.7 does it (x-authenticator.md §1.4).

The signature itself is RFC 5849 §3.4 HMAC-SHA1, computed with oauthlib; what is twitter4j's own is the
``Authorization`` header's layout (fixed order, commas without spaces, no ``realm``), its nonce
(``currentTimeMillis()/1000 + Random.nextInt()``, which can be negative) and its value encoding.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from oauthlib.oauth1.rfc5849 import signature

__all__ = ["OAuthCredentials", "authorization_header", "java_url_encode", "sign", "t4j_encode"]


@dataclass(frozen=True)
class OAuthCredentials:
    """The consumer pair and, once one exists, the (request or access) token pair."""

    consumer_key: str
    consumer_secret: str
    token: str | None = None
    token_secret: str | None = None


def java_url_encode(value: str) -> str:
    """``URLEncoder.encode(value, "UTF-8")``: what the connector applies to the callback (§1.3 A3)."""
    # URLEncoder leaves only [A-Za-z0-9.-*_] alone and writes space as '+'; Python never quotes '~'.
    return quote_plus(value, safe="*").replace("~", "%7E")


def t4j_encode(value: str) -> str:
    """twitter4j ``HttpParameter.encode``: URLEncoder, then ``*``→%2A, ``+``→%20, %7E→``~`` (RFC 3986)."""
    return quote(value, safe="-._~")


def _nonce(now: int) -> str:
    # twitter4j: String.valueOf(timestamp + RAND.nextInt()); nextInt spans the signed 32-bit range.
    return str(now + random.randint(-(2**31), 2**31 - 1))


def sign(method: str, url: str, params: list[tuple[str, str]], creds: OAuthCredentials) -> str:
    """The RFC 5849 §3.4.2 HMAC-SHA1 signature over the oauth, body and query parameters."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    normalized = signature.normalize_parameters(params + query)
    base_uri = signature.base_string_uri(url.split("?", 1)[0])
    base = signature.signature_base_string(method.upper(), base_uri, normalized)
    return str(signature.sign_hmac_sha1(base, creds.consumer_secret, creds.token_secret or ""))


def authorization_header(
    method: str, url: str, body_params: list[tuple[str, str]], creds: OAuthCredentials
) -> str:
    """The ``Authorization`` header twitter4j sends; body params are signed but not sent in it."""
    now = int(time.time())
    oauth = [
        ("oauth_consumer_key", creds.consumer_key),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", str(now)),
        ("oauth_nonce", _nonce(now)),
        ("oauth_version", "1.0"),
    ]
    if creds.token:
        oauth.append(("oauth_token", creds.token))
    oauth.append(("oauth_signature", sign(method, url, oauth + body_params, creds)))
    return "OAuth " + ",".join(f'{k}="{t4j_encode(v)}"' for k, v in oauth)
