"""Applications in IS 7.2's Console (2.81.6). No 2025 source read shows the list, the minimal wizard, the edit
page's frame or the Protocol tab rendering otherwise for 7.2 (PROVENANCE.md "Applications": the 2025
templates grid and Shared Access tab are UNKNOWN for both releases), so the simulator renders the same pages;
this module proves the page objects register the application on a 7.2 server, checked over REST."""

from __future__ import annotations

from harness.pages.console import Console
from tests.mock_is.console.applications_support import APPS, OIDC_WEB_APP, find_app, stored_oidc
from tests.mock_is.console.console_support import IsServer, Watched

SETTINGS = {"release": "7.2"}


def test_the_72_console_registers_the_traditional_web_application(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    redirect = "http://127.0.0.1:9/callback72"
    app = console.applications().create_traditional_web_application("App72", redirect)
    stored = find_app(is_server, "App72")
    assert stored is not None and stored["id"] == app.application_id
    assert is_server.api.get(f"{APPS}/{app.application_id}").json()["templateId"] == OIDC_WEB_APP
    oidc = stored_oidc(is_server, app.application_id)
    assert oidc["callbackURLs"] == [redirect]
    assert app.client_credentials() == (oidc["clientId"], oidc["clientSecret"])
    assert console.applications().open_application("App72").application_id == app.application_id
