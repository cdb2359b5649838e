"""The same documented configuration steps through the REST driver (``--driver api``), on a
representative subset: one scenario per configuration verb of ``ConfigDriver``.

The rest of ``tests/features`` runs the Console driver (the default); ``XLOGIN_DRIVER=api`` runs all of
them through REST.
"""

from __future__ import annotations

import pytest
from pytest_bdd import scenario

from harness.drivers import ApiDriver, ConfigDriver
from harness.world import World


@pytest.fixture
def driver(world: World) -> ConfigDriver:
    """The REST driver, whatever ``XLOGIN_DRIVER`` says."""
    return ApiDriver(world)


@scenario("register_x_idp.feature", "The admin creates a Custom Connector for X")
def test_api_create_custom_connector() -> None:
    """idp-1..idp-3 through REST."""


@scenario(
    "register_x_idp.feature",
    "The Twitter authenticator keeps the API Key, API Secret and Callback URL the admin typed",
)
def test_api_add_twitter_authenticator() -> None:
    """idp-4..idp-6 through REST."""


@scenario(
    "jit_provisioning.feature",
    "Just-in-Time provisioning <state> decides whether the first login makes an account",
)
def test_api_switch_jit() -> None:
    """jit-1..jit-4 through REST, both ways."""


@scenario("enable_x_login.feature", "An application is registered before X login is added to it")
def test_api_register_application() -> None:
    """login-app-registered through REST."""


@scenario(
    "enable_x_login.feature",
    "X added to the first step of the Login Flow is saved and offered on the login page",
)
def test_api_add_sign_in_option() -> None:
    """login-1..login-3 through REST."""


@scenario("user_attributes.feature", "A provisioning attribute's default value fills what X does not send")
def test_api_configure_attributes() -> None:
    """attr-3..attr-8 (mappings, provisioning attributes, Update) through REST."""


@scenario("user_attributes.feature", "The subject attribute identifies the user")
def test_api_subject_attribute() -> None:
    """attr-6 through REST."""
