"""What the person does in the browser, and what the application then shows (every feature uses these)."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from harness import journeys
from harness.pages.console.drift import DriftCallback
from harness.pages.login import LoginPage
from harness.pages.sample_app import SampleAppPage, SignedInUser
from harness.target import Target
from harness.world import Application, Connection, World
from mock_x.models import XUser


@when("the person opens the application and clicks Login", target_fixture="login_page")
def _(page: Page, application: Application, login_drift: DriftCallback) -> LoginPage:
    return journeys.open_application_login(page, application.url, login_drift)


@when("the person chooses to sign in with X on the login page")
def _(login_page: LoginPage, connection: Connection) -> None:
    login_page.sign_in_with(connection.name)


@when("the person signs in at X and authorizes the app")
def _(page: Page, target: Target, x_user: XUser) -> None:
    journeys.sign_in_at_x(page, target.x_url, x_user)


@when("the person signs in at X but cancels the authorization")
def _(page: Page, target: Target, x_user: XUser) -> None:
    journeys.cancel_at_x(page, target.x_url, x_user)


@when("the person signs in to the application with X")
def _(
    page: Page,
    target: Target,
    application: Application,
    connection: Connection,
    x_user: XUser,
    login_drift: DriftCallback,
) -> None:
    journeys.sign_in_with_x(page, application.url, connection.name, target.x_url, x_user, login_drift)


@when("a person starts signing in to the application with X")
def _(page: Page, application: Application, connection: Connection, login_drift: DriftCallback) -> None:
    journeys.start_sign_in_with_x(page, application.url, connection.name, login_drift)


@given("a local account the person signs in with", target_fixture="local_credentials")
def _(world: World) -> tuple[str, str]:
    username, password = world.unique("local"), "Local-Passw0rd!"
    world.local_user(username, f"{username}@example.org", "Local Person", password)
    return username, password


@when("the person signs in with the local account on the login page")
def _(login_page: LoginPage, local_credentials: tuple[str, str]) -> None:
    login_page.expect_shown().sign_in(*local_credentials)


@then("the person is signed in to the application", target_fixture="signed_in")
def _(page: Page, application: Application) -> SignedInUser:
    return SampleAppPage(page, application.url).expect_signed_in()


@then(parsers.parse('the application reports the login failed with "{error}"'))
def _(page: Page, application: Application, error: str) -> None:
    shown = SampleAppPage(page, application.url).expect_error()
    assert shown.startswith(error), f"the application reports {shown!r}, not the failed login {error!r}"
