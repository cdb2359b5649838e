"""What the Applications browser tests share: an OIDC application made over REST as the Console's wizard
shapes it, and its stored client credentials."""

from __future__ import annotations

from tests.mock_is.console.console_support import IsServer

APPS = "/api/server/v1/applications"
OIDC_WEB_APP = "b9c5e11e-fc78-484b-9bec-015d247561b8"


def oidc_web_app(server: IsServer, name: str, redirect_url: str = "http://127.0.0.1:9/callback") -> str:
    """A Traditional Web Application (OIDC) created with the minimal wizard's payload; its id."""
    body = {
        "name": name,
        "templateId": OIDC_WEB_APP,
        "advancedConfigurations": {
            "discoverableByEndUsers": False,
            "skipLogoutConsent": True,
            "skipLoginConsent": True,
        },
        "authenticationSequence": {
            "type": "DEFAULT",
            "steps": [{"id": 1, "options": [{"idp": "LOCAL", "authenticator": "basic"}]}],
        },
        "inboundProtocolConfiguration": {
            "oidc": {
                "grantTypes": ["authorization_code"],
                "publicClient": False,
                "callbackURLs": [redirect_url],
            }
        },
    }
    response = server.api.post(APPS, json=body)
    response.raise_for_status()
    return response.headers["location"].rsplit("/", 1)[-1]


def stored_oidc(server: IsServer, app_id: str) -> dict[str, object]:
    """The application's OIDC configuration as IS serves it (client id and secret included)."""
    body: dict[str, object] = server.api.get(f"{APPS}/{app_id}/inbound-protocols/oidc").json()
    return body


def find_app(server: IsServer, name: str) -> dict[str, object] | None:
    """The list item of the application called ``name``, or None."""
    found = server.api.get(APPS, params={"filter": f"name eq {name}"}).json()
    apps: list[dict[str, object]] = found.get("applications", [])
    return apps[0] if apps else None
