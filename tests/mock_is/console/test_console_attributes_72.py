"""The Attributes tab of IS 7.2's Console (2.81.6): the 2025 sources render the same hooks and words
(PROVENANCE.md "Connection Attributes", the 7.2 row), so the simulator renders one tab for both releases;
this module proves the page object drives the 7.2 build end to end, each action checked over REST."""

from __future__ import annotations

from playwright.sync_api import expect

from harness.drivers.base import AttributePlan
from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.connections_support import (
    IDP,
    custom_connector,
    record_calls,
    tab_pane,
    with_twitter,
)
from tests.mock_is.console.console_support import IsServer, Watched

SETTINGS = {"release": "7.2"}
CLAIMS = "http://wso2.org/claims/"
PLAN = AttributePlan(
    mappings=(("email", "Email"), ("location", "Country")),
    subject="email",
    provisioning=(("location", "Sri Lanka"),),
)


def test_the_72_tab_takes_the_plan_through_the_same_puts(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    idp_id = custom_connector(is_server, "Attr72")
    with_twitter(is_server, idp_id)
    calls = record_calls(watched.page)
    connection = console.connections().open_connection("Attr72", "attr-2")
    connection.configure_attributes(PLAN)
    assert len(calls.to("PUT", f"{IDP}/{idp_id}/claims")) == 1
    assert len(calls.to("PUT", f"{IDP}/{idp_id}/roles")) == 1
    claims = is_server.api.get(f"{IDP}/{idp_id}/claims").json()
    assert [(m["idpClaim"], m["localClaim"]["uri"]) for m in claims["mappings"]] == [
        ("email", CLAIMS + "emailaddress"),
        ("location", CLAIMS + "country"),
    ]
    assert claims["userIdClaim"] == {"uri": "email"}
    assert [(p["claim"]["uri"], p["defaultValue"]) for p in claims["provisioningClaims"]] == [
        ("location", "Sri Lanka")
    ]
    pane = tab_pane(watched.page)
    expect(pane.get_by_test_id("attributes-selection-v2-list").locator("tbody tr")).to_have_count(2)
    assert [d.step_id for d in drifts] == ["attr-3"]  # "Connection Attribute Mappings", as in 7.1
