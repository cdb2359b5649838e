"""REST clients the harness steps use: IS's management APIs (``IsAdmin`` and its parts)."""

from __future__ import annotations

from harness.clients.is_admin import IsAdmin
from harness.clients.is_apps import Applications, OidcCredentials
from harness.clients.is_http import IsRequestError
from harness.clients.is_idp import TWITTER_AUTHENTICATOR_ID, TWITTER_AUTHENTICATOR_NAME, IdentityProviders
from harness.clients.is_users import FederatedAssociations, ScimUsers

__all__ = [
    "TWITTER_AUTHENTICATOR_ID",
    "TWITTER_AUTHENTICATOR_NAME",
    "Applications",
    "FederatedAssociations",
    "IdentityProviders",
    "IsAdmin",
    "IsRequestError",
    "OidcCredentials",
    "ScimUsers",
]
