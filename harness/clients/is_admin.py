"""``IsAdmin``: the IS REST clients bundled around one admin ``httpx.Client``."""

from __future__ import annotations

from types import TracebackType

import httpx

from harness.clients.is_apps import Applications
from harness.clients.is_http import build_http
from harness.clients.is_idp import IdentityProviders
from harness.clients.is_users import FederatedAssociations, ScimUsers

__all__ = ["IsAdmin"]


class IsAdmin:
    """Every IS API the harness calls, as the admin; the same code drives the simulator and a real IS."""

    def __init__(
        self,
        base_url: str,
        user: str,
        password: str,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.http = build_http(base_url, user, password, verify=verify, timeout=timeout, transport=transport)
        self.identity_providers = IdentityProviders(self.http)
        self.applications = Applications(self.http)
        self.users = ScimUsers(self.http)
        self.associations = FederatedAssociations(self.http)

    def close(self) -> None:
        """Close the underlying HTTP client."""
        self.http.close()

    def __enter__(self) -> IsAdmin:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
