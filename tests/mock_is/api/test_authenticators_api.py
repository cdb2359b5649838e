"""The Authenticators API and the connection-template extensions the Console's Connections pages read."""

from __future__ import annotations

import pytest
from is_api_helpers import IDPS, TestClient, admin_client, create_idp, make_app, twitter_body

AUTHENTICATORS = "/api/server/v1/authenticators"
TEMPLATES = "/api/server/v1/extensions/connections"


def test_local_authenticators_come_first_then_one_item_per_connection(client: TestClient) -> None:
    twitter = create_idp(client)
    bare = create_idp(client, {"name": "Bare", "description": "no authenticator"})
    listed = client.get(AUTHENTICATORS).json()
    assert [(a["name"], a["type"]) for a in listed] == [
        ("BasicAuthenticator", "LOCAL"),
        ("Bare", "FEDERATED"),
        ("Twitter", "FEDERATED"),
    ]
    basic, bare_item, twitter_item = listed
    assert basic["id"] == "QmFzaWNBdXRoZW50aWNhdG9y" and basic["definedBy"] == "SYSTEM"
    assert basic["self"] == "/t/carbon.super/api/server/v1/configs/authenticators/QmFzaWNBdXRoZW50aWNhdG9y"
    assert twitter_item["id"] == twitter["id"] and twitter_item["tags"] == ["Social-Login"]
    assert twitter_item["self"] == f"/t/carbon.super{IDPS}/{twitter['id']}"
    assert (twitter_item["isEnabled"], twitter_item["definedBy"]) == (True, "SYSTEM")
    assert bare_item["id"] == bare["id"] and "tags" not in bare_item
    assert bare_item["description"] == "no authenticator"


def test_filters_by_name_and_tag(client: TestClient) -> None:
    create_idp(client)
    create_idp(client, {"name": "Twin"})
    by_name = client.get(AUTHENTICATORS, params={"filter": "name sw Tw"}).json()
    assert [a["name"] for a in by_name] == ["Twin", "Twitter"]
    assert [a["name"] for a in client.get(AUTHENTICATORS, params={"filter": "name eq twitter"}).json()] == [
        "Twitter"
    ]
    tagged = client.get(AUTHENTICATORS, params={"filter": "name sw Tw and (tag eq Social-Login)"}).json()
    assert [a["name"] for a in tagged] == ["Twitter"]
    username = client.get(AUTHENTICATORS, params={"filter": "name sw Username"}).json()
    assert [a["name"] for a in username] == ["BasicAuthenticator"]  # local ones match on the display name


@pytest.mark.parametrize(
    ("filter_", "status", "code"),
    [
        ("name co Tw", 501, "AUT-65005"),
        ("tag sw Social", 501, "AUT-65004"),
        ("type eq LOCAL", 400, "AUT-60002"),
        ("name", 400, "AUT-60001"),
        ("name sw a and name sw b", 501, "AUT-65006"),
    ],
)
def test_refuses_what_the_service_refuses(client: TestClient, filter_: str, status: int, code: str) -> None:
    response = client.get(AUTHENTICATORS, params={"filter": filter_})
    assert (response.status_code, response.json()["code"]) == (status, code)


def test_paging_is_not_implemented(client: TestClient) -> None:
    response = client.get(AUTHENTICATORS, params={"limit": 10})
    assert response.status_code == 501 and response.json()["code"] == "AUT-65009"


def test_tags(client: TestClient) -> None:
    assert client.get(f"{AUTHENTICATORS}/meta/tags").json() == ["Social-Login"]


def test_a_disabled_authenticator_lends_no_tags(client: TestClient) -> None:
    body = twitter_body()
    body["federatedAuthenticators"]["authenticators"][0]["isEnabled"] = False
    create_idp(client, body)
    item = client.get(AUTHENTICATORS).json()[-1]
    assert item["name"] == "Twitter" and "tags" not in item
    assert client.get(AUTHENTICATORS, params={"filter": "tag eq Social-Login"}).json() == []


@pytest.mark.parametrize(
    ("release", "description", "tags"),
    [
        ("7.1", "Create a new Connection with minimum configurations.", []),
        ("7.2", "Enable login for users with built-in connectors and plug-in authenticators.", ["Custom"]),
    ],
)
def test_the_custom_connector_template(release: str, description: str, tags: list[str]) -> None:
    with admin_client(make_app(release=release)) as client:
        (item,) = client.get(TEMPLATES).json()
        assert item == {
            "id": "expert-mode-idp",
            "name": "Expert Mode",
            "description": description,
            "image": "assets/images/logos/expert.svg",
            "displayOrder": 11,
            "tags": tags,
            "category": "DEFAULT",
            "type": "MANUAL",
            "self": f"https://is.test:9443{TEMPLATES}/expert-mode-idp",
        }
        template = client.get(f"{TEMPLATES}/expert-mode-idp/template").json()
        assert (template["templateId"], template["name"], template["description"]) == (
            "expert-mode-idp",
            "Expert Mode",
            description,
        )
        assert list(template["idp"])[:3] == ["alias", "idpIssuerName", "certificate"]
        assert client.get(f"{TEMPLATES}/expert-mode-idp").json()["displayName"] == "Expert Mode"


def test_unknown_templates_and_metadata_are_404(client: TestClient) -> None:
    assert client.get(f"{TEMPLATES}/google-idp").json()["code"] == "EXT-60001"
    assert client.get(f"{TEMPLATES}/google-idp/template").json()["code"] == "EXT-60002"
    response = client.get(f"{TEMPLATES}/expert-mode-idp/metadata")
    assert response.status_code == 404 and response.json()["code"] == "EXT-60003"


def test_the_configs_api_lists_the_local_authenticators_for_the_login_flow(client: TestClient) -> None:
    create_idp(client)  # a connection is not a local authenticator
    listed = client.get("/api/server/v1/configs/authenticators").json()
    assert [(a["id"], a["name"], a["displayName"], a["isEnabled"], a["type"]) for a in listed] == [
        ("QmFzaWNBdXRoZW50aWNhdG9y", "BasicAuthenticator", "Username & Password", True, "LOCAL")
    ]
