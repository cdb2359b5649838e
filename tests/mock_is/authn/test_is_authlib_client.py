"""authlib's OIDC client completes code + PKCE against the simulator and validates the ID token."""

from __future__ import annotations

import warnings

import httpx
from authlib.common.security import generate_token
from authlib.deprecate import AuthlibDeprecationWarning
from is_flow_helpers import (
    CALLBACK,
    CLIENT_ID,
    CLIENT_SECRET,
    W,
    add_local_user,
    application,
    build,
    query,
    settings,
)

with warnings.catch_warnings():
    # authlib warns at import that its ``jose`` (for joserfc) and its plain-httpx client (for "httpx2") are
    # deprecated; this test is about authlib's OIDC client as relying parties use it today, ID-token check
    # included, so it keeps authlib's API. authlib sets its own warning to "always" when first imported, so
    # the filter names its class, after that import.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client
    from authlib.jose import JsonWebKey, jwt
    from authlib.oidc.core import CodeIDToken


async def test_authlib_code_flow_with_pkce_and_id_token_validation() -> None:
    stack = build(
        settings(), [], application([[("LOCAL", "BasicAuthenticator")]], requested=[W + "emailaddress"])
    )
    add_local_user(stack.store, "alice", "pw", emailaddress="alice@example.com")
    transport = httpx.ASGITransport(app=stack.app)
    browser = stack.client
    async with AsyncOAuth2Client(
        CLIENT_ID,
        CLIENT_SECRET,
        scope="openid email",
        redirect_uri=CALLBACK,
        code_challenge_method="S256",
        transport=transport,
    ) as client:
        meta = (await browser.get("/oauth2/oidcdiscovery/.well-known/openid-configuration")).json()
        verifier, nonce = generate_token(48), generate_token(20)
        url, state = client.create_authorization_url(
            meta["authorization_endpoint"], code_verifier=verifier, nonce=nonce
        )
        start = await browser.get(url)
        key = query(start.headers["location"])["sessionDataKey"]
        done = await browser.post(
            "/commonauth", data={"username": "alice", "password": "pw", "sessionDataKey": key}
        )
        callback = done.headers["location"]
        assert query(callback)["state"] == state
        token = await client.fetch_token(
            meta["token_endpoint"], authorization_response=callback, code_verifier=verifier
        )
        jwks = JsonWebKey.import_key_set((await browser.get(meta["jwks_uri"])).json())
    claims = jwt.decode(
        token["id_token"],
        jwks,
        claims_cls=CodeIDToken,
        claims_options={"iss": {"values": [meta["issuer"]]}, "aud": {"values": [CLIENT_ID]}},
        claims_params={"nonce": nonce, "client_id": CLIENT_ID, "access_token": token["access_token"]},
    )
    claims.validate()
    assert claims["sub"] == "alice" and claims["email"] == "alice@example.com"
