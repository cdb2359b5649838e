"""The connection's Attributes tab (IS 7.1's Console), each action checked over REST.

Each test proves a structure of the real Console's Attributes tab (PROVENANCE.md "Connection Attributes";
identity-apps ``attribute-settings.tsx`` and ``attribute-management/*``, F) that the old page object got
wrong (console-audit-2026-12.md rows 7, 11, 17-20), or the calls its Update makes. 7.2's sources render the
same hooks (PROVENANCE.md); ``test_console_attributes_72.py`` drives the 7.2 build once.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from harness.drivers.base import AttributePlan
from harness.pages.console import ConnectionPage, Console, ConsoleError, LabelDrift
from tests.mock_is.console.connections_support import (
    IDP,
    custom_connector,
    record_calls,
    tab_pane,
    with_twitter,
)
from tests.mock_is.console.console_support import IsServer, Watched, screenshot

T = "idp-edit-page-attribute-settings"
P = f"{T}-provisioning-attribute-selection"
LOCAL_CLAIMS = "/api/server/v1/claim-dialects/local/claims"
CLAIMS = "http://wso2.org/claims/"
PLAN = AttributePlan(
    mappings=(("email", "Email"), ("location", "Country"), ("screen_name", "Nick Name")),
    subject="screen_name",
    provisioning=(("location", "Sri Lanka"),),
)


def _connection(is_server: IsServer, name: str) -> str:
    idp_id = custom_connector(is_server, name)
    with_twitter(is_server, idp_id)
    return idp_id


def _open(console: Console, name: str) -> ConnectionPage:
    return console.connections().open_connection(name, "attr-2")


def _claims(is_server: IsServer, idp_id: str) -> dict[str, Any]:
    body: dict[str, Any] = is_server.api.get(f"{IDP}/{idp_id}/claims").json()
    return body


def _mapping_modal(page: Page) -> Locator:
    return page.locator(".ui.modal").filter(has=page.locator("form#idp-attributes-mapping-list-item-form"))


def test_the_local_claims_endpoint_answers_what_the_tab_reads(is_server: IsServer) -> None:
    claims = is_server.api.get(LOCAL_CLAIMS).json()
    email = next(c for c in claims if c["claimURI"] == CLAIMS + "emailaddress")
    assert email["displayName"] == "Email"
    assert email["id"] == "aHR0cDovL3dzbzIub3JnL2NsYWltcy9lbWFpbGFkZHJlc3M"  # base64url of the URI, unpadded
    assert email["dialectURI"] == "http://wso2.org/claims"


def test_the_tab_renders_the_real_markup(console: Console, is_server: IsServer, watched: Watched) -> None:
    _connection(is_server, "AttrMarkup")
    page = watched.page
    calls = record_calls(page)
    connection = _open(console, "AttrMarkup")
    connection.open_tab("Attributes")
    pane = tab_pane(page)
    expect(pane.get_by_test_id(f"{T}-update-button")).to_have_text("Update")
    assert calls.to("GET", LOCAL_CLAIMS)  # the tab loads the local claims, as the real one
    # No root id: "<T>" is only a prefix (audit row 11).
    expect(page.locator(f'[data-testid="{T}"], [data-componentid="{T}"], #{T}')).to_have_count(0)
    # The mappings carry the component's default prefix; the heading is "Connection Attribute Mappings".
    section = pane.get_by_test_id("attributes-selection-v2")
    expect(section).to_have_class(re.compile(r"\bsegment\b"))
    expect(section.get_by_test_id("attributes-selection-v2-empty-placeholder")).to_be_visible()
    expect(pane.locator("h4", has_text="Connection Attribute Mappings")).to_be_visible()
    expect(pane.get_by_text("Identity Provider Attribute Mappings")).to_have_count(0)
    # The subject dropdown: the test id on the dropdown's root, disabled with no mapping.
    subject = pane.get_by_test_id(f"{T}-uri-attribute-settings-form-element-subject")
    expect(subject).to_have_class(re.compile(r"^(?=.*\bdropdown\b)(?=.*\bdisabled\b)"))
    expect(subject.locator("xpath=ancestor::div[contains(@class,'field')][1]/label")).to_have_text(
        "Subject Attribute"
    )
    expect(pane.get_by_test_id(f"{P}-section").locator(":scope > .column > h4")).to_have_text(
        "Provisioning Attributes Selection"
    )
    # The modal: a Semantic modal, no role, no test id; the dropdown's name on its root div.
    pane.get_by_test_id("attributes-selection-v2-empty-placeholder").get_by_role("button").click()
    modal = _mapping_modal(page)
    expect(modal).to_be_visible()
    expect(modal.locator(".header").first).to_have_text("Add Attribute Mappings")
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert modal.get_attribute("data-testid") is None and modal.get_attribute("role") is None
    form = modal.locator("form#idp-attributes-mapping-list-item-form")
    expect(form.locator('input[name="localClaimId"]')).to_have_count(0)  # audit row 18
    dropdown = form.locator('div[name="localClaimId"]')
    expect(dropdown).to_have_class(re.compile(r"\bsearch\b.*\bdropdown\b|\bdropdown\b.*\bsearch\b"))
    assert dropdown.locator("input.search").get_attribute("name") is None
    expect(form.locator('input[name="mappedValue"]')).to_have_attribute(
        "aria-label", "External IdP Attribute Mapping Value"
    )
    add = form.locator('button[name="submit-button"]')
    expect(add).to_have_text("Add Attribute Mapping")
    expect(add).to_have_attribute("aria-label", "Attribute Selection Form Submit Button")
    expect(add).to_be_disabled()
    expect(modal.locator(".actions").get_by_role("button", name="Save")).to_be_disabled()
    screenshot(page, "console-connection-attributes-modal")
    connection.cancel_mapping_modal(modal)


def test_mappings_subject_and_provisioning_are_the_consoles_puts(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    idp_id = _connection(is_server, "AttrPlan")
    page = watched.page
    calls = record_calls(page)
    connection = _open(console, "AttrPlan")
    connection.configure_attributes(PLAN)
    (put,) = calls.to("PUT", f"{IDP}/{idp_id}/claims")
    body = put.body
    assert [
        (m["idpClaim"], m["localClaim"]["uri"], m["localClaim"]["displayName"]) for m in body["mappings"]
    ] == [
        ("email", CLAIMS + "emailaddress", "Email"),
        ("location", CLAIMS + "country", "Country"),
        ("screen_name", CLAIMS + "nickname", "Nick Name"),
    ]
    assert body["userIdClaim"] == {"uri": "screen_name"}
    assert body["roleClaim"] == {"uri": ""}
    assert [(p["claim"]["uri"], p["defaultValue"]) for p in body["provisioningClaims"]] == [
        ("location", "Sri Lanka")
    ]
    (roles,) = calls.to("PUT", f"{IDP}/{idp_id}/roles")
    assert roles.body == {"outboundProvisioningRoles": [""]}
    # The server holds what was clicked.
    claims = _claims(is_server, idp_id)
    assert {(m["idpClaim"], m["localClaim"]["uri"]) for m in claims["mappings"]} == {
        ("email", CLAIMS + "emailaddress"),
        ("location", CLAIMS + "country"),
        ("screen_name", CLAIMS + "nickname"),
    }
    assert claims["userIdClaim"] == {"uri": "screen_name"}
    assert [(p["claim"]["uri"], p["defaultValue"]) for p in claims["provisioningClaims"]] == [
        ("location", "Sri Lanka")
    ]
    expect(page.get_by_test_id("alert").locator(".notification-success")).to_contain_text(
        "Successfully updated connection attributes."
    )
    # The remounted tab shows them: rows of "attributes-selection-v2-list" (audit row 20), URI in cell 2.
    pane = tab_pane(page)
    assert connection.attribute_mappings() == list(PLAN.mappings)
    expect(pane.get_by_test_id("attributes-selection-v2-mapped-list")).to_have_count(0)
    second = (
        pane.get_by_test_id("attributes-selection-v2-list").locator("tbody tr").first.locator("td").nth(1)
    )
    expect(second).to_contain_text(CLAIMS + "emailaddress")
    assert connection.subject_attribute() == "screen_name"
    assert connection.provisioning_attributes() == {"location": "Sri Lanka"}
    # Only the heading's words differ from the doc's.
    assert [(d.step_id, d.doc_words, d.deployment_words) for d in drifts] == [
        ("attr-3", "Identity Provider Attribute Mappings", "Connection Attribute Mappings")
    ]


def test_the_provisioning_selection_is_a_transfer_list(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    _connection(is_server, "AttrTransfer")
    page = watched.page
    connection = _open(console, "AttrTransfer")
    connection.add_attribute_mappings([("email", "Email"), ("location", "Country")])
    pane = tab_pane(page)
    pane.get_by_test_id(f"{P}-empty-placeholder").get_by_role("button").click()
    modal = page.get_by_test_id(f"{P}-wizard-modal")  # not "<P>-wizard" (audit row 19)
    expect(modal).to_be_visible()
    expect(page.get_by_test_id(f"{P}-wizard")).to_have_count(0)
    unselected = modal.get_by_test_id(f"{P}-wizard-modal-content-unselected-groups")
    selected = modal.get_by_test_id(f"{P}-wizard-modal-content-selected-groups")
    expect(unselected.locator("tbody tr")).to_have_count(2)  # the mapped external names
    box = unselected.locator("tbody tr", has_text="location").locator(".ui.checkbox")
    assert box.locator("input").get_attribute("value") in (None, "")  # no value to pick it by
    box.click()
    expect(selected.locator("tbody tr")).to_have_count(0)  # ticking moves nothing
    modal.get_by_test_id(f"{P}-wizard-modal-content-unselected-groups-add-button").click()
    expect(selected.locator("tbody tr", has_text="location")).to_have_count(1)
    modal.get_by_test_id(f"{P}-wizard-modal-cancel-button").click()
    expect(modal).to_be_hidden()
    connection.choose_provisioning_attributes({"email": "a@example.org"})
    assert connection.provisioning_attributes() == {"email": "a@example.org"}
    connection.choose_provisioning_attributes({"location": "Sri Lanka"})  # email moved back
    assert connection.provisioning_attributes() == {"location": "Sri Lanka"}


def test_an_empty_default_value_is_refused_by_the_console(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = _connection(is_server, "AttrEmptyDefault")
    before = _claims(is_server, idp_id)
    calls = record_calls(watched.page)
    connection = _open(console, "AttrEmptyDefault")
    plan = AttributePlan(mappings=(("location", "Country"),), provisioning=(("location", ""),))
    with pytest.raises(ConsoleError, match="Cannot perform update"):
        connection.configure_attributes(plan)
    assert not calls.to("PUT", f"{IDP}/{idp_id}/claims")
    assert _claims(is_server, idp_id) == before


def test_a_name_the_console_does_not_take_is_refused(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = _connection(is_server, "AttrBadName")
    calls = record_calls(watched.page)
    connection = _open(console, "AttrBadName")
    with pytest.raises(ConsoleError, match="'1st'.*Please enter a valid input"):
        connection.configure_attributes(AttributePlan(mappings=(("1st", "Email"),)))
    expect(_mapping_modal(watched.page)).to_have_count(0)
    twice = AttributePlan(mappings=(("email", "Email"), ("email", "Full Name")))
    with pytest.raises(ConsoleError, match="already a attribute mapped with this name"):
        connection.configure_attributes(twice)
    assert not calls.to("PUT", f"{IDP}/{idp_id}/claims")
    expect(_mapping_modal(watched.page)).to_have_count(0)


def test_the_modal_opens_each_time_and_after_an_update(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    idp_id = _connection(is_server, "AttrRepeat")
    connection = _open(console, "AttrRepeat")
    for _ in range(5):
        connection.cancel_mapping_modal(connection.open_mapping_modal())
    connection.configure_attributes(AttributePlan(mappings=(("email", "Email"),)))
    # After the Update the page re-fetched and remounted the tab: the list's own add button opens it.
    modal = connection.open_mapping_modal()
    connection.cancel_mapping_modal(modal)
    connection.configure_attributes(AttributePlan(mappings=(("name", "Full Name"),)))
    claims = _claims(is_server, idp_id)
    assert [(m["idpClaim"], m["localClaim"]["uri"]) for m in claims["mappings"]] == [
        ("email", CLAIMS + "emailaddress"),
        ("name", CLAIMS + "fullname"),
    ]


# A deployment that words its controls otherwise: each control is renamed as soon as it is rendered.
_RENAME = """
new MutationObserver(() => {
    const rename = (el, words) => { if (el && el.textContent !== words) el.textContent = words; };
    const form = document.querySelector('form#idp-attributes-mapping-list-item-form');
    rename(form && form.querySelector('button[name="submit-button"]'), 'Add Mapping');
    const saves = document.querySelectorAll('.ui.modal .actions [data-testid="primary-button"]');
    saves.forEach((b) => rename(b, 'Done'));
    const subject = document.querySelector('[data-testid="T-uri-attribute-settings-form-element-subject"]');
    rename(subject && subject.closest('.field').querySelector('label'), 'Subject Claim');
}).observe(document.body, { childList: true, subtree: true });
""".replace("T-uri", f"{T}-uri")


def test_drifted_words_are_reported_with_their_step(
    console: Console, is_server: IsServer, watched: Watched, drifts: list[LabelDrift]
) -> None:
    idp_id = _connection(is_server, "AttrDrift")
    connection = _open(console, "AttrDrift")
    watched.page.evaluate(_RENAME)
    connection.configure_attributes(
        AttributePlan(mappings=(("screen_name", "Nick Name"),), subject="screen_name")
    )
    assert _claims(is_server, idp_id)["userIdClaim"] == {"uri": "screen_name"}
    assert [(d.step_id, d.deployment_words) for d in drifts] == [
        ("attr-3", "Connection Attribute Mappings"),
        ("attr-4", "Add Mapping"),
        ("attr-5", "Done"),
        ("attr-6", "Subject Claim"),
    ]
