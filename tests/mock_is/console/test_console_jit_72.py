"""The Just-in-Time Provisioning tab of IS 7.2's Console (2.81.6): no 2025 version of the JIT form was found,
so it renders F's form (PROVENANCE.md "Connections: Just-in-Time Provisioning tab", the 7.2 row); the Update
sends the connection's 7.2 fields (``attributeSyncMethod``) back as they were."""

from __future__ import annotations

from playwright.sync_api import expect

from harness.pages.console import Console
from tests.mock_is.console.connections_support import IDP, custom_connector, record_calls, tab_pane
from tests.mock_is.console.console_support import IsServer, Watched

SETTINGS = {"release": "7.2"}
TID = "idp-edit-page-jit-provisioning-settings"


def test_the_72_tab_is_fs_form_and_keeps_the_72_fields(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = custom_connector(is_server, "Jit72")
    before = is_server.api.get(f"{IDP}/{idp_id}/provisioning/jit").json()
    calls = record_calls(watched.page)
    connection = console.connections().open_connection("Jit72", "jit-1")
    connection.open_tab("Just-in-Time Provisioning")
    pane = tab_pane(watched.page)
    expect(
        pane.get_by_test_id(f"{TID}-is-enable").locator('input[name="enableJITProvisioning"]')
    ).to_have_count(1)
    expect(pane.get_by_test_id(f"{TID}-scheme")).to_have_count(4)
    expect(pane.locator('[name="attributeSyncMethod"]')).to_have_count(0)  # no field in any version read
    expect(watched.page.get_by_test_id(TID)).to_have_count(0)
    connection.set_jit(True)
    (put,) = calls.to("PUT", f"{IDP}/{idp_id}/provisioning/jit")
    assert put.body == {**before, "isEnabled": True}
    assert is_server.api.get(f"{IDP}/{idp_id}/provisioning/jit").json()["isEnabled"] is True
