"""Steps of "Try it out": the first login with X, through the browser, checked through the APIs."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import then, when

from harness import journeys
from harness.pages.login import LoginPage
from harness.pages.sample_app import SampleAppPage, SignedInUser
from harness.target import Target
from harness.world import Application, Connection, World
from mock_x import XUser


@when("the person opens the application and clicks Login", target_fixture="login_page")
def _(page: Page, application: Application) -> LoginPage:
    return journeys.open_application_login(page, application.url)


@when("the person chooses to sign in with X on the login page")
def _(login_page: LoginPage, connection: Connection) -> None:
    login_page.sign_in_with(connection.name)


@when("the person signs in at X and authorizes the app")
def _(page: Page, target: Target, x_user: XUser) -> None:
    journeys.sign_in_at_x(page, target.x_url, x_user)


@then("the person is signed in to the application", target_fixture="signed_in")
def _(page: Page, application: Application) -> SignedInUser:
    return SampleAppPage(page, application.url).expect_signed_in()


@then("a local account exists for the person's X identity")
def _(world: World, x_user: XUser, connection: Connection) -> None:
    world.expect_jit_account(x_user, connection)
