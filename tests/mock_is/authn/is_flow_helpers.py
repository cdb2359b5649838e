"""Builders for the IS simulator's login-flow tests: REST-shaped connections and applications, an app
with the framework installed over a fake X, and a browser-like walk through the redirects."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from fastapi import FastAPI
from is_fake_x import BASE, FakeX, create_fake_x

from mock_is import authn
from mock_is.settings import IsSettings, twitter4j_urls
from mock_is.store import LocalUser, Store

PUBLIC = "https://localhost:9443"
TWITTER_ID = "VHdpdHRlckF1dGhlbnRpY2F0b3I"
CALLBACK = "https://app.test/callback"
CLIENT_ID, CLIENT_SECRET = "pickup-client", "pickup-secret"
W = "http://wso2.org/claims/"
# Sign-in options of one step: the login page with both, or Twitter alone (the page is skipped).
BASIC_AND_X = [[("LOCAL", "BasicAuthenticator"), ("Twitter", "TwitterAuthenticator")]]
ONLY_X = [[("Twitter", "TwitterAuthenticator")]]


def settings(*deviations: str, **overrides: Any) -> IsSettings:
    """Settings pointing the connector at the fake X."""
    return IsSettings(
        public_url=PUBLIC,
        deviations=frozenset(deviations),
        **twitter4j_urls(BASE),
        **overrides,
    )


def twitter_idp(
    key: str,
    secret: str,
    *,
    name: str = "Twitter",
    jit: dict[str, Any] | None = None,
    mappings: list[tuple[str, str]] | None = None,
    user_id_claim: str = "",
    provisioning_claims: list[tuple[str, str]] | None = None,
    callback_url: str = f"{PUBLIC}/commonauth",
) -> dict[str, Any]:
    """A connection with the Twitter authenticator, shaped like IdentityProviderResponse."""
    return {
        "id": f"idp-{name.lower()}",
        "name": name,
        "isEnabled": True,
        "federatedAuthenticators": {
            "defaultAuthenticatorId": TWITTER_ID,
            "authenticators": [
                {
                    "authenticatorId": TWITTER_ID,
                    "isEnabled": True,
                    "properties": [
                        {"key": "APIKey", "value": key},
                        {"key": "APISecret", "value": secret},
                        {"key": "callbackUrl", "value": callback_url},
                    ],
                }
            ],
        },
        "claims": {
            "userIdClaim": {"uri": user_id_claim},
            "mappings": [{"idpClaim": r, "localClaim": {"uri": loc}} for r, loc in mappings or []],
            "provisioningClaims": [
                {"claim": {"uri": uri}, "defaultValue": default} for uri, default in provisioning_claims or []
            ],
        },
        "provisioning": {"jit": {"isEnabled": False, "scheme": "PROVISION_SILENTLY", **(jit or {})}},
    }


def application(
    options: list[list[tuple[str, str]]],
    *,
    requested: list[str] | None = None,
    skip_consent: bool = True,
    subject: dict[str, Any] | None = None,
    subject_step: int = 1,
    attribute_step: int = 1,
) -> dict[str, Any]:
    """An application whose steps hold ``(idp, authenticator)`` options, shaped like ApplicationModel."""
    steps = [
        {"id": n, "options": [{"idp": i, "authenticator": a} for i, a in opts]}
        for n, opts in enumerate(options, start=1)
    ]
    return {
        "id": "app-pickup",
        "name": "Pickup",
        "authenticationSequence": {
            "type": "USER_DEFINED",
            "steps": steps,
            "subjectStepId": subject_step,
            "attributeStepId": attribute_step,
        },
        "claimConfiguration": {
            "dialect": "LOCAL",
            "requestedClaims": [{"claim": {"uri": u}, "mandatory": False} for u in requested or []],
            "subject": subject or {"claim": {"uri": W + "username"}},
        },
        "advancedConfigurations": {"skipLoginConsent": skip_consent, "skipLogoutConsent": True},
    }


def oidc_config(public: bool = False, pkce_mandatory: bool = False) -> dict[str, Any]:
    """The application's OIDC inbound configuration."""
    return {
        "clientId": CLIENT_ID,
        "clientSecret": None if public else CLIENT_SECRET,
        "callbackURLs": [CALLBACK],
        "grantTypes": ["authorization_code", "refresh_token"],
        "publicClient": public,
        "pkce": {"mandatory": pkce_mandatory, "supportPlainTransformAlgorithm": True},
    }


@dataclass
class Stack:
    """The IS app, its store and settings, the fake X and an HTTP client on the IS app."""

    app: FastAPI
    store: Store
    settings: IsSettings
    x: FakeX
    client: httpx.AsyncClient


def build(
    s: IsSettings,
    idps: list[dict[str, Any]],
    app: dict[str, Any],
    oidc: dict[str, Any] | None = None,
    x_transport: httpx.AsyncBaseTransport | None = None,
) -> Stack:
    """An IS app with only the login flow installed, over a fresh store holding ``idps`` and ``app``;
    the connector talks to ``x_transport`` (default: a new fake X)."""
    store, fake = Store(), FakeX()
    for idp in idps:
        store.idps[idp["id"]] = idp
    store.applications[app["id"]] = app
    store.oidc_configs[app["id"]] = oidc or oidc_config()
    is_app = FastAPI()
    is_app.state.settings, is_app.state.store = s, store
    is_app.state.twitter_transport = x_transport or httpx.ASGITransport(app=create_fake_x(fake))
    authn.install(is_app)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=is_app), base_url=PUBLIC)
    return Stack(is_app, store, s, fake, client)


def twitter_stack(
    *deviations: str,
    options: list[list[tuple[str, str]]] = BASIC_AND_X,
    app_kw: dict[str, Any] | None = None,
    settings_kw: dict[str, Any] | None = None,
    **idp_kw: Any,
) -> Stack:
    """A stack whose application offers ``options``, with a Twitter connection (``twitter_idp(**idp_kw)``)
    holding a consumer the fake X knows; ``settings_kw`` are further ``IsSettings`` (a profile's)."""
    stack = build(settings(*deviations, **(settings_kw or {})), [], application(options, **(app_kw or {})))
    key, secret = stack.x.add_consumer()
    idp = twitter_idp(key, secret, **idp_kw)
    stack.store.idps[idp["id"]] = idp
    return stack


def add_local_user(store: Store, username: str, password: str, **claims: str) -> LocalUser:
    """A local account with claims given by local-claim name (``emailaddress=...``)."""
    return store.add_user(LocalUser(username, {W + k: v for k, v in claims.items()}, password=password))


def pkce_pair() -> tuple[str, str]:
    """A code_verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


def authorize_params(**extra: str) -> dict[str, str]:
    """A standard code-flow authorization request."""
    return {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": CALLBACK,
        "scope": "openid profile email",
        "state": "st-1",
        "nonce": "n-1",
        **extra,
    }


def query(url: str) -> dict[str, str]:
    """The query parameters of ``url`` (first value each)."""
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def button_href(html: str, idp: str) -> str:
    """The URL ``handleNoDomain`` navigates to for the ``idp`` button (what a browser click does)."""
    testid = f'data-testid="login-page-sign-in-with-{idp}"'
    assert testid in html, f"no sign-in button for {idp}"
    match = re.search(testid + r"\s+onclick=\"handleNoDomain\(this, '([^']*)', '([^']*)'\)\"", html)
    assert match, "button without handleNoDomain"
    key = re.search(r"var sessionDataKey = \"([^\"]+)\";", html)
    assert key
    return f"/commonauth?idp={match.group(1)}&authenticator={match.group(2)}&sessionDataKey={key.group(1)}"


async def go(client: httpx.AsyncClient, url: str) -> httpx.Response:
    """GET an absolute or relative URL on the IS app without following redirects."""
    return await client.get(url.removeprefix(PUBLIC))


def browser(stack: Stack) -> httpx.AsyncClient:
    """Another browser (its own cookies) on the same IS app."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=stack.app), base_url=PUBLIC)


async def twitter_login(
    stack: Stack, user: dict[str, Any], client: httpx.AsyncClient | None = None, **extra: str
) -> httpx.Response:
    """Authorize, pick Twitter on the login page, approve at X, and return IS's answer to the callback."""
    client = client or stack.client
    start = await client.get("/oauth2/authorize", params=authorize_params(**extra))
    assert start.status_code == 302, start.text
    location = start.headers["location"]
    if "/authenticationendpoint/login.do" in location:
        page = await go(client, location)
        chosen = await client.get(button_href(page.text, "Twitter"))
        location = chosen.headers["location"]
    assert location.startswith(f"{BASE}/oauth/authenticate?oauth_token="), location
    return await go(client, stack.x.approve(location, user))


async def exchange(stack: Stack, code: str, **form: str) -> httpx.Response:
    """Redeem ``code`` with client_secret_basic."""
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, **form}
    return await stack.client.post("/oauth2/token", data=data, auth=(CLIENT_ID, CLIENT_SECRET))


async def userinfo(stack: Stack, answer_location: str) -> dict[str, Any]:
    """Exchange the code in IS's answer to the app, then GET userinfo with the access token."""
    tokens = (await exchange(stack, query(answer_location)["code"])).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    info: dict[str, Any] = (await stack.client.get("/oauth2/userinfo", headers=headers)).json()
    return info
