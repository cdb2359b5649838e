"""Steps of "Register the X IdP" and "Just-in-Time provisioning": the Console does it, REST confirms it."""

from __future__ import annotations

from playwright.sync_api import Browser
from pytest_bdd import given, parsers, then, when

from harness.checks import doc_section, foreign_providers, section_page
from harness.clients.is_admin import IsAdmin
from harness.clients.is_idp import TWITTER_AUTHENTICATOR_ID
from harness.drivers import ConfigDriver
from harness.report.findings import DocFindings
from harness.report.moments import prove
from harness.target import Target
from harness.world import Connection, World
from mock_x.models import XApp

DESCRIPTION = "Sign in with X (conformance run)"


def _twitter_properties(is_admin: IsAdmin, connection: Connection) -> dict[str, str]:
    found = is_admin.identity_providers.get_federated_authenticator(connection.id, TWITTER_AUTHENTICATOR_ID)
    return {str(p["key"]): str(p.get("value", "")) for p in found.get("properties", [])}


@when(
    "the admin goes to Connections and creates a Custom Connector with a name and a description",
    target_fixture="connection",
)
def _(world: World, driver: ConfigDriver) -> Connection:
    return driver.create_custom_connector(world.unique("X"), DESCRIPTION)


@then("IS has a connection with that name and description")
def _(is_admin: IsAdmin, connection: Connection) -> None:
    saved = is_admin.identity_providers.get(connection.id)
    got = (saved.get("name"), saved.get("description"))
    assert got == (connection.name, DESCRIPTION), f"IS saved the connector as {got}"


@given(
    "the admin has added the Twitter authenticator with the X app's API Key, API Secret and IS's Callback URL"
)
@when("the admin adds the Twitter authenticator with the X app's API Key, API Secret and IS's Callback URL")
def _(driver: ConfigDriver, connection: Connection, x_app: XApp, target: Target) -> None:
    driver.add_twitter_authenticator(
        connection, x_app.consumer_key, x_app.consumer_secret, target.commonauth_url
    )


@then("the connection's Twitter authenticator holds that API Key and Callback URL")
def _(is_admin: IsAdmin, connection: Connection, x_app: XApp, target: Target) -> None:
    props = _twitter_properties(is_admin, connection)
    assert props.get("APIKey") == x_app.consumer_key, f"IS saved API Key {props.get('APIKey')!r}"
    assert props.get("callbackUrl") == target.commonauth_url, (
        f"IS saved Callback URL {props.get('callbackUrl')!r}"
    )


@then("the connection's Twitter authenticator holds that API Secret")
def _(is_admin: IsAdmin, connection: Connection, x_app: XApp, doc_findings: DocFindings) -> None:
    secret = _twitter_properties(is_admin, connection).get("APISecret")
    assert secret, "IS did not save the API Secret the admin typed (the authenticator has no APISecret)"
    if set(secret) <= {"*"}:  # [GAP] is-rest-api.md open items: a real IS may mask confidential values
        doc_findings.review(
            "idp-6", "IS masks the saved API Secret; the login scenarios prove it signs with it"
        )
        return
    # Compared, never printed: the secret must not reach the report.
    assert secret == x_app.consumer_secret, "IS saved an API Secret other than the one the admin typed"


@then("Just-in-Time provisioning is off for the connection")
def _(is_admin: IsAdmin, connection: Connection) -> None:
    jit = is_admin.identity_providers.get_jit(connection.id)
    assert not jit.get("isEnabled"), (
        f"a new connection has Just-in-Time provisioning on ({jit}); the doc says IS disables it by default"
    )


@when(
    parsers.parse(
        "the admin {action} the connection's Just-in-Time (JIT) User Provisioning checkbox and clicks Update"
    )
)
def _(driver: ConfigDriver, connection: Connection, action: str) -> None:
    driver.set_jit(connection, enabled=action == "checks")


@when(parsers.parse('a reader reads the doc\'s section "{title}"'), target_fixture="section")
def _(title: str) -> tuple[str, str]:
    return title, doc_section(title)


@then("every other provider the section names is reported as a defect of the doc")
def _(section: tuple[str, str], doc_findings: DocFindings, browser: Browser) -> None:
    title, text = section
    found = foreign_providers(text)
    for sentence in found:
        doc_findings.warn(
            "idp-doc-typo",
            sentence,
            "X",
            "the doc's own defect: the X page's section names another provider where it means X",
        )
    reader = browser.new_context()
    try:
        page = reader.new_page()
        page.set_content(section_page(title, text, found))
        caption = f"the doc's section “{title}”, each sentence naming another provider marked"
        prove(("idp-doc-typo",), page, caption)
    finally:
        reader.close()
