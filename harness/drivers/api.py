"""``ApiDriver``: the documented configuration steps through IS's REST API (fast set-up, and a second
path the scenarios are proved on). Each verb is what the Console's own submit sends (is-console-ui.md §11).
"""

from __future__ import annotations

from typing import Any

from harness.drivers.base import AttributePlan, ShownAccount
from harness.drivers.claims import local_claim_uri
from harness.world import TWITTER_AUTHENTICATOR, Application, Connection, World

__all__ = ["ApiDriver"]


class ApiDriver:
    """The ``ConfigDriver`` that calls the REST API as the admin."""

    name = "api"

    def __init__(self, world: World) -> None:
        self.world = world
        self._idps = world.admin.identity_providers

    def create_custom_connector(self, name: str, description: str) -> Connection:
        """POST a bare connection, as the Custom Connector template does (no provisioning section)."""
        return self.world.custom_connector(name, description)

    def add_twitter_authenticator(
        self, connection: Connection, api_key: str, api_secret: str, callback_url: str
    ) -> None:
        """PUT the Twitter authenticator with the three documented parameters."""
        self._idps.put_twitter_authenticator(connection.id, api_key, api_secret, callback_url)

    def set_jit(self, connection: Connection, enabled: bool) -> None:
        """PUT ``provisioning/jit`` with ``isEnabled``, keeping the rest of the settings."""
        self._put_jit(connection, isEnabled=enabled)

    def set_jit_association(self, connection: Connection, associate: bool) -> None:
        """PUT ``provisioning/jit`` with ``associateLocalUser``, keeping the rest."""
        self._put_jit(connection, associateLocalUser=associate)

    def _put_jit(self, connection: Connection, **changes: Any) -> None:
        self._idps.change_jit(connection.id, **changes)

    def add_sign_in_option(self, application: Application, connection: Connection, step: int) -> None:
        """PATCH the application's ``authenticationSequence`` with the connection in ``step``."""
        self.world.admin.applications.add_sign_in_option(
            application.id, connection.name, TWITTER_AUTHENTICATOR, step
        )

    def configure_attributes(self, connection: Connection, plan: AttributePlan) -> None:
        """PUT ``claims``: mappings, ``userIdClaim`` (the subject) and ``provisioningClaims``."""
        self._idps.put_claims(connection.id, claims_body(plan))

    def register_application(self, name: str, redirect_url: str) -> tuple[str, str, str]:
        """POST an OIDC application; its id, client id and secret."""
        return self.world.oidc_application(name, redirect_url)

    def show_account(self, username: str) -> ShownAccount | None:
        """No Console is driven: the account is what SCIM answered, which the steps already checked."""
        return None


def claims_body(plan: AttributePlan) -> dict[str, Any]:
    """The ``Claims`` body the Console's Attributes "Update" sends for ``plan`` (is-console-ui.md §11 e)."""
    return {
        "userIdClaim": {"uri": plan.subject or ""},
        "roleClaim": {"uri": ""},
        "mappings": [
            {"idpClaim": ext, "localClaim": {"uri": local_claim_uri(local)}} for ext, local in plan.mappings
        ],
        "provisioningClaims": [
            {"claim": {"uri": ext}, "defaultValue": value} for ext, value in plan.provisioning
        ],
    }
