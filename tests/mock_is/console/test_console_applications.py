"""Applications, the Login Flow editor and Users as an admin walks them, checked through the REST API."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from playwright.sync_api import expect

from harness.pages.console import Console, LabelDrift
from mock_is import FederatedAssociation, LocalUser
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

IDP = "/api/server/v1/identity-providers"
APPS = "/api/server/v1/applications"
TWITTER = {
    "authenticatorId": "VHdpdHRlckF1dGhlbnRpY2F0b3I",
    "isEnabled": True,
    "isDefault": True,
    "properties": [{"key": "APIKey", "value": "k"}, {"key": "APISecret", "value": "s"}],
}


def _twitter_connection(server: IsServer, name: str) -> dict[str, Any]:
    body = {
        "name": name,
        "federatedAuthenticators": {
            "defaultAuthenticatorId": TWITTER["authenticatorId"],
            "authenticators": [TWITTER],
        },
    }
    response = server.api.post(IDP, json=body)
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def test_web_app_wizard_shows_the_client_credentials(console: Console, is_server: IsServer) -> None:
    app = console.applications().create_traditional_web_app("Pickup", "http://127.0.0.1:5000/callback")
    oidc = is_server.api.get(f"{APPS}/{app.application_id}/inbound-protocols/oidc").json()
    assert oidc["callbackURLs"] == ["http://127.0.0.1:5000/callback"]
    assert app.client_id() == oidc["clientId"]
    assert app.client_secret() == oidc["clientSecret"]
    assert "Pickup" in console.applications().names()


def test_login_flow_add_sign_in_option_and_update(
    console: Console, is_server: IsServer, watched: Watched, fresh: Watched, drifts: list[LabelDrift]
) -> None:
    _twitter_connection(is_server, "X-Login")
    app = console.applications().create_traditional_web_app("Flow-App", "http://127.0.0.1:5000/cb")
    editor = console.applications().open_application("Flow-App").login_flow()
    assert editor.options(1) == ["Username & Password"]
    editor.add_sign_in_option("X-Login").update()
    sequence = is_server.api.get(f"{APPS}/{app.application_id}").json()["authenticationSequence"]
    assert sequence["type"] == "USER_DEFINED"
    assert sequence["steps"] == [
        {
            "id": 1,
            "options": [
                {"idp": "LOCAL", "authenticator": "BasicAuthenticator"},
                {"idp": "X-Login", "authenticator": "TwitterAuthenticator"},
            ],
        }
    ]
    assert editor.options(1) == ["Username & Password", "Sign In With X-Login"]
    screenshot(watched.page, "login-flow-editor")
    assert console.connections().open_connection("X-Login").connected_apps() == ["Flow-App"]
    # The saved option reaches the login page users see (a new browser: no IS session yet).
    oidc = is_server.api.get(f"{APPS}/{app.application_id}/inbound-protocols/oidc").json()
    query = urlencode(
        {
            "client_id": oidc["clientId"],
            "response_type": "code",
            "scope": "openid",
            "redirect_uri": "http://127.0.0.1:5000/cb",
            "state": "s1",
        }
    )
    fresh.page.goto(f"{is_server.url}/oauth2/authorize?{query}")
    button = fresh.page.get_by_test_id("login-page-sign-in-with-X-Login")
    expect(button).to_contain_text("X-Login")
    screenshot(fresh.page, "login-page-with-x")
    assert ("login-2", "Confirm", "Add") in [(d.step_id, d.doc_words, d.deployment_words) for d in drifts]


def test_login_flow_second_step_and_revert(console: Console, is_server: IsServer) -> None:
    _twitter_connection(is_server, "X-Second")
    app = console.applications().create_traditional_web_app("Two-Steps", "http://127.0.0.1:5000/cb")
    editor = console.applications().open_application("Two-Steps").login_flow()
    editor.add_step().add_sign_in_option("X-Second", step=2).update()
    steps = is_server.api.get(f"{APPS}/{app.application_id}").json()["authenticationSequence"]["steps"]
    assert [[o["idp"] for o in s["options"]] for s in steps] == [["LOCAL"], ["X-Second"]]
    editor.revert_to_default()
    sequence = is_server.api.get(f"{APPS}/{app.application_id}").json()["authenticationSequence"]
    assert sequence["type"] == "DEFAULT" and editor.steps() == 1


def test_hash_deep_link_opens_the_login_flow_tab(watched: Watched, is_server: IsServer) -> None:
    created = is_server.api.post(APPS, json={"name": "Hash-App"})
    app_id = created.headers["Location"].rsplit("/", 1)[-1]
    watched.page.goto(f"{is_server.url}/console/applications/{app_id}#sign-in-method")
    expect(watched.page.locator('[data-componentid="authentication-flow-visual-editor"]')).to_be_visible()
    watched.page.goto(f"{is_server.url}/console/applications/{app_id}#tab=0")
    expect(watched.page.locator('[data-testid="application-edit-general-settings"]')).to_be_visible()


def test_users_list_userstores_and_jit_profile(console: Console, is_server: IsServer) -> None:
    scim = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "alice",
        "password": "Alice-pw-123!",
        "emails": [{"value": "alice@example.org", "primary": True}],
    }
    is_server.api.post("/scim2/Users", json=scim).raise_for_status()
    idp = _twitter_connection(is_server, "X-Users")
    # A JIT account in a secondary userstore, as the provisioning handler leaves it (test arrangement).
    jit = LocalUser(
        "xbob",
        {"http://wso2.org/claims/emailaddress": "bob@example.org", "http://wso2.org/claims/username": "xbob"},
        userstore="XUSERS",
    )
    is_server.store.add_user(jit)
    is_server.store.associations.append(FederatedAssociation(jit.id, idp["id"], "X-Users", "4242"))
    users = console.users()
    assert "alice" in users.usernames() and "xbob" not in users.usernames()
    assert users.search("ali").usernames() == ["alice"]
    users = console.users().select_userstore("XUSERS")
    assert users.usernames() == ["xbob"]
    profile = users.open_user("xbob")
    assert profile.attributes()["User Store"] == "XUSERS"
    assert profile.attributes()["Email"] == "bob@example.org"
    assert profile.linked_connections() == {"X-Users": "4242"}
