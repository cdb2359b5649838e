"""The Developer Portal flow of the doc's "Register WSO2 Identity Server on X", and its validation."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import httpx
import pytest

from mock_x.mock import MockX
from mock_x.models import XUser
from mock_x.portal.validation import CALLBACK_REQUIRED, EMAIL_NEEDS_POLICIES, NOT_A_URL, WEBSITE_REQUIRED

GOOD = {
    "access_level": "read",
    "app_type": "web",
    "callback_url": "https://localhost:9443/commonauth",
    "website_url": "http://localhost.com:8080/pickup-dispatch/home.jsp",
}


def _text(page: httpx.Response, testid: str) -> str:
    match = re.search(rf'data-testid="{testid}"[^>]*>([^<]*)<', page.text)
    assert match, f"{testid} not on the page"
    return match.group(1)


def _sign_in(client: httpx.Client, user: XUser) -> None:
    hop = client.get("/portal/projects")
    assert hop.status_code == 302 and hop.headers["location"].startswith("/portal/login?continue=")
    answer = client.post(
        "/portal/login",
        data={
            "continue": "/portal/projects",
            "username_or_email": user.screen_name,
            "password": user.password,
        },
    )
    assert answer.headers["location"] == "/portal/projects"


def _create(client: httpx.Client, app_name: str = "WSO2 IS") -> httpx.Response:
    answers = {
        "project_name": "Conformance",
        "use_case": "Exploring the API",
        "description": "IS login",
        "app_name": app_name,
    }
    return client.post("/portal/projects/new", data={**answers, "step": "app_name"})


@pytest.fixture
def keys_page(client: httpx.Client, user: XUser) -> httpx.Response:
    """Signed in, a project and app created; the page that shows the keys once."""
    _sign_in(client, user)
    page = _create(client)
    assert page.status_code == 201
    return page


def test_wizard_steps_and_keys_shown_once(client: httpx.Client, user: XUser, mock: MockX) -> None:
    """Name → use case → description → app name; API Key, Secret and Bearer Token on the last page only."""
    _sign_in(client, user)
    step = client.get("/portal/projects/new")
    assert 'data-testid="project_name_input"' in step.text
    empty = client.post("/portal/projects/new", data={"step": "project_name", "project_name": ""})
    assert empty.status_code == 400 and "Project name is required." in empty.text
    step = client.post("/portal/projects/new", data={"step": "project_name", "project_name": "P1"})
    assert (
        'data-testid="project_use_case_select"' in step.text and 'name="project_name" value="P1"' in step.text
    )
    page = _create(client)
    key = _text(page, "api_key")
    app = mock.store.apps[key]
    assert (
        _text(page, "api_key_secret") == app.consumer_secret
        and _text(page, "bearer_token") == app.bearer_token
    )
    later = client.get(f"/portal/apps/{key}/keys")
    assert app.consumer_secret not in later.text and _text(later, "api_key_hint") == key[:4] + "…"
    assert 'data-app-name="WSO2 IS"' in client.get("/portal/projects").text


def test_set_up_user_authentication_as_the_doc_says(
    client: httpx.Client, keys_page: httpx.Response, mock: MockX
) -> None:
    """Web App + callback + website: Save shows the OAuth 2.0 Client ID and Secret; the app now works."""
    key = _text(keys_page, "api_key")
    settings = client.get(f"/portal/apps/{key}/settings")
    assert _text(settings, "user_auth_setup_button").strip() == "Set up"
    saved = client.post(f"/portal/apps/{key}/auth-settings", data=GOOD)
    assert saved.status_code == 200, saved.text
    app = mock.store.apps[key]
    assert (
        _text(saved, "oauth2_client_id") == app.client_id
        and _text(saved, "oauth2_client_secret") == app.client_secret
    )
    assert app.callback_urls == [GOOD["callback_url"]] and not app.request_email
    again = client.post(f"/portal/apps/{key}/auth-settings", data=GOOD)
    assert 'data-testid="oauth2_client_secret"' not in again.text  # shown once
    assert _text(client.get(f"/portal/apps/{key}/settings"), "user_auth_setup_button").strip() == "Edit"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"callback_url": ""}, CALLBACK_REQUIRED),
        ({"callback_url": "https://localhost:9443/commonauth?x=1"}, "cannot contain query strings"),
        ({"callback_url": "javascript://alert(1)"}, "scheme is not allowed"),
        ({"website_url": ""}, WEBSITE_REQUIRED),
        ({"website_url": "http://localhost:8080"}, NOT_A_URL),
        ({"website_url": "http://127.0.0.1:8080"}, NOT_A_URL),
        ({"request_email": "on"}, EMAIL_NEEDS_POLICIES),
        ({"app_type": ""}, "Choose the Type of App."),
    ],
)
def test_validation(
    client: httpx.Client, keys_page: httpx.Response, change: dict[str, str], message: str
) -> None:
    """x-protocol.md §4.3: the portal refuses these and says why."""
    key = _text(keys_page, "api_key")
    page = client.post(f"/portal/apps/{key}/auth-settings", data={**GOOD, **change})
    assert page.status_code == 400 and 'data-testid="form_error"' in page.text
    assert message.replace("'", "&#39;") in page.text


def test_at_most_ten_callbacks_and_email_with_policies(
    client: httpx.Client, keys_page: httpx.Response, mock: MockX
) -> None:
    """Eleven callbacks are refused; email permission saves with terms and privacy URLs."""
    key = _text(keys_page, "api_key")
    many = [("callback_url", f"https://app.example.org/cb{i}") for i in range(11)]
    form = [*[(k, v) for k, v in GOOD.items() if k != "callback_url"], *many]
    body = urlencode(form)
    refused = client.post(
        f"/portal/apps/{key}/auth-settings",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert refused.status_code == 400 and "up to 10 callback URLs" in refused.text
    policies = {
        "request_email": "on",
        "terms_url": "https://example.org/tos",
        "privacy_url": "https://example.org/privacy",
    }
    assert client.post(f"/portal/apps/{key}/auth-settings", data={**GOOD, **policies}).status_code == 200
    assert mock.store.apps[key].request_email


def test_add_another_callback_row(client: httpx.Client, keys_page: httpx.Response) -> None:
    """ "+ Add another URI / URL" re-renders the form with one more empty row, keeping what was typed."""
    key = _text(keys_page, "api_key")
    page = client.post(f"/portal/apps/{key}/auth-settings", data={**GOOD, "add_callback": "1"})
    assert page.text.count('data-testid="callback_url_input"') == 2 and GOOD["callback_url"] in page.text


def test_regenerate_invalidates_old_key(client: httpx.Client, keys_page: httpx.Response, mock: MockX) -> None:
    """The old API Key is gone; the new keys are shown once."""
    key = _text(keys_page, "api_key")
    page = client.post(f"/portal/apps/{key}/keys/regenerate")
    new_key = _text(page, "api_key")
    assert new_key != key and key not in mock.store.apps and new_key in mock.store.apps


def test_other_developers_apps_are_not_found(
    client: httpx.Client, keys_page: httpx.Response, mock: MockX
) -> None:
    """A second developer cannot open the first one's app."""
    key = _text(keys_page, "api_key")
    client.cookies.clear()
    _sign_in(client, mock.create_user())
    assert client.get(f"/portal/apps/{key}/settings").status_code == 404
    assert 'data-testid="no_projects"' in client.get("/portal/projects").text
