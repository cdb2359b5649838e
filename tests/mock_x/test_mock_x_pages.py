"""The page objects of ``harness.pages.x`` driving mock X's pages in Chromium."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import httpx
from mock_x_clients import LiveX, Twitter4jClient, form_of
from playwright.sync_api import Page

from harness.pages.x import XAuthorizePage, XErrorPage, XSignInPage
from harness.pages.x_portal import XKeysPage, XPortal
from mock_x.models import XApp, XUser
from mock_x.oauth1.pages import BAD_TOKEN, WRONG_PASSWORD


def _start(live: LiveX, page: Page) -> tuple[XApp, XUser, str]:
    # The app's callback is a page of the mock itself, so the browser ends somewhere that answers.
    app = live.mock.register_app("Conformance App", [f"{live.url}/_mock/health"])
    user = live.mock.create_user()

    with httpx.Client(trust_env=False) as http:
        t4j = Twitter4jClient(http, live.url, app.consumer_key, app.consumer_secret)
        token = form_of(t4j.request_token(f"{live.url}/_mock/health?localState=s1&loginType=twitter"))[
            "oauth_token"
        ]
    page.goto(f"{live.url}/oauth/authenticate?oauth_token={token}")
    return app, user, token


def test_sign_in_then_authorize_lands_on_callback(live: LiveX, page: Page) -> None:
    """Sign in → consent → callback with localState, oauth_token and oauth_verifier."""
    app, user, token = _start(live, page)
    consent = XSignInPage(page).expect_shown(app.name).sign_in(user.screen_name, user.password)
    assert isinstance(consent, XAuthorizePage)
    consent.expect_app(app.name).authorize()
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert query["localState"] == "s1" and query["oauth_token"] == token and query["oauth_verifier"]


def test_wrong_password_is_refused(live: LiveX, page: Page) -> None:
    """The page refuses the password and stays on the sign-in form."""
    _app, user, _token = _start(live, page)
    signin = XSignInPage(page)
    assert signin.sign_in(user.screen_name, "not-the-password") is None
    signin.expect_refused(WRONG_PASSWORD)


def test_cancel_returns_to_app_with_denied(live: LiveX, page: Page) -> None:
    """Cancel → "Return to app" → callback with ``denied=<token>``; the token is then dead."""
    _app, user, token = _start(live, page)
    consent = XSignInPage(page).sign_in(user.email or "", user.password)
    assert consent is not None
    consent.cancel().return_to_app()
    assert dict(parse_qsl(urlsplit(page.url).query))["denied"] == token
    page.goto(f"{live.url}/oauth/authenticate?oauth_token={token}")
    XErrorPage(page).expect_message(BAD_TOKEN[:40])


def test_portal_page_objects_register_as_the_doc_says(live: LiveX, page: Page) -> None:
    """``harness.pages.x_portal`` on the mock's portal: project, app, keys, user authentication set up."""
    developer = live.mock.create_user()
    portal = XPortal(page).sign_in(live.url, developer.screen_name, developer.password)
    noted = portal.add_project("Conformance", "Exploring the API", "WSO2 IS login", "WSO2 IS").noted()
    assert live.mock.store.apps[noted.consumer_key].consumer_secret == noted.consumer_secret
    form = XKeysPage(page).app_settings().set_up_user_authentication()
    callback = "https://localhost:9443/commonauth"
    oauth2 = form.fill("Web App, Automated App or Bot", callback, "https://www.example.org").save()
    app = live.mock.store.apps[noted.consumer_key]
    assert oauth2.client_id() == app.client_id and app.client_secret is not None
    assert oauth2.done().callback_urls() == [callback] and app.app_type == "web"
