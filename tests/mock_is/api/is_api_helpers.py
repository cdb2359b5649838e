"""Helpers of the REST API tests: building the simulator, clients and request bodies."""

from __future__ import annotations

import warnings
from typing import Any

from fastapi import FastAPI

from mock_is.app import create_app
from mock_is.settings import IsSettings

with warnings.catch_warnings():
    # Starlette warns at import that it prefers httpx2; the TestClient works with httpx as installed.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

__all__ = [
    "ADMIN_PASSWORD",
    "APPS",
    "IDPS",
    "TWITTER_ID",
    "TestClient",
    "admin_client",
    "create_idp",
    "create_oidc_app",
    "make_app",
    "twitter_body",
]

ADMIN_PASSWORD = "admin-pw-for-tests"
TWITTER_ID = "VHdpdHRlckF1dGhlbnRpY2F0b3I"
IDPS = "/api/server/v1/identity-providers"
APPS = "/api/server/v1/applications"


def make_app(**overrides: Any) -> FastAPI:
    """A simulator with a known admin password and the given settings overrides."""
    settings = IsSettings(admin_password=ADMIN_PASSWORD, public_url="https://is.test:9443", **overrides)
    return create_app(settings)


def admin_client(app: FastAPI) -> TestClient:
    """A TestClient that sends the admin's Basic credentials."""
    client = TestClient(app)
    client.auth = ("admin", ADMIN_PASSWORD)
    return client


def twitter_body(name: str = "Twitter", secret: str = "api-secret-value", **extra: Any) -> dict[str, Any]:
    """An ``IdentityProviderPOSTRequest`` for an X connection (the shape of is-rest-api.md §1.2)."""
    return {
        "name": name,
        "description": "Login users with existing X (Twitter) accounts.",
        "federatedAuthenticators": {
            "defaultAuthenticatorId": TWITTER_ID,
            "authenticators": [
                {
                    "authenticatorId": TWITTER_ID,
                    "isEnabled": True,
                    "isDefault": True,
                    "properties": [
                        {"key": "APIKey", "value": "api-key-value"},
                        {"key": "APISecret", "value": secret},
                        {"key": "callbackUrl", "value": "https://is.test:9443/commonauth"},
                    ],
                }
            ],
        },
        **extra,
    }


def create_idp(client: TestClient, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """Create a connection and return its body (asserting the 201)."""
    response = client.post(IDPS, json=body or twitter_body())
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_oidc_app(client: TestClient, name: str = "pickup") -> str:
    """Create an OIDC application and return its id from ``Location``."""
    oidc = {"grantTypes": ["authorization_code", "refresh_token"], "callbackURLs": ["https://app.test/cb"]}
    response = client.post(APPS, json={"name": name, "inboundProtocolConfiguration": {"oidc": oidc}})
    assert response.status_code == 201, response.text
    return str(response.headers["location"]).rsplit("/", 1)[1]
