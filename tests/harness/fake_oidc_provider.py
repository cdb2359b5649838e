"""A tiny fake OpenID provider (discovery, JWKS, authorize, token, userinfo) for the sample app."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse
from joserfc import jwt
from joserfc.jwk import RSAKey


@dataclass
class FakeProvider:
    """State and knobs of the fake provider; tests read and change it between requests."""

    client_id: str = "sample-client"
    client_secret: str = "s3cr3t-value"
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "k1"}))
    claims: dict[str, Any] = field(default_factory=lambda: {"sub": "alice", "email": "alice@example.org"})
    userinfo: dict[str, Any] = field(default_factory=lambda: {"sub": "alice", "username": "alice"})
    deny: tuple[str, str] | None = None
    wrong_nonce: bool = False
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    authorize_params: list[dict[str, str]] = field(default_factory=list)
    issuer: str = ""


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def fake_app(fake: FakeProvider) -> FastAPI:
    app = FastAPI()

    @app.get("/oauth2/token/.well-known/openid-configuration")
    def discovery() -> dict[str, Any]:
        base = fake.issuer.removesuffix("/oauth2/token")
        return {
            "issuer": fake.issuer,
            "authorization_endpoint": base + "/oauth2/authorize",
            "token_endpoint": base + "/oauth2/token",
            "userinfo_endpoint": base + "/oauth2/userinfo",
            "jwks_uri": base + "/oauth2/jwks",
            "id_token_signing_alg_values_supported": ["RS256"],
        }

    @app.get("/oauth2/jwks")
    def jwks() -> dict[str, Any]:
        return {"keys": [fake.key.as_dict(private=False)]}

    @app.get("/oauth2/authorize")
    def authorize(request: Request) -> RedirectResponse:
        q = dict(request.query_params)
        fake.authorize_params.append(q)
        if fake.deny:
            error = {"error": fake.deny[0], "error_description": fake.deny[1], "state": q["state"]}
            return RedirectResponse(q["redirect_uri"] + "?" + urlencode(error), status_code=302)
        code = secrets.token_urlsafe(8)
        fake.codes[code] = q
        return RedirectResponse(q["redirect_uri"] + "?" + urlencode({"code": code, "state": q["state"]}), 302)

    @app.post("/oauth2/token")
    def token(request: Request, code: str = Form(), code_verifier: str = Form("")) -> JSONResponse:
        expected = "Basic " + base64.b64encode(f"{fake.client_id}:{fake.client_secret}".encode()).decode()
        q = fake.codes.pop(code, None)
        if request.headers.get("authorization") != expected or q is None:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        if s256(code_verifier) != q["code_challenge"]:
            return JSONResponse({"error": "invalid_grant", "error_description": "PKCE failed"}, 400)
        now = int(time.time())
        nonce = "not-the-nonce" if fake.wrong_nonce else q["nonce"]
        claims = {"iss": fake.issuer, "aud": fake.client_id, "iat": now, "exp": now + 300, "nonce": nonce}
        id_token = jwt.encode({"alg": "RS256", "kid": "k1"}, {**claims, **fake.claims}, fake.key)
        return JSONResponse({"access_token": "at-1", "token_type": "Bearer", "id_token": id_token})

    @app.get("/oauth2/userinfo")
    def userinfo(request: Request) -> JSONResponse:
        if request.headers.get("authorization") != "Bearer at-1":
            return JSONResponse({"error": "invalid_token"}, status_code=401)
        return JSONResponse(fake.userinfo)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
