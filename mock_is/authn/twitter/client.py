"""The three X calls the connector makes, on the wire as twitter4j 4.0.7 makes them (x-authenticator.md §1.4).

Endpoints come from the settings named after twitter4j's properties (§4); there are no retries
(``http.retryCount`` 0) and any status outside 2xx other than 302 is a ``TwitterException``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from mock_is.authn.twitter.errors import TwitterException
from mock_is.authn.twitter.oauth1 import OAuthCredentials, authorization_header, t4j_encode
from mock_is.settings import IsSettings
from mock_is.tls import client_context

__all__ = ["AccessToken", "TwitterClient", "parse_token_reply"]

_HEADERS = {
    # twitter4j sets no Accept: this is HttpURLConnection's default, as the JDK 17.0.15 of tests/twitter4j
    # sends it (recorded by mock X); JDK 8 sent "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2".
    "Accept": "text/html, image/gif, image/jpeg, */*; q=0.2",
    "X-Twitter-Client": "Twitter4J",
    "X-Twitter-Client-Version": "4.0.7",
    "X-Twitter-Client-URL": "http://twitter4j.org/en/twitter4j-4.0.7.xml",
    "User-Agent": "twitter4j http://twitter4j.org/ /4.0.7",
    "Accept-Encoding": "gzip",
}
# ConfigurationBase: http.connectionTimeout 20000 ms, http.readTimeout 120000 ms.
_TIMEOUT = httpx.Timeout(120.0, connect=20.0)
# UserJSONImpl parses created_at with "EEE MMM dd HH:mm:ss z yyyy", Locale.US.
_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"


@dataclass(frozen=True)
class AccessToken:
    """twitter4j's ``AccessToken``: the token pair plus ``user_id``/``screen_name`` when X sends them."""

    token: str | None
    secret: str | None
    user_id: int | None
    screen_name: str | None


def parse_token_reply(text: str) -> dict[str, str | None]:
    """``OAuthToken.getParameter``: split on ``&``, keep what lies between the first and second ``=``."""
    values: dict[str, str | None] = {}
    for part in text.split("&"):
        name, sep, _ = part.partition("=")
        if sep and name not in values:
            pieces = part.split("=")
            values[name] = pieces[1].strip() if len(pieces) > 1 and pieces[1] else None
    return values


def _check_user_json(raw: str) -> None:
    """What ``UserJSONImpl.init`` rejects before WSO2 ever sees the JSON (x-authenticator.md §1.4)."""
    try:
        user: Any = json.loads(raw)
    except ValueError as exc:
        raise TwitterException(f"{exc}: {raw}") from exc
    if not isinstance(user, dict):
        raise TwitterException(f"A JSONObject text must begin with '{{' at 1 [character 2 line 1]: {raw}")
    created = user.get("created_at")
    if created is not None:
        try:
            datetime.strptime(str(created), _CREATED_AT)
        except ValueError as exc:
            raise TwitterException(f"Unexpected date format({created}) returned from twitter.com") from exc
    if user.get("id") not in (None, "", "null"):
        int(str(user["id"]))  # NumberFormatException in twitter4j: an uncaught RuntimeException


class TwitterClient:
    """An async twitter4j stand-in: one instance per call site, transport injectable for tests."""

    def __init__(self, settings: IsSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._settings = settings
        self._transport = transport

    async def _send(self, method: str, url: str, creds: OAuthCredentials, body: list[tuple[str, str]]) -> str:
        headers = dict(_HEADERS, Authorization=authorization_header(method, url, body, creds))
        content = None
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = "&".join(f"{t4j_encode(k)}={t4j_encode(v)}" for k, v in body)
        verify = client_context(self._settings.twitter4j_ca_bundle)
        async with httpx.AsyncClient(transport=self._transport, verify=verify, timeout=_TIMEOUT) as http:
            try:
                response = await http.request(method, url, headers=headers, content=content)
            except httpx.HTTPError as exc:
                raise TwitterException(f"{type(exc).__name__}: {exc}") from exc
        if not (200 <= response.status_code < 300 or response.status_code == 302):
            raise TwitterException(response.text, response.status_code)
        return response.text

    async def request_token(self, creds: OAuthCredentials, callback: str) -> tuple[str | None, str | None]:
        """``getOAuthRequestToken(callback)``: POST request_token with ``oauth_callback`` in the body."""
        url = self._settings.twitter4j_oauth_request_token_url
        reply = parse_token_reply(await self._send("POST", url, creds, [("oauth_callback", callback)]))
        return reply.get("oauth_token"), reply.get("oauth_token_secret")

    async def access_token(self, creds: OAuthCredentials, verifier: str) -> AccessToken:
        """``getOAuthAccessToken(requestToken, verifier)``: the verifier travels in the body."""
        url = self._settings.twitter4j_oauth_access_token_url
        reply = parse_token_reply(await self._send("POST", url, creds, [("oauth_verifier", verifier)]))
        user_id = reply.get("user_id")
        return AccessToken(
            token=reply.get("oauth_token"),
            secret=reply.get("oauth_token_secret"),
            user_id=int(user_id) if user_id is not None else None,  # Long.parseLong: may raise
            screen_name=reply.get("screen_name"),
        )

    async def verify_credentials(self, creds: OAuthCredentials) -> str:
        """``verifyCredentials()`` with include_email: the raw user JSON (``getRawJSON``)."""
        url = self._settings.twitter4j_rest_base_url + "account/verify_credentials.json?include_email=true"
        raw = await self._send("GET", url, creds, [])
        _check_user_json(raw)
        return raw
