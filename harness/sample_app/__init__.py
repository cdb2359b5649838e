"""The sample application the doc's "Try it out" needs: an OIDC relying party with a Login button."""

from __future__ import annotations

from harness.sample_app.app import create_app
from harness.sample_app.clients import ClientRegistration, ClientRegistry, RegisteredClient
from harness.sample_app.logins import Login, LoginStore
from harness.sample_app.settings import SampleAppSettings

__all__ = [
    "ClientRegistration",
    "ClientRegistry",
    "Login",
    "LoginStore",
    "RegisteredClient",
    "SampleAppSettings",
    "create_app",
]
