"""Application management API v1 as is-rest-api.md §2 describes it."""

from __future__ import annotations

from typing import Any

from is_api_helpers import APPS, TestClient, admin_client, create_idp, create_oidc_app, make_app

BASIC = {"idp": "LOCAL", "authenticator": "BasicAuthenticator"}
TWITTER = {"idp": "Twitter", "authenticator": "TwitterAuthenticator"}


def _flow(*steps: list[dict[str, str]], **extra: Any) -> dict[str, Any]:
    body = [{"id": n, "options": options} for n, options in enumerate(steps, start=1)]
    return {"authenticationSequence": {"type": "USER_DEFINED", "steps": body, **extra}}


def test_create_is_201_with_location_and_no_body(client: TestClient) -> None:
    response = client.post(APPS, json={"name": "pickup"})
    assert response.status_code == 201 and response.content == b""
    assert response.headers["location"].startswith(f"https://is.test:9443{APPS}/")


def test_new_app_defaults(client: TestClient) -> None:
    app = client.get(f"{APPS}/{create_oidc_app(client)}").json()
    assert app["authenticationSequence"]["type"] == "DEFAULT"
    assert app["authenticationSequence"]["steps"] == [{"id": 1, "options": [BASIC]}]
    assert (
        app["authenticationSequence"]["subjectStepId"]
        == app["authenticationSequence"]["attributeStepId"]
        == 1
    )
    assert app["claimConfiguration"]["subject"]["claim"]["uri"] == "http://wso2.org/claims/username"
    assert app["advancedConfigurations"]["skipLoginConsent"] is False
    assert app["inboundProtocols"][0]["type"] == "oauth2" and app["clientId"]


def test_duplicate_name_and_unknown_id(client: TestClient) -> None:
    create_oidc_app(client)
    duplicate = client.post(APPS, json={"name": "pickup"})
    assert (duplicate.status_code, duplicate.json()["code"]) == (409, "APP-60007")
    missing = client.get(f"{APPS}/nope")
    assert (missing.status_code, missing.json()["code"]) == (404, "APP-60006")
    assert client.post(APPS, json={"description": "no name"}).status_code == 400


def test_oidc_credentials_are_generated_and_kept(client: TestClient) -> None:
    app_id = create_oidc_app(client)
    url = f"{APPS}/{app_id}/inbound-protocols/oidc"
    oidc = client.get(url).json()
    assert len(oidc["clientId"]) == 28 and len(oidc["clientSecret"]) >= 32 and oidc["state"] == "ACTIVE"
    update = {"grantTypes": ["authorization_code"], "callbackURLs": ["https://app.test/other"]}
    updated = client.put(url, json=update).json()
    assert (updated["clientId"], updated["clientSecret"]) == (oidc["clientId"], oidc["clientSecret"])
    assert updated["callbackURLs"] == ["https://app.test/other"]
    regenerated = client.post(f"{url}/regenerate-secret").json()
    assert regenerated["clientSecret"] != oidc["clientSecret"]
    assert client.put(url, json={"grantTypes": ["authorization_code"]}).status_code == 400  # no callback
    assert client.put(url, json={"grantTypes": []}).status_code == 400
    assert client.delete(url).status_code == 204 and client.get(url).status_code == 404


def test_public_client_has_no_secret(client: TestClient) -> None:
    oidc = {"grantTypes": ["authorization_code"], "callbackURLs": ["https://a/cb"], "publicClient": True}
    response = client.post(APPS, json={"name": "spa", "inboundProtocolConfiguration": {"oidc": oidc}})
    app_id = response.headers["location"].rsplit("/", 1)[1]
    assert "clientSecret" not in client.get(f"{APPS}/{app_id}/inbound-protocols/oidc").json()


def test_patch_adds_twitter_to_the_login_flow(client: TestClient) -> None:
    create_idp(client)
    app_id = create_oidc_app(client)
    response = client.patch(f"{APPS}/{app_id}", json=_flow([BASIC, TWITTER]))
    assert response.status_code == 200 and response.content == b""
    sequence = client.get(f"{APPS}/{app_id}").json()["authenticationSequence"]
    assert sequence["type"] == "USER_DEFINED" and TWITTER in sequence["steps"][0]["options"]
    client.patch(f"{APPS}/{app_id}", json={"authenticationSequence": {"type": "DEFAULT"}})
    assert client.get(f"{APPS}/{app_id}").json()["authenticationSequence"]["steps"] == [
        {"id": 1, "options": [BASIC]}
    ]


def test_login_flow_validations(client: TestClient) -> None:
    create_idp(client)
    create_idp(client, {"name": "Bare"})
    app_id = create_oidc_app(client)
    bad = {
        "empty": {"authenticationSequence": {"type": "USER_DEFINED", "steps": []}},
        "empty step": {
            "authenticationSequence": {"type": "USER_DEFINED", "steps": [{"id": 1, "options": []}]}
        },
        "gap": {"authenticationSequence": {"type": "USER_DEFINED", "steps": [{"id": 2, "options": [BASIC]}]}},
        "subject step": _flow([BASIC], subjectStepId=2),
        "unknown idp": _flow([{"idp": "Nope", "authenticator": "TwitterAuthenticator"}]),
        "not on idp": _flow([{"idp": "Bare", "authenticator": "TwitterAuthenticator"}]),
        "unknown local": _flow([{"idp": "LOCAL", "authenticator": "Nope"}]),
    }
    for case, body in bad.items():
        response = client.patch(f"{APPS}/{app_id}", json=body)
        assert response.status_code == 400, case
        assert response.json()["code"] == "APP-60001", case
    assert client.get(f"{APPS}/{app_id}").json()["authenticationSequence"]["type"] == "DEFAULT"


def test_claim_configuration_and_consent(client: TestClient) -> None:
    app_id = create_oidc_app(client)
    claims = {
        "requestedClaims": [{"claim": {"uri": "http://wso2.org/claims/emailaddress"}, "mandatory": True}]
    }
    body = {"claimConfiguration": claims, "advancedConfigurations": {"skipLoginConsent": True}}
    assert client.patch(f"{APPS}/{app_id}", json=body).status_code == 200
    app = client.get(f"{APPS}/{app_id}").json()
    requested = app["claimConfiguration"]["requestedClaims"][0]
    assert requested["claim"]["displayName"] == "Email" and requested["mandatory"] is True
    assert app["advancedConfigurations"]["skipLoginConsent"] is True
    assert app["advancedConfigurations"]["skipLogoutConsent"] is False  # untouched fields kept
    contradiction = {"subject": {"useMappedLocalSubject": False, "mappedLocalSubjectMandatory": True}}
    assert client.patch(f"{APPS}/{app_id}", json={"claimConfiguration": contradiction}).status_code == 400


def test_list_filter_and_delete(client: TestClient) -> None:
    app_id = create_oidc_app(client)
    create_oidc_app(client, "other")
    found = client.get(APPS, params={"filter": "name eq pickup"}).json()
    assert [a["id"] for a in found["applications"]] == [app_id] and found["totalResults"] == 1
    everything = client.get(APPS).json()
    assert {"Console", "pickup", "other"} == {a["name"] for a in everything["applications"]}
    client_id = client.get(f"{APPS}/{app_id}/inbound-protocols/oidc").json()["clientId"]
    by_client = client.get(APPS, params={"filter": f"clientId eq {client_id}"}).json()
    assert by_client["applications"][0]["name"] == "pickup"
    assert client.delete(f"{APPS}/{app_id}").status_code == 204
    assert client.get(f"{APPS}/{app_id}").status_code == 404


def test_seeded_console_app(client: TestClient) -> None:
    console = client.get(APPS, params={"filter": "name eq Console"}).json()["applications"][0]
    oidc = client.get(f"{APPS}/{console['id']}/inbound-protocols/oidc").json()
    assert (
        oidc["clientId"] == "CONSOLE" and oidc["publicClient"] is True and oidc["pkce"]["mandatory"] is True
    )
    assert oidc["callbackURLs"] == ["https://is.test:9443/console"]
    assert client.get(f"{APPS}/{console['id']}").json()["advancedConfigurations"]["skipLoginConsent"] is True


def test_deviation_login_flow_not_saved_still_answers_200() -> None:
    with admin_client(make_app(deviations=frozenset({"login-flow-not-saved"}))) as client:
        create_idp(client)
        app_id = create_oidc_app(client)
        assert client.patch(f"{APPS}/{app_id}", json=_flow([BASIC, TWITTER])).status_code == 200
        assert client.get(f"{APPS}/{app_id}").json()["authenticationSequence"]["type"] == "DEFAULT"
