"""Validation of an authorization request, with IS's error routing (RFC 6749 §4.1.2.1, RFC 7636 §4.4.1).

An unknown client or a callback that does not match the registered one cannot be redirected back:
IS shows ``oauth2_error.do``. Every other error goes back to the client's callback with ``error``,
``error_description`` and ``state``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mock_is.authn.context import OidcRequest
from mock_is.store import Store

__all__ = ["AuthorizeError", "ValidatedRequest", "callback_matches", "validate_authorize"]

JSON = dict[str, Any]
_PKCE_CHALLENGE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


class AuthorizeError(Exception):
    """An invalid authorization request; ``redirect`` says whether it may go back to the client."""

    def __init__(self, error: str, description: str, redirect: bool) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.redirect = redirect
        self.redirect_uri = ""


@dataclass(frozen=True)
class ValidatedRequest:
    """A valid request: the application, its OIDC config and the parsed parameters."""

    app: JSON
    oidc: JSON
    request: OidcRequest


def callback_matches(registered: list[str], redirect_uri: str) -> bool:
    """IS's rule: an exact match, or a ``regexp=`` callback that matches the whole URI."""
    for callback in registered:
        if callback.startswith("regexp="):
            if re.fullmatch(callback.removeprefix("regexp="), redirect_uri):
                return True
        elif callback == redirect_uri:
            return True
    return False


def _client(store: Store, params: Mapping[str, str]) -> tuple[JSON, JSON, str]:
    client_id = params.get("client_id", "")
    found = store.application_by_client_id(client_id) if client_id else None
    if found is None:
        message = f"Cannot find an application associated with the given consumer key : {client_id}"
        raise AuthorizeError("invalid_client", message, redirect=False)
    app, oidc = found
    callbacks = list(oidc.get("callbackURLs") or [])
    redirect_uri = params.get("redirect_uri") or (callbacks[0] if len(callbacks) == 1 else "")
    if not redirect_uri or not callback_matches(callbacks, redirect_uri):
        raise AuthorizeError("invalid_callback", "callback.not.match", redirect=False)
    return app, oidc, redirect_uri


def _check_pkce(oidc: JSON, challenge: str | None, method: str | None) -> None:
    pkce = oidc.get("pkce") or {}
    if not challenge:
        if pkce.get("mandatory"):
            raise AuthorizeError(
                "invalid_request",
                "PKCE is mandatory for this application. PKCE Challenge is not provided or is not upto "
                "RFC 7636 specification.",
                redirect=True,
            )
        return
    if method not in (None, "plain", "S256") or not _PKCE_CHALLENGE.match(challenge):
        raise AuthorizeError("invalid_request", "Unsupported PKCE Challenge Method", redirect=True)
    if method in (None, "plain") and not pkce.get("supportPlainTransformAlgorithm", True):
        raise AuthorizeError(
            "invalid_request",
            'This application does not support "plain" transformation algorithm.',
            redirect=True,
        )


def validate_authorize(store: Store, params: Mapping[str, str]) -> ValidatedRequest:
    """Validate ``/oauth2/authorize``'s parameters; ``AuthorizeError`` says how to answer otherwise."""
    app, oidc, redirect_uri = _client(store, params)
    try:
        return _validated(app, oidc, redirect_uri, params)
    except AuthorizeError as exc:
        exc.redirect_uri = redirect_uri
        raise


def _validated(app: JSON, oidc: JSON, redirect_uri: str, params: Mapping[str, str]) -> ValidatedRequest:
    if params.get("response_type") != "code":
        raise AuthorizeError("unsupported_response_type", "Unsupported Response Type", redirect=True)
    if "authorization_code" not in (oidc.get("grantTypes") or []):
        raise AuthorizeError(
            "unauthorized_client",
            "The authenticated client is not authorized to use this authorization grant type",
            redirect=True,
        )
    challenge, method = params.get("code_challenge"), params.get("code_challenge_method")
    _check_pkce(oidc, challenge, method)
    request = OidcRequest(
        client_id=params["client_id"],
        redirect_uri=redirect_uri,
        scope=tuple(params.get("scope", "").split()),
        state=params.get("state"),
        nonce=params.get("nonce"),
        code_challenge=challenge,
        code_challenge_method=(method or "plain") if challenge else None,
        prompt=params.get("prompt"),
        response_mode=params.get("response_mode"),
    )
    return ValidatedRequest(app, oidc, request)
