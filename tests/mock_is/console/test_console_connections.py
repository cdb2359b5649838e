"""The Connections pages as an admin walks them, each action checked through the REST API."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from harness.pages.console import Console, ConsoleError, LabelDrift
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

TWITTER_ID = "VHdpdHRlckF1dGhlbnRpY2F0b3I"
IDP = "/api/server/v1/identity-providers"


def test_deep_link_survives_sign_in(fresh: Watched, is_server: IsServer) -> None:
    page, watched = fresh.page, fresh
    page.goto(is_server.url + "/console/connections")
    expect(page.locator("#usernameUserInput")).to_be_visible()
    authorize = [u for u in watched.requests if "/oauth2/authorize?" in u]
    assert authorize and "client_id=CONSOLE" in authorize[0] and "code_challenge=" in authorize[0]
    screenshot(page, "login-page")
    Console(page, is_server.url).sign_in(
        is_server.settings.admin_user, is_server.settings.admin_password, path="/console/connections"
    )
    expect(page).to_have_url(re.compile(r"/console/connections$"))


def test_wrong_password_keeps_the_admin_out(fresh: Watched, is_server: IsServer) -> None:
    console = Console(fresh.page, is_server.url)
    with pytest.raises(ConsoleError, match="sign-in refused"):
        console.sign_in(is_server.settings.admin_user, "not-the-password", path="/console/users")
    expect(fresh.page.locator("#usernameUserInput")).to_be_visible()
    assert "/console/" not in fresh.page.url


def test_a_user_who_is_not_the_admin_is_refused(fresh: Watched, is_server: IsServer) -> None:
    user = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "carol",
        "password": "Carol-pw-1!",
    }
    is_server.api.post("/scim2/Users", json=user).raise_for_status()
    Console(fresh.page, is_server.url).sign_in("carol", "Carol-pw-1!", path="/console/connections")
    expect(fresh.page.get_by_test_id("console-signin-error-message")).to_contain_text("Only administrators")
    fresh.page.goto(is_server.url + "/console/connections")
    expect(fresh.page.locator('[data-testid="idp-page-layout"]')).to_have_count(0)


def test_custom_connector_with_twitter_authenticator(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    conn = console.connections().create_custom_connector("X", "Log in with X")
    assert "state=new" in watched.page.url
    created = is_server.api.get(f"{IDP}/{conn.connection_id}").json()
    assert (created["name"], created["description"], created["templateId"]) == (
        "X",
        "Log in with X",
        "expert-mode-idp",
    )

    conn.add_twitter_authenticator("key-123", "secret-456", "http://127.0.0.1:9/commonauth")
    saved = is_server.api.get(f"{IDP}/{conn.connection_id}/federated-authenticators/{TWITTER_ID}").json()
    props = {p["key"]: p["value"] for p in saved["properties"]}
    assert props == {
        "APIKey": "key-123",
        "APISecret": "secret-456",
        "callbackUrl": "http://127.0.0.1:9/commonauth",
    }
    shown = conn.authenticator_values()
    assert shown["APIKey"] == "key-123" and shown["APISecret"] == ""
    assert "secret-456" not in watched.page.content()
    assert conn.authenticator_field_is_read_only("callbackUrl")
    screenshot(watched.page, "connection-edit-settings")
    assert [(d.step_id, d.doc_words, d.deployment_words) for d in drifts] == [
        ("idp-2", "Create Connection", "New Connection"),
        ("idp-3", "Finish", "Create"),
    ]


def test_duplicate_connection_name_is_refused(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    is_server.api.post(IDP, json={"name": "Taken"}).raise_for_status()
    connections = console.connections()
    watched.page.goto(is_server.url + "/console/connections/templates?open=expert-mode-idp")
    dialog = watched.page.get_by_role("dialog")
    dialog.locator('input[name="name"]').fill("Taken")
    dialog.get_by_role("button", name="Create").click()
    expect(dialog.get_by_role("alert")).to_contain_text(
        "Identity Provider with the name: Taken already exists."
    )
    names = [i["name"] for i in is_server.api.get(IDP).json()["identityProviders"]]
    assert names.count("Taken") == 1
    assert connections is not None


def test_jit_off_by_default_then_on_then_off(console: Console, is_server: IsServer) -> None:
    conn = console.connections().create_custom_connector("JIT-Conn", "")
    jit_url = f"{IDP}/{conn.connection_id}/provisioning/jit"
    assert is_server.api.get(jit_url).json()["isEnabled"] is False
    assert conn.jit_enabled() is False
    conn.set_jit(True)
    assert is_server.api.get(jit_url).json()["isEnabled"] is True
    assert conn.jit_enabled() is True
    conn.set_jit_options(scheme="Provision silently", associate_local_user=True)
    jit = is_server.api.get(jit_url).json()
    assert (jit["scheme"], jit["associateLocalUser"], jit["userstore"]) == (
        "PROVISION_SILENTLY",
        True,
        "PRIMARY",
    )
    conn.set_jit(False)
    assert is_server.api.get(jit_url).json()["isEnabled"] is False


def test_attribute_mappings_subject_and_provisioning(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    created = is_server.api.post(IDP, json={"name": "Attr-Conn"}).json()
    conn = console.connections().open_connection("Attr-Conn")
    conn.add_attribute_mappings({"screen_name": "Username", "email": "http://wso2.org/claims/emailaddress"})
    conn.set_subject_attribute("screen_name")
    conn.select_provisioning_attributes(["email"], defaults={"email": "nobody@example.org"})
    conn.update_attributes()
    claims = is_server.api.get(f"{IDP}/{created['id']}/claims").json()
    assert {m["idpClaim"]: m["localClaim"]["uri"] for m in claims["mappings"]} == {
        "screen_name": "http://wso2.org/claims/username",
        "email": "http://wso2.org/claims/emailaddress",
    }
    assert claims["userIdClaim"]["uri"] == "screen_name"
    assert [(p["claim"]["uri"], p["defaultValue"]) for p in claims["provisioningClaims"]] == [
        ("email", "nobody@example.org")
    ]
    assert conn.attribute_mappings() == {"screen_name": "Username", "email": "Email"}
    screenshot(watched.page, "connection-edit-attributes")
    assert ("attr-3", "Identity Provider Attribute Mappings", "Connection Attribute Mappings") in [
        (d.step_id, d.doc_words, d.deployment_words) for d in drifts
    ]


def test_general_rename_and_delete(console: Console, is_server: IsServer) -> None:
    conn = console.connections().create_custom_connector("Old-Name", "old")
    conn.update_general("New-Name", "new")
    assert is_server.api.get(f"{IDP}/{conn.connection_id}").json()["name"] == "New-Name"
    idp_id = conn.connection_id
    conn.delete()
    assert is_server.api.get(f"{IDP}/{idp_id}").status_code == 404


def test_authenticator_wizard_requires_the_mandatory_fields(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    created = is_server.api.post(IDP, json={"name": "Empty-Fields"}).json()
    page = watched.page
    page.goto(f"{is_server.url}/console/connections/{created['id']}?tab=settings&wizard=select")
    page.get_by_test_id("authenticator-template-selection-TwitterAuthenticator").click()
    page.get_by_test_id("add-connection-modal-next-button").click()
    page.get_by_label("API Secret", exact=True).fill("typed-secret")
    page.get_by_test_id("add-connection-modal-finish-button").click()
    expect(page.get_by_role("alert").filter(has_text="API Key is required.")).to_be_visible()
    assert "typed-secret" not in page.content()
    authenticators = is_server.api.get(f"{IDP}/{created['id']}/federated-authenticators").json()
    assert authenticators.get("authenticators", []) == []
