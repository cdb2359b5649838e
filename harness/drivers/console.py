"""``ConsoleDriver``: the documented configuration steps clicked through the Console, as the doc says.

Every click goes through the Console page objects (``harness.pages.console``), which look for the
doc's words first and report a ``LabelDrift`` when the deployment labels the control otherwise. The
admin's browser context is not the person's: an IS session cookie there would let the person's login
skip the login page.

The application the doc assumes is registered through the Console too (``ApplicationsPage``: the list, the
templates page, the minimal create wizard; the Protocol tab gives its client id and secret).

Every documented step has a page object built on the real Console's structure: the JIT tab's on
identity-apps' JIT form (``harness/pages/console/jit.py``), the Attributes tab's on its attribute
settings (``attributes.py``) and the Login Flow's on both of its editors (``login_flow.py``). No step
falls back to REST: a surface without a page object has no place in this driver.
"""

from __future__ import annotations

from collections.abc import Callable

from harness.checks.accounts import split_user_name
from harness.drivers.base import AttributePlan, ShownAccount
from harness.pages.console import ConnectionPage, Console
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
        """Connections → the connection (jit-1); Just-in-Time Provisioning tab → checkbox → Update."""
        self._connection_page(connection, "jit-1").set_jit(enabled)

    def set_jit_association(self, connection: Connection, associate: bool) -> None:
        """JIT tab → "Associate provisioned users with existing local users" → Update (the Console
        renders that checkbox in a sub-organization only: elsewhere the page object raises)."""
        self._connection_page(connection, "jit-1").set_jit_options(associate_local_user=associate)

    def add_sign_in_option(self, application: Application, connection: Connection, step: int) -> None:
        """Applications → the application → Login Flow → Add Sign In Option in ``step`` (login-1) → the
        connection → Add (login-2) → Update (login-3), in whichever editor the Console shows."""
        page = self.console.applications("login-1").open_application(application.name)
        self._connection = None  # the browser has left the connection's page
        page.add_sign_in_option(connection.name, step)

    def configure_attributes(self, connection: Connection, plan: AttributePlan) -> None:
        """Connections → the connection (attr-2); Attributes tab: mappings (Save), Subject Attribute,
        provisioning attributes → Update (attr-3..attr-8)."""
        self._connection_page(connection, "attr-2").configure_attributes(plan)

    def register_application(self, name: str, redirect_url: str) -> tuple[str, str, str]:
        """Applications → New Application → Traditional Web Application → name, OpenID Connect, redirect URL
        → Create; the client id and secret read from the new application's Protocol tab.

        The doc assumes the application exists (login-app-registered, a note naming no control), so there
        are no doc words to compare with the wizard's labels. The secret is returned, never logged.
        """
        page = self.world.make(
            "application",
            name,
            lambda: self.console.applications().create_traditional_web_application(name, redirect_url),
            lambda created: created.application_id,
        )
        client_id, client_secret = page.client_credentials()
        return page.application_id, client_id, client_secret

    def show_account(self, username: str) -> ShownAccount:
        """Users → the userstore of SCIM's ``DOMAIN/name`` (when it has one) → search the name → its edit
        action: the user's page, the proof of try-5 ("a user account is created in the … Console")."""
        userstore, bare = split_user_name(username)
        users = self.console.users()
        if userstore != "PRIMARY":
            users = users.select_userstore(userstore)
        user = users.search(bare).open_user(bare)
        self._connection = None  # the browser has left the connection's page
        shown = ShownAccount(bare, user.user_source(), user.is_read_only())
        user._prove(("try-5",), f"the account “{bare}” on the Console's user page")
        return shown
