"""Set-up steps shared by the features: what is not the step under test, done through the REST API."""

from __future__ import annotations

from pytest_bdd import given, parsers

from harness.drivers import ApiDriver, AttributePlan, ConfigDriver, local_claim_uri
from harness.report.redact import Redactor
from harness.target import Target
from harness.world import Application, Connection, World, XAppKeys
from mock_x.models import XApp, XUser


def table_rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    """A Gherkin data table as dicts keyed by its header row."""
    header, *rows = datatable
    return [dict(zip(header, (cell.strip() for cell in row), strict=True)) for row in rows]


def mapping_plan(datatable: list[list[str]]) -> AttributePlan:
    """The attribute mappings of a table with the columns "X attribute" and "local attribute"."""
    return AttributePlan(
        mappings=tuple((r["X attribute"], r["local attribute"]) for r in table_rows(datatable))
    )


@given("WSO2 Identity Server is registered as an app on X", target_fixture="x_app")
def _(world: World, report_redactor: Redactor) -> XAppKeys:
    x_app = world.register_x_app()
    report_redactor.add(x_app.consumer_secret)  # the API Key Secret never reaches the report
    return x_app


@given("a Twitter connection holds that app's API Key and API Secret", target_fixture="connection")
def _(world: World, x_app: XApp) -> Connection:
    return world.twitter_connection(x_app)


@given("a Twitter connection holds that app's API Key and a wrong API Secret", target_fixture="connection")
def _(world: World, x_app: XApp) -> Connection:
    return world.twitter_connection(x_app, api_secret=x_app.consumer_secret[::-1])


@given(
    "a Twitter connection holds that app's API Key and API Secret with a Callback URL not registered on X",
    target_fixture="connection",
)
def _(world: World, x_app: XApp, target: Target) -> Connection:
    # Same host, another path: X matches scheme, host, port and path exactly (x-protocol.md §4.4).
    return world.twitter_connection(x_app, callback_url=f"{target.commonauth_url}/not-registered")


@given("the admin has created a Custom Connector for X", target_fixture="connection")
def _(world: World, driver: ConfigDriver) -> Connection:
    return driver.create_custom_connector(world.unique("X"), "X login")


@given("the connection provisions users just in time")
def _(rest: ApiDriver, connection: Connection) -> None:
    rest.set_jit(connection, enabled=True)


@given(parsers.parse("JIT provisioning of the connection is {state}"))
def _(rest: ApiDriver, connection: Connection, state: str) -> None:
    rest.set_jit(connection, enabled=state == "on")


@given("the connection associates provisioned users with existing local users")
def _(rest: ApiDriver, connection: Connection) -> None:
    rest.set_jit_association(connection, associate=True)


@given("the connection does not associate provisioned users with existing local users")
def _(rest: ApiDriver, connection: Connection) -> None:
    rest.set_jit_association(connection, associate=False)


@given("the connection maps these X attributes:", target_fixture="attribute_plan")
def _(rest: ApiDriver, connection: Connection, datatable: list[list[str]]) -> AttributePlan:
    plan = mapping_plan(datatable)
    rest.configure_attributes(connection, plan)
    return plan


@given(parsers.parse('the connection\'s subject attribute is "{external}"'), target_fixture="attribute_plan")
def _(rest: ApiDriver, connection: Connection, attribute_plan: AttributePlan, external: str) -> AttributePlan:
    plan = attribute_plan.with_subject(external)
    rest.configure_attributes(connection, plan)
    return plan


@given("an application offers the connection in its first login step", target_fixture="application")
def _(world: World, connection: Connection) -> Application:
    return world.application(connection, step=1)


@given(
    "an application asking for the email offers the connection in its first login step",
    target_fixture="application",
)
def _(world: World, connection: Connection) -> Application:
    return world.application(connection, step=1, requested_claims=[local_claim_uri("Email")])


@given(
    "an application asking for these attributes offers the connection in its first login step:",
    target_fixture="application",
)
def _(world: World, connection: Connection, datatable: list[list[str]]) -> Application:
    wanted = [local_claim_uri(r["local attribute"]) for r in table_rows(datatable)]
    return world.application(connection, step=1, requested_claims=wanted)


@given("an application registered in IS", target_fixture="application")
def _(world: World) -> Application:
    return world.application()


@given("a person with an X account who has never signed in", target_fixture="x_user")
def _(world: World) -> XUser:
    return world.x_user()


@given("a person whose X account has an unverified email", target_fixture="x_user")
def _(world: World) -> XUser:
    return world.x_user(email_verified=False)
