"""Steps of "Add X login with the real X": what X answers without its UI, and the person at X."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page
from pytest_bdd import then, when

from harness.pages.sample_app import SignedInUser
from harness.real_x.person import PersonAtX
from harness.real_x.probe import RequestTokenAnswer, ask_for_request_token
from harness.report.findings import DocFindings
from harness.target import Target
from harness.world import Application, World, XAppKeys

_NOT_SCRIPTED = "X's Developer Portal is X's own UI and was not driven; a person confirms it there"
# Refusals that still prove the key pair is an app's: X checked the signature, then the callback.
_KEYS_FINE = {415, 417}


def _key(x_app: XAppKeys) -> str:
    return f"API Key {x_app.consumer_key[:4]}…"


@when(
    "the harness asks X for a request token with IS's /commonauth as the callback",
    target_fixture="x_answer",
)
def _(target: Target, x_app: XAppKeys) -> RequestTokenAnswer:
    return ask_for_request_token(
        target.x_url, x_app.consumer_key, x_app.consumer_secret, target.commonauth_url
    )


@then("X accepts the request signed with the API Key and API Key Secret")
def _(x_answer: RequestTokenAnswer, x_app: XAppKeys, doc_findings: DocFindings) -> None:
    assert x_answer.accepted or x_answer.error_code in _KEYS_FINE, x_answer.describe()
    known = f"X knows an app with {_key(x_app)} ({x_answer.describe()})"
    for step_id in ("x-app-1", "x-app-2", "x-app-3"):
        doc_findings.review(step_id, f"{known}; {_NOT_SCRIPTED}")
    doc_findings.review(
        "x-app-4", f"X accepted a request signed with the configured {_key(x_app)} and its API Key Secret"
    )
    doc_findings.review(
        "x-app-8", "IS uses OAuth 1.0a only: the OAuth 2.0 Client ID and Secret X shows are not involved"
    )


@then("X confirms IS's /commonauth as the callback")
def _(x_answer: RequestTokenAnswer, doc_findings: DocFindings) -> None:
    assert x_answer.accepted, x_answer.describe()
    doc_findings.review(
        "x-app-5",
        "X took a callback for the app, so its user authentication is set up (X answers 417 otherwise)",
    )
    doc_findings.review(
        "x-app-6",
        "the type of app ('Web App, Automated App or Bot') is not visible through OAuth 1.0a; "
        f"{_NOT_SCRIPTED}",
    )
    doc_findings.review(
        "x-app-7",
        f"{x_answer.describe()} (oauth_callback_confirmed=true); the Website URL is not visible "
        "through the API",
    )


@when("the person signs in at X in the browser and authorizes the app")
def _(
    page: Page,
    person_at_x: PersonAtX,
    application: Application,
    target: Target,
    request: pytest.FixtureRequest,
) -> None:
    person_at_x.finish_sign_in(page, request.config, application.url, target.is_url)


@then("a local account exists for the subject IS released to the application", target_fixture="account")
def _(world: World, signed_in: SignedInUser) -> dict[str, Any]:
    account = world.adopt_person_account(signed_in.sub)
    assert account is not None, (
        f"JIT provisioning made no local account: SCIM has no user {signed_in.sub!r}, the subject IS "
        "released to the application (X's numeric id when no subject attribute is mapped)"
    )
    return account
