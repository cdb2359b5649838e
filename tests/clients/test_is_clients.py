"""The harness's IS REST clients, end to end against the simulator over HTTP."""

from __future__ import annotations

import logging
import uuid

import httpx
import pytest

from harness.clients import TWITTER_AUTHENTICATOR_ID, IsAdmin, IsRequestError
from harness.clients.is_http import REDACTED, redact
from harness.targets.server import BackgroundServer


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_connection_lifecycle_with_twitter(admin: IsAdmin) -> None:
    idps = admin.identity_providers
    assert any(m["authenticatorId"] == TWITTER_AUTHENTICATOR_ID for m in idps.meta_federated_authenticators())
    assert idps.meta_federated_authenticator(TWITTER_AUTHENTICATOR_ID)["name"] == "TwitterAuthenticator"
    name = _name("X")
    idp = idps.create_connection(name, "X login")
    assert idps.find_by_name(name) is not None and idps.get(idp["id"])["name"] == name
    saved = idps.put_twitter_authenticator(idp["id"], "key", "secret", "https://is.test/commonauth")
    assert [p["key"] for p in saved["properties"]] == ["APIKey", "APISecret", "callbackUrl"]
    got = idps.get_federated_authenticator(idp["id"], TWITTER_AUTHENTICATOR_ID)
    assert got["isEnabled"] and got["isDefault"]
    assert idps.federated_authenticators(idp["id"])["defaultAuthenticatorId"] == TWITTER_AUTHENTICATOR_ID
    assert idps.get_jit(idp["id"])["isEnabled"] is False
    assert idps.put_jit(idp["id"], True, associate_local_user=True)["associateLocalUser"] is True
    claims = {
        "userIdClaim": {"uri": "screen_name"},
        "mappings": [{"idpClaim": "screen_name", "localClaim": {"uri": "http://wso2.org/claims/username"}}],
    }
    assert idps.put_claims(idp["id"], claims)["userIdClaim"]["uri"] == "screen_name"
    assert idps.get_claims(idp["id"])["mappings"][0]["idpClaim"] == "screen_name"
    assert (
        idps.patch(idp["id"], [{"operation": "REPLACE", "path": "/description", "value": "d"}])["description"]
        == "d"
    )
    idps.delete(idp["id"])
    assert idps.find_by_name(name) is None


def test_errors_carry_is_codes(admin: IsAdmin) -> None:
    name = _name("Dup")
    idp = admin.identity_providers.create_connection(name)
    with pytest.raises(IsRequestError) as conflict:
        admin.identity_providers.create_connection(name)
    assert (conflict.value.status, conflict.value.code) == (409, "IDP-60001")
    with pytest.raises(IsRequestError) as missing:
        admin.applications.get("no-such-app")
    assert missing.value.code == "APP-60006" and missing.value.message
    with pytest.raises(IsRequestError) as scim:
        admin.users.get("no-such-user")
    assert scim.value.status == 404
    admin.identity_providers.delete(idp["id"])


def test_wrong_password_is_a_typed_401(is_server: BackgroundServer) -> None:
    with IsAdmin(is_server.url, "admin", "wrong") as intruder, pytest.raises(IsRequestError) as denied:
        intruder.applications.search()
    assert denied.value.status == 401


def test_application_flow(admin: IsAdmin) -> None:
    idp_name = _name("Twitter")
    idp = admin.identity_providers.create_connection(idp_name)
    admin.identity_providers.put_twitter_authenticator(idp["id"], "k", "s")
    apps = admin.applications
    app_id = apps.create_oidc_app(
        _name("app"), ["https://app.test/cb"], requested_claims=["http://wso2.org/claims/emailaddress"]
    )
    credentials = apps.oidc_credentials(app_id)
    assert credentials.client_id and credentials.client_secret
    assert credentials.client_secret not in repr(credentials)
    assert apps.authentication_sequence(app_id)["type"] == "DEFAULT"
    apps.add_sign_in_option(app_id, idp_name, "TwitterAuthenticator")
    options = apps.authentication_sequence(app_id)["steps"][0]["options"]
    assert options == [
        {"idp": "LOCAL", "authenticator": "BasicAuthenticator"},
        {"idp": idp_name, "authenticator": "TwitterAuthenticator"},
    ]
    assert admin.identity_providers.connected_apps(idp["id"]) == [app_id]
    with pytest.raises(IsRequestError) as in_use:
        admin.identity_providers.delete(idp["id"])
    assert in_use.value.status == 400
    apps.delete(app_id)
    admin.identity_providers.delete(idp["id"])


def test_users_and_associations(admin: IsAdmin) -> None:
    user_name = _name("alice")
    created = admin.users.create(user_name, "Passw0rd!", email=f"{user_name}@example.org", given_name="Alice")
    assert admin.users.find_by_username(user_name) == created
    assert [u["id"] for u in admin.users.find_by_email(f"{user_name}@example.org")] == [created["id"]]
    patched = admin.users.patch(created["id"], [{"op": "replace", "path": "name.givenName", "value": "Al"}])
    assert patched["name"]["givenName"] == "Al"
    idp = admin.identity_providers.create_connection(_name("Twitter"))
    admin.associations.add(created["id"], idp["name"], "4012966701")
    links = admin.associations.of_user(created["id"])
    assert [(a["idp"]["name"], a["federatedUserId"]) for a in links] == [(idp["name"], "4012966701")]
    admin.associations.delete(created["id"], links[0]["id"])
    assert admin.associations.of_user(created["id"]) == []
    assert admin.associations.mine() == []
    admin.users.delete(created["id"])
    assert admin.users.find_by_username(user_name) is None
    admin.identity_providers.delete(idp["id"])


def test_secrets_never_reach_the_log(admin: IsAdmin, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="harness.clients.is")
    idp = admin.identity_providers.create_connection(_name("X"))
    admin.identity_providers.put_twitter_authenticator(idp["id"], "visible-key", "very-secret-value")
    user = admin.users.create(_name("u"), "user-password-123")
    assert "visible-key" in caplog.text
    assert "very-secret-value" not in caplog.text and "user-password-123" not in caplog.text
    assert REDACTED in caplog.text
    admin.users.delete(user["id"])
    admin.identity_providers.delete(idp["id"])


def test_redact_by_key_and_property_pair() -> None:
    data = {
        "clientSecret": "x",
        "nested": [{"key": "APISecret", "value": "y"}, {"key": "APIKey", "value": "k"}],
    }
    assert redact(data) == {
        "clientSecret": REDACTED,
        "nested": [{"key": "APISecret", "value": REDACTED}, {"key": "APIKey", "value": "k"}],
    }


def test_transport_is_injectable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"].startswith("Basic ")
        assert request.url.path == "/t/carbon.super/api/server/v1/applications"
        return httpx.Response(201, headers={"Location": "https://is/api/server/v1/applications/abc"})

    with IsAdmin("https://is/t/carbon.super", "admin", "pw", transport=httpx.MockTransport(handler)) as admin:
        assert admin.applications.create({"name": "n"}) == "abc"


def test_concurrent_creates_of_one_name_make_exactly_one(admin: IsAdmin) -> None:
    from concurrent.futures import ThreadPoolExecutor

    name = _name("Race")

    def attempt(_: int) -> int:
        try:
            admin.identity_providers.create_connection(name)
            return 201
        except IsRequestError as err:
            return err.status

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(attempt, range(10)))
    assert sorted(statuses) == [201] + [409] * 9
    found = admin.identity_providers.find_by_name(name)
    assert found is not None
    admin.identity_providers.delete(found["id"])
