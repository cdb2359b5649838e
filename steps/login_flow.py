"""Steps of "Enable X login": registering the application and adding X to its Login Flow."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page
from pytest_bdd import given, then, when

from harness import journeys
from harness.clients.is_admin import IsAdmin
from harness.drivers import ConfigDriver
from harness.pages.sample_app import SignedInUser
from harness.world import TWITTER_AUTHENTICATOR, Application, Connection, World
from mock_x.models import XUser


@when("the admin registers an application", target_fixture="application")
def _(world: World, driver: ConfigDriver) -> Application:
    name = world.unique("app")
    app_id, client_id, secret = driver.register_application(name, world.callback_url(name))
    return world.sample_client(app_id, name, client_id, secret)


@then("IS lists the application with its OpenID Connect client")
def _(is_admin: IsAdmin, application: Application) -> None:
    listed = is_admin.applications.find_by_name(application.name)
    assert listed is not None, f"IS does not list the application {application.name!r}"
    client_id = is_admin.applications.oidc_credentials(application.id).client_id
    assert client_id == application.client_id, (
        f"IS's client id is {client_id!r}, not {application.client_id!r}"
    )


@when("the admin adds the Twitter connection as a sign-in option to the first step and clicks Update")
def _(driver: ConfigDriver, application: Application, connection: Connection) -> None:
    driver.add_sign_in_option(application, connection, step=1)


@then("the application's login flow has the connection in its first step")
def _(is_admin: IsAdmin, application: Application, connection: Connection) -> None:
    steps = is_admin.applications.authentication_sequence(application.id).get("steps", [])
    first: dict[str, Any] = next((s for s in steps if s["id"] == 1), {"options": []})
    option = {"idp": connection.name, "authenticator": TWITTER_AUTHENTICATOR}
    assert option in first["options"], f"the saved login flow's first step is {first['options']}, without X"


@then("the application's login page offers to sign in with the connection")
def _(page: Page, application: Application, connection: Connection) -> None:
    journeys.open_application_login(page, application.url).expect_sign_in_option(connection.name)


@given(
    "an application whose login flow has username and password in step 1 and the connection in step 2",
    target_fixture="application",
)
def _(world: World, connection: Connection) -> Application:
    return world.application(connection, step=2)


@then("the application received the local account as the user, not the X identity")
def _(signed_in: SignedInUser, local_credentials: tuple[str, str], x_user: XUser) -> None:
    username = local_credentials[0]
    who = {signed_in.sub, signed_in.username}
    assert x_user.id_str not in who and x_user.screen_name not in who, (
        f"the application received the X identity ({who}) though X was only in step 2"
    )
    assert username in who or any(w and w.endswith(f"/{username}") for w in who), (
        f"the application received {who}, not step 1's local account {username!r} (subjectStepId 1)"
    )
