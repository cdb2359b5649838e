"""The sample application the doc's "Try it out" needs: an OIDC relying party with a Login button."""

from __future__ import annotations

from harness.sample_app.app import create_app
from harness.sample_app.clients import (
    ClientRegistration,
    ClientRegistry,
    RegisteredClient,
    callback_url,
    home_url,
)
from harness.sample_app.logins import Login, LoginStore
from harness.sample_app.settings import SampleAppSettings

__all__ = [
    "ClientRegistration",
    "ClientRegistry",
    "Login",
    "LoginStore",
    "RegisteredClient",
    "SampleAppSettings",
    "callback_url",
    "create_app",
    "home_url",
]
