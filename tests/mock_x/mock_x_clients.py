"""Test clients for mock X: a twitter4j 4.0.7 look-alike and a browser that posts the mock's pages."""

from __future__ import annotations

import html
import random
import re
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
from oauthlib.oauth1.rfc5849 import signature as rfc5849

from mock_x.mock import MockX
from mock_x.models import XUser


@dataclass(frozen=True)
class LiveX:
    """A running mock X: its base URL and its control plane."""

    url: str
    mock: MockX


def t4j_encode(value: str) -> str:
    """twitter4j's HttpParameter.encode: URLEncoder plus ``*``→%2A, ``+``→%20, %7E→``~`` (RFC 3986)."""
    return quote(value, safe="~")


class Twitter4jClient:
    """Signs and sends exactly as twitter4j 4.0.7 does (x-authenticator.md §1.4), signed with oauthlib."""

    def __init__(self, http: httpx.Client, base_url: str, key: str, secret: str) -> None:
        self.http, self.base, self.key, self.secret = http, base_url.rstrip("/"), key, secret
        self.clock_skew = 0
        self.next_nonce: str | None = None  # one-shot override, e.g. a negative nonce or a replay

    def header(
        self, method: str, url: str, params: list[tuple[str, str]], token: str | None, token_secret: str
    ) -> str:
        """The Authorization header: no spaces, twitter4j's order, negative nonces possible."""
        stamp = int(time.time()) + self.clock_skew
        oauth = [
            ("oauth_consumer_key", self.key),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", str(stamp)),
            ("oauth_nonce", self.next_nonce or str(stamp + random.randint(-(2**31), 2**31 - 1))),
            ("oauth_version", "1.0"),
        ]
        self.next_nonce = None
        if token:
            oauth.append(("oauth_token", token))
        split = urlsplit(url)
        query = parse_qsl(split.query, keep_blank_values=True)
        base = rfc5849.signature_base_string(
            method, rfc5849.base_string_uri(url), rfc5849.normalize_parameters([*oauth, *params, *query])
        )
        oauth.append(("oauth_signature", rfc5849.sign_hmac_sha1(base, self.secret, token_secret)))
        return "OAuth " + ",".join(f'{k}="{t4j_encode(v)}"' for k, v in oauth)

    def post(
        self, path: str, params: list[tuple[str, str]], token: str | None = None, ts: str = ""
    ) -> httpx.Response:
        """A form POST the way twitter4j builds it."""
        url = self.base + path
        body = "&".join(f"{t4j_encode(k)}={t4j_encode(v)}" for k, v in params)
        headers = {
            "Authorization": self.header("POST", url, params, token, ts),
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twitter-Client": "Twitter4J",
            "X-Twitter-Client-Version": "4.0.7",
            "User-Agent": "twitter4j http://twitter4j.org/ /4.0.7",
            "Accept-Encoding": "gzip",
        }
        return self.http.post(url, content=body.encode(), headers=headers)

    def get(self, path: str, token: str, token_secret: str) -> httpx.Response:
        """A signed GET; the query rides on the URL."""
        url = self.base + path
        return self.http.get(url, headers={"Authorization": self.header("GET", url, [], token, token_secret)})

    def request_token(self, callback: str) -> httpx.Response:
        """WSO2's call: the callback URL-encoded by the connector, then again by twitter4j."""
        return self.post("/oauth/request_token", [("oauth_callback", quote(callback, safe="*-._"))])

    def access_token(self, token: str, token_secret: str, verifier: str) -> httpx.Response:
        """POST access_token with the verifier in the body."""
        return self.post("/oauth/access_token", [("oauth_verifier", verifier)], token, token_secret)

    def verify_credentials(self, token: str, token_secret: str) -> httpx.Response:
        """GET account/verify_credentials.json?include_email=true, as the connector does."""
        return self.get("/1.1/account/verify_credentials.json?include_email=true", token, token_secret)


def form_of(response: httpx.Response) -> dict[str, str]:
    """A form-encoded token answer as a dict."""
    return dict(parse_qsl(response.text))


def browser_sign_in(http: httpx.Client, authenticate_url: str, login: str, password: str) -> httpx.Response:
    """Open the authenticate page and post the sign-in form as a browser would; returns the last answer."""
    page = http.get(authenticate_url)
    token = _hidden(page.text, "oauth_token")
    mode = _hidden(page.text, "mode")
    form = {"oauth_token": token, "mode": mode, "username_or_email": login, "password": password}
    answer = http.post(page.url.join("/oauth/login"), data=form)
    if answer.status_code == 302 and urlsplit(answer.headers["location"]).path.startswith("/oauth/"):
        return http.get(answer.url.join(answer.headers["location"]))
    return answer


def browser_decide(http: httpx.Client, consent_page: httpx.Response, decision: str) -> httpx.Response:
    """Press "Authorize app" (``allow``) or "Cancel" on the consent page."""
    form = {"oauth_token": _hidden(consent_page.text, "oauth_token"), "decision": decision}
    return http.post(consent_page.url.join("/oauth/consent"), data=form)


def submit(http: httpx.Client, page: httpx.Response, **fields: str) -> httpx.Response:
    """Submit the page's POST form with its hidden fields plus ``fields``, as a browser would."""
    action = re.search(r'<form method="post" action="([^"]*)"', page.text)
    assert action, "no form on the page"
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)"', page.text))
    values = {html.unescape(k): html.unescape(v) for k, v in hidden.items()}
    return http.post(page.url.join(html.unescape(action.group(1))), data={**values, **fields})


def oauth2_consent(http: httpx.Client, authorize_url: str, user: XUser, decision: str = "allow") -> str:
    """Walk X's OAuth 2.0 pages (sign in, then Authorize app or Cancel); returns the redirect back."""
    page = http.get(authorize_url)
    if "LoginForm_Login_Button" in page.text:
        hop = submit(http, page, username_or_email=user.screen_name, password=user.password)
        page = http.get(hop.url.join(hop.headers["location"]))
    answer = submit(http, page, decision=decision)
    assert answer.status_code == 302, answer.text
    return answer.headers["location"]


def _hidden(text: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', text)
    assert match, f"no hidden field {name}"
    return match.group(1)


def callback_params(location: str) -> dict[str, str]:
    """The query of a redirect back to the app."""
    return dict(parse_qsl(urlsplit(location).query))


__all__ = [
    "LiveX",
    "Twitter4jClient",
    "oauth2_consent",
    "submit",
    "browser_decide",
    "browser_sign_in",
    "callback_params",
    "form_of",
]
