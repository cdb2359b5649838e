"""Steps shared by every feature: the documented set-up, done through the REST API for speed."""

from __future__ import annotations

from pytest_bdd import given

from harness.world import Application, Connection, World
from mock_x import XApp, XUser


@given("WSO2 Identity Server is registered as an app on X", target_fixture="x_app")
def _(world: World) -> XApp:
    return world.register_x_app()


@given("a Twitter connection holds that app's API Key and API Secret", target_fixture="connection")
def _(world: World, x_app: XApp) -> Connection:
    return world.twitter_connection(x_app)


@given("the connection provisions users just in time")
def _(world: World, connection: Connection) -> None:
    world.set_jit(connection, enabled=True)


@given("an application offers the connection in its first login step", target_fixture="application")
def _(world: World, connection: Connection) -> Application:
    return world.application(connection, step=1)


@given("a person with an X account who has never signed in", target_fixture="x_user")
def _(world: World) -> XUser:
    return world.x_user()
