"""What the Login Flow browser tests share: an application and a Twitter connection made over REST, the
application's edit page opened on its URL, and the stored login flow."""

from __future__ import annotations

from typing import Any

from harness.pages.console import Console
from harness.pages.console.application import ApplicationPage
from tests.mock_is.console.applications_support import APPS, oidc_web_app
from tests.mock_is.console.connections_support import custom_connector, with_twitter
from tests.mock_is.console.console_support import IsServer

BASIC = {"idp": "LOCAL", "authenticator": "BasicAuthenticator"}


def app_and_twitter(server: IsServer, app_name: str, connection: str) -> str:
    """An OIDC application (default login flow) and a Custom Connector with Twitter; the application's id."""
    with_twitter(server, custom_connector(server, connection))
    return oidc_web_app(server, app_name)


def edit_page(console: Console, server: IsServer, app_id: str, name: str) -> ApplicationPage:
    """The application's edit page, opened on its URL (the Applications list is another surface's)."""
    console.page.goto(f"{server.url}/console/applications/{app_id}")
    return ApplicationPage(console.page, server.url, console.on_drift).wait(name)


def stored_sequence(server: IsServer, app_id: str) -> dict[str, Any]:
    """The application's ``authenticationSequence`` as IS serves it."""
    body: dict[str, Any] = server.api.get(f"{APPS}/{app_id}").json()["authenticationSequence"]
    return body


def twitter_option(connection: str) -> dict[str, str]:
    """The step option the Console adds for the connection: its name, its default authenticator's name."""
    return {"idp": connection, "authenticator": "TwitterAuthenticator"}
