"""The user associations API's federated associations (identity-api-user ``association.yaml``)."""

from __future__ import annotations

import base64

from fastapi import FastAPI
from is_api_helpers import TestClient, create_idp

from mock_is.store import FederatedAssociation, LocalUser, Store


def _linked_user(app: FastAPI, idp: dict[str, str]) -> LocalUser:
    store: Store = app.state.store
    user = store.add_user(LocalUser("jdoe", password="pw-of-jdoe"))
    store.associations.append(FederatedAssociation(user.id, idp["id"], idp["name"], "4012966701"))
    return user


def test_admin_lists_and_deletes_a_users_associations(app: FastAPI, client: TestClient) -> None:
    idp = create_idp(client)
    user = _linked_user(app, idp)
    listed = client.get(f"/api/users/v1/{user.id}/federated-associations").json()
    assert listed == [
        {
            "id": listed[0]["id"],
            "federatedUserId": "4012966701",
            "idp": {"id": idp["id"], "name": "Twitter", "displayName": "Twitter", "imageUrl": ""},
        }
    ]
    assert (
        client.delete(f"/api/users/v1/{user.id}/federated-associations/{listed[0]['id']}").status_code == 204
    )
    assert client.get(f"/api/users/v1/{user.id}/federated-associations").json() == []
    assert client.delete(f"/api/users/v1/{user.id}/federated-associations/nope").status_code == 404


def test_add_and_delete_all(app: FastAPI, client: TestClient) -> None:
    create_idp(client)
    user = app.state.store.add_user(LocalUser("kim"))
    url = f"/api/users/v1/{user.id}/federated-associations"
    assert client.post(url, json={"idp": "Twitter", "federatedUserId": "42"}).status_code == 204
    assert client.post(url, json={"idp": "Twitter", "federatedUserId": "42"}).status_code == 409
    assert client.post(url, json={"idp": "Nope", "federatedUserId": "43"}).status_code == 400
    assert len(client.get(url).json()) == 1
    assert client.delete(url).status_code == 204 and client.get(url).json() == []


def test_unknown_user_is_404(client: TestClient) -> None:
    response = client.get("/api/users/v1/no-such-user/federated-associations")
    assert response.status_code == 404 and "traceId" in response.json()


def test_me_uses_the_authenticated_user(app: FastAPI, client: TestClient, anonymous: TestClient) -> None:
    idp = create_idp(client)
    _linked_user(app, idp)
    basic = base64.b64encode(b"jdoe:pw-of-jdoe").decode()
    mine = anonymous.get(
        "/api/users/v1/me/federated-associations", headers={"Authorization": f"Basic {basic}"}
    )
    assert [a["federatedUserId"] for a in mine.json()] == ["4012966701"]
    assert client.get("/api/users/v1/me/federated-associations").json() == []  # the admin has none
    not_admin = anonymous.get("/api/server/v1/applications", headers={"Authorization": f"Basic {basic}"})
    assert not_admin.status_code == 401
