"""The admin's sign-in to the simulated Console, as a browser walks it, and the shell it lands in."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from harness.pages.console import Console, ConsoleError
from tests.mock_is.console.console_support import IsServer, Watched, screenshot


def _authorize_query(watched: Watched) -> dict[str, str]:
    authorize = [u for u in watched.requests if "/oauth2/authorize?" in u]
    assert authorize, "the Console never sent the browser to /oauth2/authorize"
    return {k: v[0] for k, v in parse_qs(urlsplit(authorize[0]).query).items()}


def test_deep_link_survives_sign_in(fresh: Watched, is_server: IsServer) -> None:
    page = fresh.page
    page.goto(is_server.url + "/console/connections")
    expect(page.locator("#usernameUserInput")).to_be_visible()
    query = _authorize_query(fresh)
    assert (query["client_id"], query["response_mode"], query["scope"]) == (
        "CONSOLE",
        "form_post",
        "openid SYSTEM profile",
    )
    assert query["redirect_uri"] == is_server.url + "/console"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    screenshot(page, "login-page")
    Console(page, is_server.url).sign_in(
        is_server.settings.admin_user, is_server.settings.admin_password, path="/console/connections"
    )
    expect(page).to_have_url(re.compile(r"/console/connections$"))


def test_the_root_lands_on_home(fresh: Watched, is_server: IsServer) -> None:
    Console(fresh.page, is_server.url).sign_in(
        is_server.settings.admin_user, is_server.settings.admin_password, path="/console"
    )
    expect(fresh.page).to_have_url(re.compile(r"/console/getting-started$"))
    expect(fresh.page.locator('[data-componentid="getting-started-page-layout"]')).to_be_visible()


def test_wrong_password_keeps_the_admin_out(fresh: Watched, is_server: IsServer) -> None:
    console = Console(fresh.page, is_server.url)
    with pytest.raises(ConsoleError, match="sign-in refused"):
        console.sign_in(is_server.settings.admin_user, "not-the-password", path="/console/users")
    expect(fresh.page.locator("#usernameUserInput")).to_be_visible()
    assert "/console/" not in fresh.page.url


def test_a_user_who_is_not_the_admin_is_not_authorized(fresh: Watched, is_server: IsServer) -> None:
    user = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "carol",
        "password": "Carol-pw-1!",
    }
    is_server.api.post("/scim2/Users", json=user).raise_for_status()
    with pytest.raises(ConsoleError, match="You are not authorized"):
        Console(fresh.page, is_server.url).sign_in("carol", "Carol-pw-1!", path="/console/connections")
    expect(fresh.page).to_have_url(re.compile(r"/console/unauthorized\?error=access_denied$"))
    expect(fresh.page.get_by_test_id("app-header-user-avatar")).to_have_count(0)
    screenshot(fresh.page, "console-unauthorized")


def test_a_second_tab_signs_in_through_the_sso_session(watched: Watched, is_server: IsServer) -> None:
    console = Console(watched.page, is_server.url).sign_in(
        is_server.settings.admin_user, is_server.settings.admin_password
    )
    expect(watched.page.locator("#usernameUserInput")).to_have_count(0)
    assert console.page.get_by_test_id("side-panel-items-users").count() == 0  # inside the closed group
    screenshot(watched.page, "console-shell")


def test_an_authorization_response_is_collected_once(is_server: IsServer) -> None:
    with httpx.Client(base_url=is_server.url, trust_env=False) as client:
        posted = client.post("/console", data={"code": "c1", "state": "s1"})
        assert posted.status_code == 200 and 'id="root"' in posted.text
        assert client.get("/console/auth").json() == {"code": "c1", "state": "s1"}
        assert client.get("/console/auth").json() == {}
