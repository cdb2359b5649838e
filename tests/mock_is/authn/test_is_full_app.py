"""The login flow inside the whole simulator (``mock_is.app.create_app``): the admin signs in to the seeded
Console application (public client, PKCE S256) and the token is valid for the admin APIs."""

from __future__ import annotations

import httpx
from is_flow_helpers import PUBLIC, pkce_pair, query

from mock_is.app import create_app
from mock_is.oidc import validate_access_token
from mock_is.settings import IsSettings


async def test_admin_signs_in_to_the_console_with_pkce() -> None:
    settings = IsSettings(public_url=PUBLIC, admin_password="admin-pw")
    app = create_app(settings)
    verifier, challenge = pkce_pair()
    callback = f"{PUBLIC}/console"
    params = {
        "response_type": "code",
        "client_id": "CONSOLE",
        "redirect_uri": callback,
        "scope": "SYSTEM openid profile",
        "state": "c1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as browser:
        start = await browser.get("/oauth2/authorize", params=params)
        login = start.headers["location"]
        assert "/authenticationendpoint/login.do?" in login and "BasicAuthenticator%3ALOCAL" in login
        key = query(login)["sessionDataKey"]
        done = await browser.post(
            "/commonauth", data={"username": "admin", "password": "admin-pw", "sessionDataKey": key}
        )
        assert done.headers["location"].startswith(callback + "?code=")
        form = {
            "grant_type": "authorization_code",
            "code": query(done.headers["location"])["code"],
            "redirect_uri": callback,
            "client_id": "CONSOLE",
            "code_verifier": verifier,
        }
        tokens = (await browser.post("/oauth2/token", data=form)).json()
    claims = validate_access_token(app, tokens["access_token"])
    assert claims is not None and claims["username"] == "admin" and claims["sub"] == "admin"


async def test_tenant_qualified_paths_reach_the_same_provider() -> None:
    app = create_app(IsSettings(public_url=PUBLIC))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as client:
        doc = (
            await client.get("/t/carbon.super/oauth2/oidcdiscovery/.well-known/openid-configuration")
        ).json()
        assert doc["issuer"] == f"{PUBLIC}/oauth2/token"
        jwks = (await client.get("/t/carbon.super/oauth2/jwks")).json()
        assert jwks["keys"][0]["kty"] == "RSA"
