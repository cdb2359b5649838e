"""The one thing the harness can ask the real X without its UI: a request token for the configured app.

``POST /oauth/request_token`` signed with the API Key and API Key Secret, carrying IS's ``/commonauth``
as ``oauth_callback`` (x-protocol.md §1.1). X issues a token and ``oauth_callback_confirmed=true`` only
when the pair is an app's and the callback is on the app's allow-list; otherwise it answers with one of
the codes of §1.6, as JSON or (callback refusals, lately) XML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import parse_qs

import httpx
from oauthlib.oauth1 import Client as OAuth1Client

__all__ = ["RequestTokenAnswer", "ask_for_request_token", "x_error"]

# What each refusal code says about the documented registration (x-protocol.md §1.6).
_MEANING = {
    32: "X does not know this API Key and API Key Secret pair (x-app-4)",
    215: "X found the request's authentication data unusable (x-app-4)",
    416: "X says the app is invalid or suspended (x-app-3)",
    415: "IS's /commonauth is not among the app's Callback URIs (x-app-7)",
    417: "the app has no Callback URI: its user authentication is not set up (x-app-5, x-app-7)",
    135: "X refused the request's timestamp: this machine's clock is off",
    88: "X's rate limit for request tokens is exhausted; try again later",
}


@dataclass(frozen=True)
class RequestTokenAnswer:
    """What X answered: the HTTP status, whether it confirmed the callback, and any error code/text."""

    url: str
    callback: str
    status: int
    callback_confirmed: bool
    error_code: int | None = None
    error_message: str = ""

    @property
    def accepted(self) -> bool:
        """X issued a request token and confirmed the callback."""
        return self.status == 200 and self.callback_confirmed

    def describe(self) -> str:
        """One line a person can act on."""
        if self.accepted:
            return f"X issued a request token and confirmed the callback {self.callback}"
        meaning = _MEANING.get(self.error_code or 0, "X refused the request")
        said = f" code {self.error_code}" if self.error_code is not None else ""
        return f"{meaning}: HTTP {self.status}{said} {self.error_message!r} from {self.url}"


def x_error(body: str) -> tuple[int | None, str]:
    """The first error code and message of X's JSON or XML error envelope (x-protocol.md §1.6)."""
    try:
        first = json.loads(body)["errors"][0]
        return int(first["code"]), str(first.get("message", ""))
    except (ValueError, KeyError, IndexError, TypeError):
        pass
    try:
        error = ET.fromstring(body).find("error")
    except ET.ParseError:
        return None, body.strip()[:200]
    if error is None:
        return None, body.strip()[:200]
    code = error.get("code")
    return (int(code) if code and code.isdigit() else None), (error.text or "").strip()


def ask_for_request_token(
    api_url: str, api_key: str, api_secret: str, callback: str, *, verify: bool | str = True
) -> RequestTokenAnswer:
    """Ask X at ``api_url`` for a request token for the app, with ``callback`` as ``oauth_callback``."""
    url = f"{api_url.rstrip('/')}/oauth/request_token"
    signer = OAuth1Client(api_key, client_secret=api_secret, callback_uri=callback)
    uri, headers, _ = signer.sign(url, http_method="POST")
    # Proxy settings count for the real X (a user behind a proxy), never for a loopback stand-in.
    loopback = httpx.URL(url).host in ("127.0.0.1", "localhost", "::1")
    response = httpx.post(uri, headers=headers, timeout=20, verify=verify, trust_env=not loopback)
    if response.status_code == 200:
        confirmed = parse_qs(response.text).get("oauth_callback_confirmed") == ["true"]
        return RequestTokenAnswer(url, callback, 200, confirmed)
    code, message = x_error(response.text)
    return RequestTokenAnswer(url, callback, response.status_code, False, code, message)
