"""An application's OIDC inbound configuration (``/applications/{id}/inbound-protocols/oidc``).

Held in ``store.oidc_configs[app_id]`` in the ``OpenIDConnectConfiguration`` shape, with the client
secret in place (the OIDC provider reads it there). ``clientId``/``clientSecret`` are generated when
not given (is-rest-api.md §2.2: "optional on create; the server generates them"); a public client has
no secret. Defaults follow a fresh IS 7 app: PKCE not mandatory, 3600 s tokens, 86400 s refresh.
"""

from __future__ import annotations

import copy
import secrets
import string
from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.api.lookup import stored_app
from mock_is.api.models import OpenIDConnectConfiguration, bind
from mock_is.store import Store

__all__ = [
    "delete_oidc",
    "generate_client_id",
    "generate_client_secret",
    "get_oidc",
    "oidc_record",
    "put_oidc",
    "regenerate_secret",
]

JSON = dict[str, Any]
_ALNUM = string.ascii_letters + string.digits


def generate_client_id() -> str:
    """A 28-character alphanumeric client id, the length and alphabet IS generates."""
    return "".join(secrets.choice(_ALNUM) for _ in range(28))


def generate_client_secret() -> str:
    """A 43-character URL-safe client secret (256 bits)."""
    return secrets.token_urlsafe(32)


def _defaults() -> JSON:
    return {
        "state": "ACTIVE",
        "allowedOrigins": [],
        "pkce": {"mandatory": False, "supportPlainTransformAlgorithm": False},
        "accessToken": {
            "type": "Default",
            "userAccessTokenExpiryInSeconds": 3600,
            "applicationAccessTokenExpiryInSeconds": 3600,
            "bindingType": "None",
            "revokeTokensWhenIDPSessionTerminated": False,
            "validateTokenBinding": False,
        },
        "refreshToken": {"expiryInSeconds": 86400, "renewRefreshToken": True},
        "idToken": {"expiryInSeconds": 3600, "audience": [], "encryption": {"enabled": False}},
        "logout": {},
        "validateRequestObjectSignature": False,
        "scopeValidators": [],
        "isFAPIApplication": False,
    }


def oidc_record(store: Store, body: Any, current: JSON | None = None, app_id: str | None = None) -> JSON:
    """The stored configuration for ``body`` (keeping the current client id/secret when not given)."""
    req = bind(OpenIDConnectConfiguration, body, "APP-60001")
    if "authorization_code" in req.grantTypes and not req.callbackURLs:
        raise IsApiError(
            400,
            "OAUTH-60001",
            "Invalid OAuth configuration.",
            "Callback URL is mandatory for the authorization_code grant type.",
        )
    record = _defaults() | req.model_dump(exclude_none=True)
    record.pop("state", None)
    record["state"] = "ACTIVE"
    record["clientId"] = req.clientId or (current or {}).get("clientId") or generate_client_id()
    _check_client_id_free(store, record["clientId"], app_id)
    if req.publicClient:
        record.pop("clientSecret", None)
    else:
        record["clientSecret"] = (
            req.clientSecret or (current or {}).get("clientSecret") or generate_client_secret()
        )
    return record


def _check_client_id_free(store: Store, client_id: str, app_id: str | None) -> None:
    owner = next((a for a, c in store.oidc_configs.items() if c.get("clientId") == client_id), None)
    if owner is not None and owner != app_id:
        raise IsApiError(
            409,
            "APP-60009",
            "Client id already exists.",
            f"An application with the client id {client_id} already exists.",
        )


def _config(store: Store, app_id: str) -> JSON:
    config = store.oidc_configs.get(app_id)
    if config is None:
        raise IsApiError(
            404,
            "APP-60502",
            "Inbound protocol not found.",
            f"Inbound protocol oidc is not configured for the application {app_id}.",
        )
    return config


def get_oidc(store: Store, app_id: str) -> JSON:
    """``GET .../inbound-protocols/oidc`` (``clientSecret`` included, as IS returns it)."""
    with store.lock:
        stored_app(store, app_id)
        return copy.deepcopy(_config(store, app_id))


def put_oidc(store: Store, app_id: str, body: Any) -> JSON:
    """``PUT .../inbound-protocols/oidc``: replace the configuration; the stored one is returned."""
    with store.lock:
        stored_app(store, app_id)
        record = oidc_record(store, body, store.oidc_configs.get(app_id), app_id)
        store.oidc_configs[app_id] = record
        return copy.deepcopy(record)


def delete_oidc(store: Store, app_id: str) -> None:
    """``DELETE .../inbound-protocols/oidc`` (204; a later GET is 404)."""
    with store.lock:
        stored_app(store, app_id)
        _config(store, app_id)
        del store.oidc_configs[app_id]


def regenerate_secret(store: Store, app_id: str) -> JSON:
    """``POST .../inbound-protocols/oidc/regenerate-secret``: a new secret, the configuration returned."""
    with store.lock:
        stored_app(store, app_id)
        config = _config(store, app_id)
        config["clientSecret"] = generate_client_secret()
        return copy.deepcopy(config)
