"""IdP management API v1 as is-rest-api.md §1 and x-authenticator.md §2 describe it."""

from __future__ import annotations

from is_api_helpers import IDPS, TWITTER_ID, TestClient, admin_client, create_idp, make_app, twitter_body


def test_meta_lists_twitter_with_its_properties(client: TestClient) -> None:
    listed = client.get(f"{IDPS}/meta/federated-authenticators").json()
    assert {"authenticatorId": TWITTER_ID, "name": "TwitterAuthenticator"}.items() <= listed[0].items()
    assert listed[0]["self"].endswith(f"/meta/federated-authenticators/{TWITTER_ID}")
    detail = client.get(f"{IDPS}/meta/federated-authenticators/{TWITTER_ID}").json()
    assert detail["displayName"] == "twitter"
    props = {p["key"]: p for p in detail["properties"]}
    assert list(props) == ["APIKey", "APISecret", "callbackUrl"]
    assert props["APISecret"]["isConfidential"] is True and props["APIKey"]["isConfidential"] is False
    assert props["APIKey"]["isMandatory"] and props["APISecret"]["isMandatory"]
    assert not props["callbackUrl"]["isMandatory"]
    assert [p["displayName"] for p in detail["properties"]] == ["API Key", "API Secret", "Callback URL"]


def test_meta_unknown_authenticator_is_404(client: TestClient) -> None:
    response = client.get(f"{IDPS}/meta/federated-authenticators/Tm9wZQ")
    assert response.status_code == 404 and response.json()["code"] == "IDP-60022"


def test_create_answers_201_location_and_full_body(client: TestClient) -> None:
    response = client.post(IDPS, json=twitter_body(isPrimary=True))
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"https://is.test:9443{IDPS}/{body['id']}"
    assert body["name"] == "Twitter" and body["isEnabled"] is True
    assert body["isPrimary"] is False  # forced on create
    assert body["federatedAuthenticators"]["defaultAuthenticatorId"] == TWITTER_ID
    listed = body["federatedAuthenticators"]["authenticators"][0]
    assert "properties" not in listed and listed["name"] == "TwitterAuthenticator"
    assert body["provisioning"]["jit"] == {
        "isEnabled": False,
        "scheme": "PROVISION_SILENTLY",
        "userstore": "PRIMARY",
        "associateLocalUser": False,
        "attributeSyncMethod": "OVERRIDE_ALL",
    }


def test_duplicate_name_is_409_idp_60001(client: TestClient) -> None:
    create_idp(client)
    response = client.post(IDPS, json=twitter_body())
    assert response.status_code == 409
    error = response.json()
    assert error["code"] == "IDP-60001"
    assert error["description"] == "Identity Provider with the name: Twitter already exists."
    assert set(error) == {"code", "message", "description", "traceId"}


def test_unknown_id_is_404_idp_60002(client: TestClient) -> None:
    response = client.get(f"{IDPS}/no-such-id")
    assert response.status_code == 404 and response.json()["code"] == "IDP-60002"


def test_bad_bodies_are_400_not_422(client: TestClient) -> None:
    assert client.post(IDPS, json={"description": "no name"}).status_code == 400
    assert (
        client.post(IDPS, content=b"{not json", headers={"content-type": "application/json"}).status_code
        == 400
    )
    bad_default = twitter_body()
    bad_default["federatedAuthenticators"]["defaultAuthenticatorId"] = "T3RoZXI"
    assert client.post(IDPS, json=bad_default).json()["code"] == "IDP-60027"


def test_duplicate_properties_are_refused(client: TestClient) -> None:
    body = twitter_body()
    props = body["federatedAuthenticators"]["authenticators"][0]["properties"]
    props.append({"key": "APIKey", "value": "again"})
    response = client.post(IDPS, json=body)
    assert response.status_code == 400 and response.json()["code"] == "IDP-60025"
    assert response.json()["description"] == (
        "One of the given inputs is invalid. Duplicate properties are found in the request."
    )


def test_sso_is_the_only_reserved_name(client: TestClient) -> None:
    refused = client.post(IDPS, json=twitter_body(name="SSO"))
    assert refused.status_code == 400 and refused.json()["code"] == "IDP-60025"
    for name in ("LOCAL", "SHARE_WITH_ORGANIZATION"):  # IS checks "SSO" alone (server audit row 9)
        assert client.post(IDPS, json=twitter_body(name=name)).status_code == 201, name


def test_list_filters_and_pages(client: TestClient) -> None:
    for name in ("Twitter", "Twitter two", "Google"):
        create_idp(client, twitter_body(name))
    found = client.get(IDPS, params={"filter": 'name sw "twit"'}).json()
    assert [i["name"] for i in found["identityProviders"]] == ["Twitter", "Twitter two"]
    assert set(found["identityProviders"][0]) == {"id", "name", "description", "isEnabled", "image", "self"}
    page = client.get(IDPS, params={"limit": 1, "offset": 1}).json()
    assert page["totalResults"] == 3 and page["count"] == 1 and page["startIndex"] == 2
    assert {link["rel"] for link in page["links"]} == {"next", "previous"}
    none = client.get(IDPS, params={"filter": 'name eq "nobody"'}).json()
    assert none["totalResults"] == 0 and none["count"] == 0
    assert client.get(IDPS, params={"filter": "name zz x"}).json()["code"] == "IDP-65055"
    with_auth = client.get(IDPS, params={"requiredAttributes": "federatedAuthenticators"}).json()
    assert "federatedAuthenticators" in with_auth["identityProviders"][0]


def test_patch_replaces_root_fields(client: TestClient) -> None:
    idp = create_idp(client)
    ops = [
        {"operation": "REPLACE", "path": "/description", "value": "changed"},
        {"operation": "REPLACE", "path": "/isEnabled", "value": "false"},
    ]
    response = client.patch(f"{IDPS}/{idp['id']}", json=ops)
    assert response.status_code == 200
    assert response.json()["description"] == "changed" and response.json()["isEnabled"] is False
    bad = client.patch(
        f"{IDPS}/{idp['id']}", json=[{"operation": "REPLACE", "path": "/claims", "value": "x"}]
    )
    assert bad.status_code == 400
    create_idp(client, twitter_body("Other"))
    clash = client.patch(
        f"{IDPS}/{idp['id']}", json=[{"operation": "REPLACE", "path": "/name", "value": "Other"}]
    )
    assert clash.status_code == 409


def test_delete_is_204_and_refused_while_an_app_uses_it(client: TestClient) -> None:
    idp = create_idp(client)
    app_id = _app_with_twitter(client)
    in_use = client.delete(f"{IDPS}/{idp['id']}")
    assert in_use.status_code == 400
    connected = client.get(f"{IDPS}/{idp['id']}/connected-apps").json()
    assert [a["appId"] for a in connected["connectedApps"]] == [app_id]
    assert client.delete(f"{IDPS}/{idp['id']}", params={"force": "true"}).status_code == 204
    assert client.get(f"{IDPS}/{idp['id']}").status_code == 404


def _app_with_twitter(client: TestClient) -> str:
    from is_api_helpers import APPS, create_oidc_app

    app_id = create_oidc_app(client)
    options = [
        {"idp": "LOCAL", "authenticator": "BasicAuthenticator"},
        {"idp": "Twitter", "authenticator": "TwitterAuthenticator"},
    ]
    sequence = {"type": "USER_DEFINED", "steps": [{"id": 1, "options": options}]}
    assert client.patch(f"{APPS}/{app_id}", json={"authenticationSequence": sequence}).status_code == 200
    return app_id


def test_federated_authenticator_put_and_get(client: TestClient) -> None:
    idp = create_idp(client, {"name": "X"})
    assert client.get(f"{IDPS}/{idp['id']}/federated-authenticators").json() == {"authenticators": []}
    props = [
        {"key": "APIKey", "value": "k"},
        {"key": "APISecret", "value": "s"},
        {"key": "callbackUrl", "value": "c"},
    ]
    url = f"{IDPS}/{idp['id']}/federated-authenticators/{TWITTER_ID}"
    saved = client.put(url, json={"isEnabled": True, "isDefault": True, "properties": props})
    assert saved.status_code == 200 and saved.json()["properties"] == props
    # [GAP] choice (idp_parts.py): the confidential value is returned as stored.
    assert client.get(url).json()["properties"] == props
    listing = client.get(f"{IDPS}/{idp['id']}/federated-authenticators").json()
    assert listing["defaultAuthenticatorId"] == TWITTER_ID
    unknown = client.put(f"{IDPS}/{idp['id']}/federated-authenticators/Tm9wZQ", json={"properties": []})
    assert unknown.status_code == 404 and unknown.json()["code"] == "IDP-60022"


def test_jit_get_put_with_defaults(client: TestClient) -> None:
    idp = create_idp(client)
    url = f"{IDPS}/{idp['id']}/provisioning/jit"
    assert client.get(url).json()["isEnabled"] is False
    saved = client.put(url, json={"isEnabled": True}).json()
    assert saved == {
        "isEnabled": True,
        "scheme": "PROVISION_SILENTLY",
        "userstore": "PRIMARY",
        "associateLocalUser": False,
        "attributeSyncMethod": "OVERRIDE_ALL",
    }
    assert client.get(url).json() == saved
    assert client.put(url, json={"isEnabled": True, "scheme": "NOPE"}).status_code == 400
    assert client.put(url, json={"scheme": "PROVISION_SILENTLY"}).status_code == 400  # isEnabled required


def test_claims_put_validates_as_is_does(client: TestClient) -> None:
    idp = create_idp(client)
    url = f"{IDPS}/{idp['id']}/claims"
    mapping = {"idpClaim": "screen_name", "localClaim": {"uri": "http://wso2.org/claims/username"}}
    good = {
        "userIdClaim": {"uri": "screen_name"},
        "mappings": [mapping],
        "provisioningClaims": [{"claim": {"uri": "screen_name"}, "defaultValue": "x"}],
    }
    saved = client.put(url, json=good).json()
    assert saved["mappings"][0]["localClaim"]["displayName"] == "Username"
    assert client.get(url).json() == saved
    assert saved["userIdClaim"] == {"uri": "screen_name"}  # IdP-side: no id, no displayName (audit row 8)
    blank = {**good, "provisioningClaims": [{"claim": {"uri": "screen_name"}, "defaultValue": " "}]}
    assert client.put(url, json=blank).json()["provisioningClaims"] == []  # listed only with a default
    assert client.get(url).json()["provisioningClaims"] == []
    client.put(url, json=good)
    cases = {
        "IDP-60030": {"userIdClaim": {"uri": "id"}, "mappings": [mapping]},
        "IDP-60031": {"roleClaim": {"uri": "groups"}, "mappings": [mapping]},
        "IDP-60032": {"mappings": [{"idpClaim": "a", "localClaim": {"uri": "http://wso2.org/claims/nope"}}]},
        "IDP-60033": {"userIdClaim": {"uri": "screen_name"}},
        "IDP-60034": {"roleClaim": {"uri": "groups"}},
    }
    for code, body in cases.items():
        response = client.put(url, json=body)
        assert (response.status_code, response.json()["code"]) == (400, code)


def test_deviation_api_secret_not_saved_drops_only_the_secret() -> None:
    with admin_client(make_app(deviations=frozenset({"api-secret-not-saved"}))) as client:
        idp = create_idp(client)
        stored = client.get(f"{IDPS}/{idp['id']}/federated-authenticators/{TWITTER_ID}").json()
    assert [p["key"] for p in stored["properties"]] == ["APIKey", "callbackUrl"]


def test_deviation_jit_default_on() -> None:
    with admin_client(make_app(deviations=frozenset({"jit-default-on"}))) as client:
        idp = create_idp(client)
        explicit = create_idp(client, twitter_body("Off", provisioning={"jit": {"isEnabled": False}}))
    assert idp["provisioning"]["jit"]["isEnabled"] is True
    assert explicit["provisioning"]["jit"]["isEnabled"] is False


def test_roles_groups_and_implicit_association(client: TestClient) -> None:
    base = f"{IDPS}/{create_idp(client)['id']}"
    roles = {"mappings": [{"idpRole": "x-admins", "localRole": "admin"}], "outboundProvisioningRoles": []}
    assert client.put(f"{base}/roles", json=roles).json() == roles == client.get(f"{base}/roles").json()
    groups = client.put(f"{base}/groups", json=[{"name": "followers"}]).json()
    assert groups[0]["name"] == "followers" and groups[0]["id"]
    assert client.get(f"{base}/groups").json() == groups
    assert client.put(f"{base}/groups", json=[{"name": "a"}, {"name": "a"}]).status_code == 400
    association = {"isEnabled": True, "lookupAttribute": ["http://wso2.org/claims/emailaddress"]}
    assert client.put(f"{base}/implicit-association", json=association).json() == association
    assert client.get(f"{base}/implicit-association").json() == association
