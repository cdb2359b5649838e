"""What the Console's Custom Connector pages ask of the IdP API (console-audit-2026-12.md, server facts).

The Console posts the expert-mode template's ``idp`` (carbon-identity-framework ``expert-mode/template.json``,
connections.md §2c) with a blank default authenticator; IS accepts it (identity-api-server
``updateFederatedAuthenticatorConfig``: only a non-blank default must be in the list). The Settings tab's
Finish is a PUT of one authenticator with ``isDefault: true``, which must become the connection's default,
or the real Console sends a second PUT (settings-tab.md §2d).
"""

from __future__ import annotations

from typing import Any

from is_api_helpers import IDPS, TWITTER_ID, TestClient, create_idp, make_app

from mock_is.api.extensions import connection_template


def console_body(name: str = "X", description: str = "Log in with X") -> dict[str, Any]:
    """The body the expert-mode wizard posts: the template's idp plus name, description, templateId, image."""
    body: dict[str, Any] = connection_template(make_app().state.settings, "expert-mode-idp")["idp"]
    body.update(name=name, description=description, templateId="expert-mode-idp")
    body["image"] = "assets/images/logos/expert.svg"
    return body


def test_the_consoles_custom_connector_payload_is_accepted(client: TestClient) -> None:
    body = console_body()
    assert body["federatedAuthenticators"] == {"authenticators": [], "defaultAuthenticatorId": ""}
    assert body["provisioning"] == {}
    response = client.post(IDPS, json=body)
    assert response.status_code == 201, response.text
    assert response.headers["location"].rsplit("/", 1)[-1] == response.json()["id"]


def test_such_a_connection_reads_back_as_expert_mode_with_empty_arrays(client: TestClient) -> None:
    created = create_idp(client, console_body())
    got = client.get(f"{IDPS}/{created['id']}").json()
    assert got["templateId"] == "expert-mode-idp"
    assert got["federatedAuthenticators"] == {"authenticators": []}  # no default to report
    assert got["claims"]["mappings"] == [] and got["claims"]["provisioningClaims"] == []
    assert got["roles"]["mappings"] == [] and got["roles"]["outboundProvisioningRoles"] == []
    assert got["implicitAssociation"] == {"isEnabled": False, "lookupAttribute": []}
    assert got["provisioning"]["jit"]["isEnabled"] is False


def test_a_non_blank_default_must_still_be_listed(client: TestClient) -> None:
    body = console_body()
    body["federatedAuthenticators"]["defaultAuthenticatorId"] = TWITTER_ID
    response = client.post(IDPS, json=body)
    assert response.status_code == 400 and response.json()["code"] == "IDP-60027"
    body["federatedAuthenticators"]["defaultAuthenticatorId"] = "   "
    assert client.post(IDPS, json=body).status_code == 201


def test_put_with_is_default_sets_the_connections_default(client: TestClient) -> None:
    idp_id = create_idp(client, console_body())["id"]
    props = [{"key": "APIKey", "value": "k"}, {"key": "APISecret", "value": "s"}]
    put = client.put(
        f"{IDPS}/{idp_id}/federated-authenticators/{TWITTER_ID}",
        json={"isDefault": True, "isEnabled": True, "properties": props},
    )
    assert put.status_code == 200 and put.json()["isDefault"] is True
    listing = client.get(f"{IDPS}/{idp_id}").json()["federatedAuthenticators"]
    assert listing["defaultAuthenticatorId"] == TWITTER_ID
    assert [a["authenticatorId"] for a in listing["authenticators"]] == [TWITTER_ID]


def test_removing_the_last_authenticator_with_a_blank_default(client: TestClient) -> None:
    idp_id = create_idp(client, console_body())["id"]
    client.put(
        f"{IDPS}/{idp_id}/federated-authenticators/{TWITTER_ID}",
        json={"isDefault": True, "isEnabled": True, "properties": [{"key": "APIKey", "value": "k"}]},
    )
    response = client.put(
        f"{IDPS}/{idp_id}/federated-authenticators", json={"authenticators": [], "defaultAuthenticatorId": ""}
    )
    assert response.status_code == 200 and response.json() == {"authenticators": []}


def test_the_general_forms_patch_is_accepted(client: TestClient) -> None:
    idp_id = create_idp(client, console_body())["id"]
    ops = [
        {"operation": "REPLACE", "path": "/alias", "value": ""},
        {"operation": "REPLACE", "path": "/description", "value": "new"},
        {"operation": "REPLACE", "path": "/idpIssuerName", "value": ""},
        {
            "operation": "REPLACE",
            "path": "/isPrimary",
            "value": False,
        },  # a JSON boolean, as the form sends it
        {"operation": "REPLACE", "path": "/name", "value": "Y"},
    ]
    response = client.patch(f"{IDPS}/{idp_id}", json=ops)
    assert response.status_code == 200, response.text
    assert (response.json()["name"], response.json()["description"], response.json()["isPrimary"]) == (
        "Y",
        "new",
        False,
    )


def test_adding_an_issuer_that_exists_is_refused(client: TestClient) -> None:
    idp_id = create_idp(client, console_body())["id"]
    response = client.patch(
        f"{IDPS}/{idp_id}", json=[{"operation": "ADD", "path": "/idpIssuerName", "value": "i"}]
    )
    assert response.status_code == 400 and response.json()["code"] == "IDP-65005"


def test_the_wizards_name_filter_takes_a_value_with_spaces(client: TestClient) -> None:
    create_idp(client, console_body("Expert Mode"))
    found = client.get(IDPS, params={"filter": "name sw Expert Mode"}).json()
    assert [i["name"] for i in found["identityProviders"]] == ["Expert Mode"]
