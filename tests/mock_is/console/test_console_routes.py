"""The Console's routes in-process (no browser): the sign-in redirect, the callback's checks, labels."""

from __future__ import annotations

import warnings
from urllib.parse import parse_qs, urlsplit

from harness.pages.console import LabelDrift
from mock_is import IsSettings, create_app
from mock_is.console.labels import LABELS_AS_DOCUMENTED, labels_for

with warnings.catch_warnings():
    # Starlette warns at import that it prefers httpx2; its TestClient works with httpx as installed.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PUBLIC = "https://is.example.test"


def _client() -> TestClient:
    return TestClient(create_app(IsSettings(public_url=PUBLIC)), base_url=PUBLIC, follow_redirects=False)


def test_a_page_without_session_redirects_to_authorize_with_pkce() -> None:
    with _client() as client:
        response = client.get("/console/connections?x=1")
    assert response.status_code == 302
    location = urlsplit(response.headers["location"])
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{PUBLIC}/oauth2/authorize"
    assert query["client_id"] == "CONSOLE" and query["response_type"] == "code"
    assert query["scope"] == "openid SYSTEM" and query["redirect_uri"] == f"{PUBLIC}/console/callback"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["state"]
    cookie = response.headers["set-cookie"]
    assert "path=/console" in cookie.lower() and "httponly" in cookie.lower() and "secure" in cookie.lower()


def test_callback_with_a_foreign_state_is_refused() -> None:
    with _client() as client:
        client.get("/console/users")
        response = client.get("/console/callback?code=abc&state=not-mine")
    assert response.status_code == 200
    assert "does not match" in response.text
    assert 'data-testid="console-signin-error-message"' in response.text


def test_callback_error_from_the_provider_is_shown() -> None:
    with _client() as client:
        response = client.get("/console/callback?error=access_denied&state=s")
    assert "access_denied" in response.text


def test_posts_without_session_go_to_sign_in_and_change_nothing() -> None:
    app = create_app(IsSettings(public_url=PUBLIC))
    with TestClient(app, base_url=PUBLIC, follow_redirects=False) as client:
        response = client.post("/console/connections/templates/expert-mode-idp", data={"name": "Sneaky"})
    assert response.status_code == 302 and "/oauth2/authorize?" in response.headers["location"]
    assert app.state.store.idp_by_name("Sneaky") is None


def test_labels_switch_between_the_console_and_the_doc() -> None:
    real = labels_for(IsSettings())
    doc = labels_for(IsSettings(deviations=frozenset({LABELS_AS_DOCUMENTED})))
    assert (real("new_connection"), doc("new_connection")) == ("New Connection", "Create Connection")
    assert (real("add_option_submit"), doc("add_option_submit")) == ("Add", "Confirm")


def test_drift_message_names_both_sides() -> None:
    drift = LabelDrift("login-2", "Confirm", "Add")
    assert drift.message() == 'login-2: the doc says "Confirm", the Console shows "Add"'
