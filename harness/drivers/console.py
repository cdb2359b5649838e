"""``ConsoleDriver``: the documented configuration steps clicked through the Console, as the doc says.

Every click goes through the Console page objects (``harness.pages.console``), which look for the
doc's words first and report a ``LabelDrift`` when the deployment labels the control otherwise. The
admin's browser context is not the person's: an IS session cookie there would let the person's login
skip the login page.
"""

from __future__ import annotations

from collections.abc import Callable

from harness.drivers.base import AttributePlan
from harness.pages.console import ApplicationPage, ConnectionPage, Console
from harness.world import Application, Connection, World

__all__ = ["ConsoleDriver"]


class ConsoleDriver:
    """The ``ConfigDriver`` that uses the Console; ``open_console`` signs in and returns it (once)."""

    name = "console"

    def __init__(self, world: World, open_console: Callable[[], Console]) -> None:
        self.world = world
        self._open_console = open_console
        self._console: Console | None = None
        self._connection: ConnectionPage | None = None  # the connection page open last

    @property
    def console(self) -> Console:
        """The signed-in Console (signing in on first use)."""
        if self._console is None:
            self._console = self._open_console()
        return self._console

    def _connection_page(self, connection: Connection, step_id: str) -> ConnectionPage:
        """The connection's edit page: the one open, or Connections → select it → Set up."""
        if self._connection is not None and self._connection.connection_id == connection.id:
            return self._connection
        self._connection = self.console.connections().open_connection(connection.name, step_id)
        return self._connection

    def create_custom_connector(self, name: str, description: str) -> Connection:
        """Connections → Create Connection → Custom Connector → name, description → Finish."""
        self._connection = self.world.make(
            "connection",
            name,
            lambda: self.console.connections().create_custom_connector(name, description),
            lambda page: page.connection_id,
        )
        return Connection(self._connection.connection_id, name)

    def add_twitter_authenticator(
        self, connection: Connection, api_key: str, api_secret: str, callback_url: str
    ) -> None:
        """Settings → New Authenticator → Twitter → Next → the three fields → Finish."""
        self._connection_page(connection, "attr-2").add_twitter_authenticator(
            api_key, api_secret, callback_url
        )

    def set_jit(self, connection: Connection, enabled: bool) -> None:
        """Connections → the connection → Just-in-Time Provisioning → the checkbox → Update."""
        self._connection_page(connection, "jit-1").set_jit(enabled)

    def set_jit_association(self, connection: Connection, associate: bool) -> None:
        """JIT tab → "Associate provisioned users with existing local users" → Update."""
        self._connection_page(connection, "jit-1").set_jit_options(associate_local_user=associate)

    def add_sign_in_option(self, application: Application, connection: Connection, step: int) -> None:
        """Applications → the app → Login Flow → Add Sign In Option → the connection → Confirm → Update."""
        editor = self.console.applications().open_application(application.name).login_flow()
        while editor.steps() < step:
            editor.add_step()
        editor.add_sign_in_option(connection.name, step).update()

    def configure_attributes(self, connection: Connection, plan: AttributePlan) -> None:
        """Attributes tab: Add Attribute Mapping… Save, Subject Attribute, provisioning attributes, Update."""
        page = self._connection_page(connection, "attr-2")
        if plan.mappings:
            page.add_attribute_mappings(dict(plan.mappings))
        if plan.subject is not None:
            page.set_subject_attribute(plan.subject)
        if plan.provisioning:
            defaults = {name: value for name, value in plan.provisioning if value}
            page.select_provisioning_attributes([name for name, _ in plan.provisioning], defaults)
        page.update_attributes()

    def register_application(self, name: str, redirect_url: str) -> tuple[str, str, str]:
        """Applications → New Application → Traditional Web Application (OIDC) → Create."""
        page: ApplicationPage = self.world.make(
            "application",
            name,
            lambda: self.console.applications().create_traditional_web_app(name, redirect_url),
            lambda made: made.application_id,
        )
        return page.application_id, page.client_id(), page.client_secret()
