"""``/api/server/v1/userstores``: the secondary stores, shaped as identity-api-server's userstore.yaml."""

from __future__ import annotations

from fastapi import FastAPI
from is_api_helpers import IDPS, TestClient, twitter_body

from mock_is.api.userstores import userstore_id
from mock_is.store import LocalUser

STORES = "/api/server/v1/userstores"


def test_a_default_pack_lists_no_secondary_store(client: TestClient) -> None:
    response = client.get(STORES)
    assert response.status_code == 200
    assert response.json() == []


def test_a_store_a_user_lives_in_is_listed_with_its_base64url_id(app: FastAPI, client: TestClient) -> None:
    app.state.store.add_user(LocalUser("bob", userstore="XUSERS"))
    (item,) = client.get(STORES).json()
    assert item == {
        "id": "WFVTRVJT",
        "name": "XUSERS",
        "enabled": True,
        "description": "",
        "self": "/t/carbon.super/api/server/v1/userstores/WFVTRVJT",
        "typeName": "UniqueIDJDBCUserStoreManager",
        "isLocal": True,
    }
    assert userstore_id("XUSERS") == "WFVTRVJT"


def test_a_store_a_connection_provisions_into_is_listed(client: TestClient) -> None:
    body = twitter_body(
        provisioning={"jit": {"isEnabled": True, "userstore": "JIT", "scheme": "PROVISION_SILENTLY"}}
    )
    assert client.post(IDPS, json=body).status_code == 201
    assert [s["name"] for s in client.get(STORES).json()] == ["JIT"]


def test_one_store_has_the_properties_the_users_page_reads(app: FastAPI, client: TestClient) -> None:
    app.state.store.add_user(LocalUser("bob", userstore="XUSERS"))
    config = client.get(f"{STORES}/{userstore_id('XUSERS')}").json()
    assert config["name"] == "XUSERS"
    properties = {p["name"]: p["value"] for p in config["properties"]}
    assert properties["Disabled"] == "false" and properties["ReadOnly"] == "false"


def test_an_unknown_store_is_sus_60003(client: TestClient) -> None:
    for unknown in (userstore_id("NOPE"), userstore_id("PRIMARY"), "%%%"):
        response = client.get(f"{STORES}/{unknown}")
        assert response.status_code == 404
        assert response.json()["code"] == "SUS-60003"


def test_the_userstores_api_needs_the_admin(anonymous: TestClient) -> None:
    assert anonymous.get(STORES).status_code == 401
