"""Steps of "Try it out" and the failures around it: what IS sent to X and what X answered."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from pytest_bdd import parsers, then

from harness.checks import expect_request_token_call, request_token_calls
from harness.clients.mock_x import MockXControl
from harness.fixtures import drift_reporter
from harness.pages.console.drift import DriftCallback
from harness.pages.x import XSignInPage
from harness.real_x.redirect import expect_sent_to_x
from harness.report.findings import DocFindings
from harness.target import Target
from harness.world import Application
from mock_x.models import XApp

# What X answers a refused request_token call (x-protocol.md §1.6): HTTP status by X's message.
_REFUSALS = {"Could not authenticate you": 401, "Callback URL not approved": 403}


@pytest.fixture
def login_drift(doc_findings: DocFindings) -> DriftCallback:
    """Where the person's login page reports that its button is not worded as the doc's "Sign in with X"
    (try-3): one WARNING per scenario, the step going on with the real button."""
    return drift_reporter(doc_findings, "the login page's label differs")


@then("X shows its sign-in page for the X app")
def _(page: Page, x_app: XApp, target: Target, application: Application) -> None:
    if target.real_x:  # X's own page: what shows it is for this app is the request token IS got
        expect_sent_to_x(page, target.x_url, application.url)
    else:
        XSignInPage(page).expect_shown(x_app.name)


@then("IS asked X for a request token with the API Key the admin typed")
def _(x_control: MockXControl, x_app: XApp) -> None:
    assert request_token_calls(x_control, x_app.consumer_key), (
        f"IS never called X's request_token with the API Key the admin typed ({x_app.consumer_key!r})"
    )


@then("the callback IS gave X is the configured Callback URL carrying IS's state")
def _(x_control: MockXControl, x_app: XApp, target: Target) -> None:
    expect_request_token_call(x_control, x_app.consumer_key, target.commonauth_url)


@then("X accepted IS's signature made with the API Secret")
def _(x_control: MockXControl, x_app: XApp) -> None:
    call = request_token_calls(x_control, x_app.consumer_key)[-1]
    assert call.status == 200, (
        f"X refused IS's request_token call (HTTP {call.status}): "
        "IS did not sign it with the API Secret X issued"
    )


@then(parsers.parse('X refused IS\'s request token call as "{message}"'))
def _(x_control: MockXControl, x_app: XApp, message: str) -> None:
    calls = request_token_calls(x_control, x_app.consumer_key)
    assert calls, "IS never called X's request_token, so X cannot have refused it"
    status = calls[-1].status
    assert status == _REFUSALS[message], f"X answered IS's request_token with HTTP {status}, not {message!r}"
