"""Admin authentication (Basic, or a bearer token the OIDC side vouches for) and tenant-qualified paths."""

from __future__ import annotations

from fastapi import FastAPI
from is_api_helpers import ADMIN_PASSWORD, APPS, IDPS, TestClient, create_idp

from mock_is.api import Principal, register_bearer_validator, register_public_prefix


def test_missing_or_wrong_credentials_get_401_in_is_shape(anonymous: TestClient) -> None:
    for auth in (None, ("admin", "wrong"), ("someone", ADMIN_PASSWORD)):
        anonymous.auth = auth
        response = anonymous.get(IDPS)
        assert response.status_code == 401
        assert set(response.json()) == {"code", "message", "description", "traceId"}
        assert response.headers["www-authenticate"].startswith("Basic")


def test_scim_401_is_in_scim_shape(anonymous: TestClient) -> None:
    response = anonymous.get("/scim2/Users")
    assert response.status_code == 401
    assert response.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]


def test_garbage_authorization_headers_are_401(anonymous: TestClient) -> None:
    for header in ("Basic !!!", "Bearer ", "Digest x", "Basic " + "w6k="):
        assert anonymous.get(APPS, headers={"Authorization": header}).status_code == 401


def test_bearer_tokens_checked_by_registered_validator(app: FastAPI, anonymous: TestClient) -> None:
    tokens = {
        "admin-system": Principal("admin", frozenset({"openid", "SYSTEM"}), "bearer"),
        "admin-plain": Principal("admin", frozenset({"openid"}), "bearer"),
        "user-system": Principal("alice", frozenset({"SYSTEM"}), "bearer"),
    }
    register_bearer_validator(app, tokens.get)
    bearer = {name: {"Authorization": f"Bearer {name}"} for name in [*tokens, "unknown"]}
    assert anonymous.get(APPS, headers=bearer["admin-system"]).status_code == 200
    assert anonymous.get(APPS, headers=bearer["admin-plain"]).status_code == 401
    assert anonymous.get(APPS, headers=bearer["user-system"]).status_code == 401
    assert anonymous.get(APPS, headers=bearer["unknown"]).status_code == 401
    assert (
        anonymous.get("/api/users/v1/me/federated-associations", headers=bearer["admin-plain"]).status_code
        == 200
    )


def test_super_tenant_prefix_serves_the_same(client: TestClient) -> None:
    idp = create_idp(client)
    tenanted = client.get(f"/t/carbon.super{IDPS}/{idp['id']}")
    assert tenanted.status_code == 200 and tenanted.json() == client.get(f"{IDPS}/{idp['id']}").json()
    assert client.get("/t/carbon.super/scim2/Users").status_code == 200


def test_other_tenants_are_404_in_is_shape(client: TestClient) -> None:
    response = client.get(f"/t/wso2.com{IDPS}")
    assert response.status_code == 404 and set(response.json()) == {
        "code",
        "message",
        "description",
        "traceId",
    }


def test_unknown_api_path_is_404_in_is_shape(client: TestClient) -> None:
    response = client.get("/api/server/v1/nothing-here")
    assert response.status_code == 404 and "traceId" in response.json()


def test_public_prefixes_skip_authentication(app: FastAPI, anonymous: TestClient) -> None:
    register_public_prefix(app, "/api/identity/open")
    assert anonymous.get("/api/identity/open/anything").status_code == 404  # reached routing, not 401
    assert anonymous.get("/api/identity/closed").status_code == 401
