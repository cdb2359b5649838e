"""The REST APIs take the simulator's own access tokens: the Console calls them with the token it got."""

from __future__ import annotations

from fastapi import FastAPI
from is_api_helpers import APPS, TestClient

from mock_is.oidc import Grant


def _token(app: FastAPI, username: str, scope: tuple[str, ...]) -> str:
    grant = Grant("CONSOLE", "console", "https://is.test:9443/console", scope, "sub", {}, ["pwd"])
    grant.local_username = username
    token: str = app.state.oidc_tokens.issue_tokens(grant)["access_token"]
    return token


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_admins_console_token_opens_the_apis(app: FastAPI, anonymous: TestClient) -> None:
    console = _bearer(_token(app, "admin", ("openid", "SYSTEM", "profile")))
    assert anonymous.get(APPS, headers=console).status_code == 200
    assert anonymous.get("/scim2/Users", headers=console).status_code == 200
    assert anonymous.get("/api/server/v1/userstores", headers=console).status_code == 200


def test_a_token_without_system_a_revoked_one_or_another_users_is_refused(
    app: FastAPI, anonymous: TestClient
) -> None:
    assert anonymous.get(APPS, headers=_bearer(_token(app, "admin", ("openid",)))).status_code == 401
    assert anonymous.get(APPS, headers=_bearer(_token(app, "alice", ("SYSTEM",)))).status_code == 401
    revoked = _token(app, "admin", ("SYSTEM",))
    app.state.oidc_tokens.revoke(revoked)
    assert anonymous.get(APPS, headers=_bearer(revoked)).status_code == 401
