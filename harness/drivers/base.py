"""The one protocol both drivers implement: the doc's configuration steps, as intent verbs.

A scenario asks for a step ("add the Twitter authenticator") without saying how it is done; the
``ConsoleDriver`` clicks through the Console as the doc describes, the ``ApiDriver`` makes the same
change through IS's REST API. Both return the same objects, so the checks that follow cannot tell.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from harness.world import Application, Connection

__all__ = ["AttributePlan", "ConfigDriver", "ShownAccount"]


@dataclass(frozen=True)
class AttributePlan:
    """The Attributes tab as the admin leaves it before clicking Update (attr-3..attr-8).

    ``mappings`` pairs an X attribute with the local attribute's display name (the Console's words,
    e.g. "Email"); ``subject`` is an X attribute; ``provisioning`` maps an X attribute to its default
    value ("" for none).
    """

    mappings: tuple[tuple[str, str], ...] = ()
    subject: str | None = None
    provisioning: tuple[tuple[str, str], ...] = field(default=())

    def with_subject(self, external: str) -> AttributePlan:
        """The plan with ``external`` chosen as the Subject Attribute."""
        return replace(self, subject=external)

    def with_provisioning(self, selected: dict[str, str]) -> AttributePlan:
        """The plan with these attributes (and default values) selected for provisioning."""
        return replace(self, provisioning=tuple(selected.items()))


@dataclass(frozen=True)
class ShownAccount:
    """A local account as the Console's user page shows it (try-5: the account "in the Console").

    ``source`` is the connection id the page names as the account's source (None when it names none, as
    the 7.1 Console does for every account); ``read_only`` is whether the profile has no Update button.
    """

    username: str
    source: str | None
    read_only: bool


class ConfigDriver(Protocol):
    """The documented configuration steps of "Add X login", however they are carried out."""

    name: str

    def create_custom_connector(self, name: str, description: str) -> Connection:
        """Connections → Create Connection → Custom Connector → name, description → Finish (idp-1..3)."""
        ...

    def add_twitter_authenticator(
        self, connection: Connection, api_key: str, api_secret: str, callback_url: str
    ) -> None:
        """Settings → New Authenticator → Twitter → Next → API Key, API Secret, Callback URL → Finish."""
        ...

    def set_jit(self, connection: Connection, enabled: bool) -> None:
        """Just-in-Time Provisioning tab → check or uncheck the JIT checkbox → Update (jit-1..4)."""
        ...

    def set_jit_association(self, connection: Connection, associate: bool) -> None:
        """JIT tab → "Associate provisioned users with existing local users" → Update."""
        ...

    def add_sign_in_option(self, application: Application, connection: Connection, step: int) -> None:
        """Login Flow → Add Sign In Option in ``step`` → the connection → Confirm → Update (login-1..3)."""
        ...

    def configure_attributes(self, connection: Connection, plan: AttributePlan) -> None:
        """Attributes tab: mappings (Save), Subject Attribute, provisioning attributes → Update."""
        ...

    def register_application(self, name: str, redirect_url: str) -> tuple[str, str, str]:
        """Register an OIDC application; ``(id, client_id, client_secret)`` (login-app-registered)."""
        ...

    def show_account(self, username: str) -> ShownAccount | None:
        """Users → the userstore of SCIM's ``username`` → search it → its page (try-5); None when no Console
        is driven."""
        ...
