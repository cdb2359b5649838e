"""Steps of "Register WSO2 Identity Server on X": the developer in X's Developer Portal."""

from __future__ import annotations

from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from harness.fixtures import drift_reporter
from harness.pages.x_portal import PortalApp, XAppSettingsPage, XKeysPage, XOAuth2KeysPage, XPortal
from harness.report.findings import DocFindings
from harness.report.redact import Redactor
from harness.target import Target
from harness.world import World
from mock_x.models import XUser

_USE_CASE = "Building tools for businesses"
# The doc gives no Website URL ("Website URL -"), and X refuses localhost and 127.0.0.1 there
# (x-protocol.md §4.3): any public-looking URL of the organisation does.
_WEBSITE = "https://is.example.org"


def _portal(page: Page, findings: DocFindings) -> XPortal:
    return XPortal(page, on_drift=drift_reporter(findings, "X's portal labels it otherwise"))


@given("a developer with an X account", target_fixture="developer")
def _(world: World) -> XUser:
    return world.x_user()


@when("the developer logs in to the X Developer Portal", target_fixture="portal")
def _(developer_page: Page, developer: XUser, target: Target, doc_findings: DocFindings) -> XPortal:
    return _portal(developer_page, doc_findings).sign_in(
        target.x_url, developer.screen_name, developer.password
    )


@when(
    "the developer adds a project with an app and notes its API Key and API Key Secret",
    target_fixture="x_app",
)
def _(portal: XPortal, world: World, report_redactor: Redactor) -> PortalApp:
    name = world.unique("is")[-32:]  # X caps app names at 32 characters
    keys = portal.add_project(world.unique("project"), _USE_CASE, "WSO2 Identity Server sign-in", name)
    noted = keys.noted()
    report_redactor.add(noted.consumer_secret)  # the API Key Secret never reaches the report
    return noted


@when(
    parsers.parse(
        'the developer sets up user authentication as "{app_type}"'
        " with IS's /commonauth and a Website URL, and saves"
    ),
    target_fixture="oauth2_keys",
)
def _(
    developer_page: Page, portal: XPortal, app_type: str, target: Target, doc_findings: DocFindings
) -> XOAuth2KeysPage:
    settings = XKeysPage(developer_page, portal.on_drift).wait().app_settings().set_up_user_authentication()
    doc_findings.warn(
        "x-app-7",
        "Website URL - (no value given)",
        "X requires a Website URL and refuses localhost or 127.0.0.1",
        "the doc leaves the Website URL blank; a reader must invent one",
    )
    return settings.fill(app_type, target.commonauth_url, _WEBSITE).save()


@then("X shows an OAuth 2.0 Client ID, which the rest of the set-up does not use")
def _(oauth2_keys: XOAuth2KeysPage) -> None:
    assert oauth2_keys.client_id(), "X showed no OAuth 2.0 Client ID after Save"


@then("the app's settings list IS's /commonauth as its Callback URI")
def _(oauth2_keys: XOAuth2KeysPage, target: Target) -> None:
    settings: XAppSettingsPage = oauth2_keys.done()
    listed = settings.callback_urls()
    assert target.commonauth_url in listed, f"X lists the callbacks {listed}, not IS's /commonauth"
