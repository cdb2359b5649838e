"""The Connections pages under ``console-labels-as-documented``: the doc's words are shown, so the page
objects report no drift on this surface (doc steps idp-2..idp-6 and attr-2)."""

from __future__ import annotations

from playwright.sync_api import expect

from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.connections_support import IDP, TWITTER_ID
from tests.mock_is.console.console_support import IsServer, Watched

DEVIATIONS = ("console-labels-as-documented",)


def test_doc_words_leave_no_drift(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    conn = console.connections().create_custom_connector("Doc-X", "as documented")
    expect(watched.page.get_by_test_id("idp-edit-page-page-layout-page-header-title")).to_have_text("Doc-X")
    conn.add_twitter_authenticator("key", "secret", "http://127.0.0.1:9/commonauth")
    saved = is_server.api.get(f"{IDP}/{conn.connection_id}/federated-authenticators/{TWITTER_ID}").json()
    assert {p["key"] for p in saved["properties"]} == {"APIKey", "APISecret", "callbackUrl"}
    console.connections().open_connection("Doc-X")
    expect(watched.page.get_by_test_id("idp-add-button")).to_have_count(0)  # now on the edit page
    assert drifts == []
