"""The Console under deviations: the doc's words (no drift reported) and a login flow that is not saved."""

from __future__ import annotations

from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

DEVIATIONS = ("console-labels-as-documented", "login-flow-not-saved")
IDP = "/api/server/v1/identity-providers"
APPS = "/api/server/v1/applications"


def test_doc_words_leave_no_drift(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    conn = console.connections().create_custom_connector("Doc-X", "as documented")
    conn.add_twitter_authenticator("key", "secret", "http://127.0.0.1:9/commonauth")
    conn.add_attribute_mapping("screen_name", "Username").update_attributes()
    assert (
        is_server.api.get(f"{IDP}/{conn.connection_id}/claims").json()["mappings"][0]["idpClaim"]
        == "screen_name"
    )
    app = console.applications().create_traditional_web_app("Doc-App", "http://127.0.0.1:5000/cb")
    console.applications().open_application("Doc-App").login_flow().add_sign_in_option("Doc-X")
    screenshot(watched.page, "login-flow-editor-doc-labels")
    assert drifts == []
    assert app.application_id


def test_login_flow_not_saved_shows_the_stored_flow(console: Console, is_server: IsServer) -> None:
    body = {
        "name": "Unsaved-X",
        "federatedAuthenticators": {
            "defaultAuthenticatorId": "VHdpdHRlckF1dGhlbnRpY2F0b3I",
            "authenticators": [
                {
                    "authenticatorId": "VHdpdHRlckF1dGhlbnRpY2F0b3I",
                    "isEnabled": True,
                    "properties": [{"key": "APIKey", "value": "k"}, {"key": "APISecret", "value": "s"}],
                }
            ],
        },
    }
    is_server.api.post(IDP, json=body).raise_for_status()
    app = console.applications().create_traditional_web_app("Unsaved-App", "http://127.0.0.1:5000/cb")
    editor = console.applications().open_application("Unsaved-App").login_flow()
    editor.add_sign_in_option("Unsaved-X").update()
    sequence = is_server.api.get(f"{APPS}/{app.application_id}").json()["authenticationSequence"]
    assert sequence["type"] == "DEFAULT"
    assert editor.options(1) == ["Username & Password"]
