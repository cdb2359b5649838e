"""``Applications``: IS's application management API v1 (is-rest-api.md §2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from harness.clients.is_http import check, id_from_location, json_of

__all__ = ["Applications", "OidcCredentials"]

JSON = dict[str, Any]
_BASE = "/api/server/v1/applications"


@dataclass(frozen=True)
class OidcCredentials:
    """An application's OAuth client id and secret (``None`` for a public client)."""

    client_id: str
    client_secret: str | None

    def __repr__(self) -> str:
        hidden = "'***'" if self.client_secret else "None"
        return f"OidcCredentials(client_id={self.client_id!r}, client_secret={hidden})"


class Applications:
    """Typed calls of ``/api/server/v1/applications`` over a shared ``httpx.Client``."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def search(self, filter_: str | None = None, limit: int = 30, offset: int = 0) -> list[JSON]:
        """Applications matching ``filter_`` (e.g. ``name eq pickup``)."""
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if filter_:
            params["filter"] = filter_
        items: list[JSON] = json_of(self._http.get(_BASE, params=params)).get("applications", [])
        return items

    def find_by_name(self, name: str) -> JSON | None:
        """The application named exactly ``name``, if any."""
        return next((a for a in self.search(f'name eq "{name}"') if a.get("name") == name), None)

    def create(self, body: JSON) -> str:
        """Create an application (``ApplicationModel``); its id, from the ``Location`` header."""
        return id_from_location(self._http.post(_BASE, json=body))

    def create_oidc_app(
        self,
        name: str,
        callback_urls: Sequence[str],
        *,
        grant_types: Sequence[str] = ("authorization_code", "refresh_token"),
        public_client: bool = False,
        pkce_mandatory: bool = False,
        skip_login_consent: bool = True,
        requested_claims: Sequence[str] = (),
    ) -> str:
        """Create an OIDC application (the doc's "application"); its id."""
        oidc = {
            "grantTypes": list(grant_types),
            "callbackURLs": list(callback_urls),
            "publicClient": public_client,
            "pkce": {"mandatory": pkce_mandatory, "supportPlainTransformAlgorithm": False},
        }
        body: JSON = {
            "name": name,
            "inboundProtocolConfiguration": {"oidc": oidc},
            "advancedConfigurations": {"skipLoginConsent": skip_login_consent, "skipLogoutConsent": True},
        }
        if requested_claims:
            claims = [{"claim": {"uri": uri}, "mandatory": False} for uri in requested_claims]
            body["claimConfiguration"] = {"dialect": "LOCAL", "requestedClaims": claims}
        return self.create(body)

    def get(self, app_id: str) -> JSON:
        """One application."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{app_id}"))
        return found

    def patch(self, app_id: str, body: JSON) -> None:
        """Partial update (``ApplicationPatchModel``); IS answers 200 with no body."""
        check(self._http.patch(f"{_BASE}/{app_id}", json=body))

    def delete(self, app_id: str) -> None:
        """Delete an application."""
        check(self._http.delete(f"{_BASE}/{app_id}"))

    def oidc(self, app_id: str) -> JSON:
        """The OIDC inbound configuration."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{app_id}/inbound-protocols/oidc"))
        return found

    def put_oidc(self, app_id: str, config: JSON) -> JSON:
        """Replace the OIDC inbound configuration."""
        saved: JSON = json_of(self._http.put(f"{_BASE}/{app_id}/inbound-protocols/oidc", json=config))
        return saved

    def oidc_credentials(self, app_id: str) -> OidcCredentials:
        """The client id and secret IS generated for the application."""
        config = self.oidc(app_id)
        return OidcCredentials(str(config["clientId"]), config.get("clientSecret"))

    def authentication_sequence(self, app_id: str) -> JSON:
        """The application's login flow."""
        sequence: JSON = self.get(app_id)["authenticationSequence"]
        return sequence

    def set_authentication_sequence(self, app_id: str, sequence: JSON) -> None:
        """Replace the login flow (as the Console's Update does, is-console-ui.md §11 "f update")."""
        self.patch(app_id, {"authenticationSequence": sequence})

    def add_sign_in_option(self, app_id: str, idp_name: str, authenticator: str, step: int = 1) -> None:
        """Add ``{idp, authenticator}`` to a step of the flow, keeping the options already there."""
        sequence = self.authentication_sequence(app_id)
        steps = [{"id": s["id"], "options": list(s["options"])} for s in sequence.get("steps", [])]
        target = next((s for s in steps if s["id"] == step), None)
        if target is None:
            target = {"id": step, "options": []}
            steps.append(target)
        option = {"idp": idp_name, "authenticator": authenticator}
        if option not in target["options"]:
            target["options"].append(option)
        self.set_authentication_sequence(
            app_id,
            {
                "type": "USER_DEFINED",
                "steps": steps,
                "subjectStepId": sequence.get("subjectStepId", 1),
                "attributeStepId": sequence.get("attributeStepId", 1),
            },
        )

    def patch_claim_configuration(self, app_id: str, claim_configuration: JSON) -> None:
        """Replace parts of the application's claim configuration (requested claims, subject)."""
        self.patch(app_id, {"claimConfiguration": claim_configuration})
