"""Settings of the IS simulator: where it is reached, its admin, and where its Twitter connector goes.

The four ``twitter4j_*`` URLs carry twitter4j 4.0.7's own property names (``oauth.requestTokenURL``,
``oauth.authenticationURL``, ``oauth.accessTokenURL``, ``restBaseURL``) because on a real IS those are
the only way to point the connector somewhere else (JVM flags ``-Dtwitter4j.<name>``; see
``x-authenticator.md`` §4). Their defaults are twitter4j's built-in ones.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Literal, TypedDict

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["SIMULATED_VERSION", "IsSettings", "Twitter4jUrls", "twitter4j_urls"]

# The IS release whose surfaces the simulator follows: WSO2's IS 7.1 OpenAPI specs and the notes in
# shared/reference (the report's header names it for the embedded target).
SIMULATED_VERSION = "7.1"


class Twitter4jUrls(TypedDict):
    """The ``IsSettings`` fields that say where the connector finds X (typed, so ``**`` unpacking checks)."""

    twitter4j_oauth_request_token_url: str
    twitter4j_oauth_authentication_url: str
    twitter4j_oauth_access_token_url: str
    twitter4j_rest_base_url: str


def twitter4j_urls(x_base: str) -> Twitter4jUrls:
    """The four ``twitter4j_*`` settings pointing the connector at the X served at ``x_base``: twitter4j's
    default paths (x-authenticator.md §1.2) on another host; ``restBaseURL`` must end with ``/`` (§4)."""
    base = x_base.rstrip("/")
    return Twitter4jUrls(
        twitter4j_oauth_request_token_url=f"{base}/oauth/request_token",
        twitter4j_oauth_authentication_url=f"{base}/oauth/authenticate",
        twitter4j_oauth_access_token_url=f"{base}/oauth/access_token",
        twitter4j_rest_base_url=f"{base}/1.1/",
    )


def _generated_password() -> str:
    return secrets.token_urlsafe(18)


class IsSettings(BaseSettings):
    """Configuration of one simulated IS 7.x deployment (super tenant ``carbon.super``)."""

    model_config = SettingsConfigDict(env_prefix="MOCK_IS_", frozen=False)

    public_url: str = "https://localhost:9443"
    admin_user: str = "admin"
    admin_password: str = Field(default_factory=_generated_password)
    tenant: str = "carbon.super"

    twitter4j_oauth_request_token_url: str = "https://api.twitter.com/oauth/request_token"
    twitter4j_oauth_authentication_url: str = "https://api.twitter.com/oauth/authenticate"
    twitter4j_oauth_access_token_url: str = "https://api.twitter.com/oauth/access_token"
    twitter4j_rest_base_url: str = "https://api.twitter.com/1.1/"
    twitter4j_ca_bundle: str | None = None

    # The IS release whose surfaces the simulator follows (mock_is/profiles.py): the JIT API's fields, the
    # account lookup and the Console the app under /console renders (mock_is/console/versions.py).
    release: Literal["7.0", "7.1", "7.2"] = "7.1"  # SIMULATED_VERSION
    # deployment.toml [authentication.jit_provisioning] (JITProvisioning.EnableEnhancedFeature,
    # associating_to_existing_user); both off on a default pack (server-audit-2026-12.md rows 3 and 4).
    jit_enable_enhanced_feature: bool = False
    jit_associating_to_existing_user: bool = False
    # deployment.toml [tenant_mgt] enable_email_domain: off on a default pack (product-is turns it on only for
    # its email-username tests, artifacts/IS/user/enable_email_username_deployment.toml; server audit row 1).
    email_usernames: bool = False

    # Which Login Flow editor the Console opens on: "visual" (a default pack: the framework's default
    # console.applications.disabled_features lists applications.loginFlow.legacyEditor) or "classic" (both
    # editors enabled, so authentication-flow-builder.tsx shows the Classic one first).
    console_login_flow_editor: Literal["classic", "visual"] = "visual"

    deviations: frozenset[str] = frozenset()

    @field_validator("deviations", mode="before")
    @classmethod
    def _known_deviations(cls, value: str | Iterable[str] | None) -> frozenset[str]:
        """Refuse a deviation name the simulator does not have, instead of silently ignoring it."""
        from mock_is.deviations import validate_deviations

        names = value.split(",") if isinstance(value, str) else (value or ())
        return validate_deviations(n.strip() for n in names if n.strip())

    def url(self, path: str) -> str:
        """Absolute public URL of ``path`` on this server."""
        return self.public_url.rstrip("/") + "/" + path.lstrip("/")

    def deviates(self, name: str) -> bool:
        """Whether the deviation ``name`` was switched on at start."""
        return name in self.deviations
