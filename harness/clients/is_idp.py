"""``IdentityProviders``: IS's IdP ("connection") management API v1 (is-rest-api.md §1)."""

from __future__ import annotations

from typing import Any

import httpx

from harness.clients.is_http import check, json_of

__all__ = ["TWITTER_AUTHENTICATOR_ID", "TWITTER_AUTHENTICATOR_NAME", "IdentityProviders"]

JSON = dict[str, Any]
TWITTER_AUTHENTICATOR_NAME = "TwitterAuthenticator"
TWITTER_AUTHENTICATOR_ID = "VHdpdHRlckF1dGhlbnRpY2F0b3I"  # base64url("TwitterAuthenticator"), no padding
_BASE = "/api/server/v1/identity-providers"


class IdentityProviders:
    """Typed calls of ``/api/server/v1/identity-providers`` over a shared ``httpx.Client``."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def search(self, filter_: str | None = None, limit: int | None = None, offset: int = 0) -> list[JSON]:
        """Connections matching ``filter_`` (IS syntax, e.g. ``name eq "Twitter"``)."""
        params: dict[str, Any] = {"offset": offset}
        if filter_:
            params["filter"] = filter_
        if limit is not None:
            params["limit"] = limit
        items: list[JSON] = json_of(self._http.get(_BASE, params=params)).get("identityProviders", [])
        return items

    def find_by_name(self, name: str) -> JSON | None:
        """The connection named exactly ``name``, if any."""
        return next((i for i in self.search(f'name eq "{name}"') if i.get("name") == name), None)

    def create(self, body: JSON) -> JSON:
        """Create a connection from an ``IdentityProviderPOSTRequest``; the created connection."""
        created: JSON = json_of(self._http.post(_BASE, json=body))
        return created

    def create_connection(self, name: str, description: str = "", **fields: Any) -> JSON:
        """Create a bare connection (the Console's "Custom Connector")."""
        return self.create({"name": name, "description": description, **fields})

    def get(self, idp_id: str) -> JSON:
        """One connection."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{idp_id}"))
        return found

    def patch(self, idp_id: str, operations: list[JSON]) -> JSON:
        """Apply root-level PATCH operations (``{operation, path, value}``)."""
        patched: JSON = json_of(self._http.patch(f"{_BASE}/{idp_id}", json=operations))
        return patched

    def delete(self, idp_id: str, force: bool = False) -> None:
        """Delete a connection (``force`` when an application still uses it)."""
        params = {"force": "true"} if force else {}
        check(self._http.delete(f"{_BASE}/{idp_id}", params=params))

    def meta_federated_authenticators(self) -> list[JSON]:
        """The federated authenticators the server has installed."""
        listed: list[JSON] = json_of(self._http.get(f"{_BASE}/meta/federated-authenticators"))
        return listed

    def meta_federated_authenticator(self, authenticator_id: str) -> JSON:
        """One installed authenticator's metadata (its properties)."""
        found: JSON = json_of(self._http.get(f"{_BASE}/meta/federated-authenticators/{authenticator_id}"))
        return found

    def federated_authenticators(self, idp_id: str) -> JSON:
        """The connection's authenticator list (no properties)."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{idp_id}/federated-authenticators"))
        return found

    def get_federated_authenticator(self, idp_id: str, authenticator_id: str) -> JSON:
        """One authenticator of the connection, with its properties."""
        path = f"{_BASE}/{idp_id}/federated-authenticators/{authenticator_id}"
        found: JSON = json_of(self._http.get(path))
        return found

    def put_federated_authenticator(self, idp_id: str, authenticator_id: str, body: JSON) -> JSON:
        """Add or replace one authenticator (``FederatedAuthenticatorPUTRequest``)."""
        path = f"{_BASE}/{idp_id}/federated-authenticators/{authenticator_id}"
        saved: JSON = json_of(self._http.put(path, json=body))
        return saved

    def put_twitter_authenticator(
        self,
        idp_id: str,
        api_key: str,
        api_secret: str,
        callback_url: str | None = None,
        enabled: bool = True,
        default: bool = True,
    ) -> JSON:
        """Configure the Twitter authenticator as the Console's Finish does (is-console-ui.md §11)."""
        properties = [{"key": "APIKey", "value": api_key}, {"key": "APISecret", "value": api_secret}]
        if callback_url is not None:
            properties.append({"key": "callbackUrl", "value": callback_url})
        body = {"isEnabled": enabled, "isDefault": default, "properties": properties}
        return self.put_federated_authenticator(idp_id, TWITTER_AUTHENTICATOR_ID, body)

    def get_jit(self, idp_id: str) -> JSON:
        """JIT provisioning settings."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{idp_id}/provisioning/jit"))
        return found

    def replace_jit(self, idp_id: str, settings: JSON) -> JSON:
        """PUT ``provisioning/jit`` with ``settings`` as given (every field the release knows, 7.2's
        account lookup included); the stored settings."""
        saved: JSON = json_of(self._http.put(f"{_BASE}/{idp_id}/provisioning/jit", json=settings))
        return saved

    def change_jit(self, idp_id: str, **changes: Any) -> JSON:
        """Change some JIT settings, keeping the others as IS holds them."""
        return self.replace_jit(idp_id, {**self.get_jit(idp_id), **changes})

    def put_jit(
        self,
        idp_id: str,
        enabled: bool,
        scheme: str = "PROVISION_SILENTLY",
        userstore: str = "PRIMARY",
        associate_local_user: bool = False,
        attribute_sync_method: str = "OVERRIDE_ALL",
    ) -> JSON:
        """Replace JIT provisioning settings; the stored settings."""
        body = {
            "isEnabled": enabled,
            "scheme": scheme,
            "userstore": userstore,
            "associateLocalUser": associate_local_user,
            "attributeSyncMethod": attribute_sync_method,
        }
        saved: JSON = json_of(self._http.put(f"{_BASE}/{idp_id}/provisioning/jit", json=body))
        return saved

    def get_claims(self, idp_id: str) -> JSON:
        """Claim configuration (subject attribute, mappings, provisioning claims)."""
        found: JSON = json_of(self._http.get(f"{_BASE}/{idp_id}/claims"))
        return found

    def put_claims(self, idp_id: str, claims: JSON) -> JSON:
        """Replace the claim configuration; the stored configuration."""
        saved: JSON = json_of(self._http.put(f"{_BASE}/{idp_id}/claims", json=claims))
        return saved

    def connected_apps(self, idp_id: str) -> list[str]:
        """Ids of the applications whose login flow uses the connection."""
        found = json_of(self._http.get(f"{_BASE}/{idp_id}/connected-apps"))
        return [str(a["appId"]) for a in found.get("connectedApps", [])]
