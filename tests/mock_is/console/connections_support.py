"""What the Connections browser tests share: REST set-up as the Console's own requests shape it, and a
recorder of the REST calls a page makes (method, path, body), to prove a click is the real Console's call."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, Request

from tests.mock_is.console.console_support import IsServer

IDP = "/api/server/v1/identity-providers"
APPS = "/api/server/v1/applications"
TWITTER_ID = "VHdpdHRlckF1dGhlbnRpY2F0b3I"


def tab_pane(page: Page) -> Locator:
    """The connection edit page's mounted tab pane (the ResourceTab wrapper's id: panes get none)."""
    return page.get_by_test_id("idp-edit-page-resource-tabs").get_by_test_id("resource-tab-pane")


def custom_connector(server: IsServer, name: str, description: str = "made over REST") -> str:
    """A Custom Connector created with the Console's own payload (the expert-mode template's idp)."""
    template = server.api.get("/api/server/v1/extensions/connections/expert-mode-idp/template").json()
    body = {**template["idp"], "name": name, "description": description, "templateId": "expert-mode-idp"}
    response = server.api.post(IDP, json=body)
    response.raise_for_status()
    return str(response.json()["id"])


def with_twitter(server: IsServer, idp_id: str, callback: str = "http://127.0.0.1:9/commonauth") -> None:
    """Add the Twitter authenticator as the Settings wizard's Finish does."""
    props = [
        {"key": "APIKey", "value": "key-1"},
        {"key": "APISecret", "value": "secret-1"},
        {"key": "callbackUrl", "value": callback},
    ]
    body = {"isDefault": True, "isEnabled": True, "properties": props}
    server.api.put(f"{IDP}/{idp_id}/federated-authenticators/{TWITTER_ID}", json=body).raise_for_status()


def delete_all_connections(server: IsServer) -> None:
    """Start from an empty list (the module's server is shared by its tests, in any order)."""
    for idp in server.api.get(IDP).json()["identityProviders"]:
        server.api.delete(f"{IDP}/{idp['id']}", params={"force": "true"}).raise_for_status()


@dataclass
class Call:
    """One REST call the page made."""

    method: str
    path: str
    query: str
    body: Any


@dataclass
class Calls:
    """The REST calls a page made under ``/api/``, in order."""

    seen: list[Call] = field(default_factory=list)

    def record(self, request: Request) -> None:
        """The page's ``request`` listener."""
        parts = urlsplit(request.url)
        if not parts.path.startswith("/api/"):
            return
        data = request.post_data
        self.seen.append(Call(request.method, parts.path, parts.query, json.loads(data) if data else None))

    def to(self, method: str, path_end: str) -> list[Call]:
        """The calls of ``method`` whose path ends with ``path_end``."""
        return [c for c in self.seen if c.method == method and c.path.endswith(path_end)]


def record_calls(page: Page) -> Calls:
    """Start recording the page's REST calls."""
    calls = Calls()
    page.on("request", calls.record)
    return calls
