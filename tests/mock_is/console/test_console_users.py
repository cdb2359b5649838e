"""The Users pages of the simulated Console (7.1) as an admin walks them, checked through SCIM.

Audit row 27: the user's page has none of the invented ids (``user-mgt-edit-user-page-header-title``,
``…-profile-attributes``, ``…-linked-accounts``); its title is the layout's generic one and its fields are
found by ``name`` only.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from harness.pages.console import Console
from tests.mock_is.console.console_support import IsServer, Watched, screenshot
from tests.mock_is.console.users_support import jit_user, scim_user, stored_user


def _users_calls(watched: Watched) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(u).query) for u in watched.requests if urlsplit(u).path == "/scim2/Users"]


def test_the_list_shows_one_userstore_at_a_time_and_searches_it(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    scim_user(is_server, "alice", "Alice", "Smith")
    stored_user(is_server, "xbob", "XUSERS")
    users = console.users()
    assert "alice" in users.usernames() and "xbob" not in users.usernames()
    first = _users_calls(watched)[-1]
    assert (first["count"], first["startIndex"], first["domain"]) == (["11"], ["0"], ["PRIMARY"])
    assert first["excludedAttributes"] == ["groups,roles"] and "filter" not in first
    assert users.search("ali").usernames() == ["alice"]
    assert _users_calls(watched)[-1]["filter"] == ["userName co ali"]
    dropdown = watched.page.locator('[data-testid="user-mgt-user-list-userstore-dropdown"]')
    dropdown.click()
    expect(dropdown.get_by_role("option")).to_have_text(["PRIMARY", "XUSERS"])
    dropdown.click()
    # The page keeps its query across a store change (as the real one does): clear it first. The other
    # store's user is listed by its bare name (SCIM says "XUSERS/xbob").
    users.search("")
    assert "filter" not in _users_calls(watched)[-1]
    assert users.select_userstore("XUSERS").usernames() == ["xbob"]
    assert _users_calls(watched)[-1]["domain"] == ["XUSERS"]
    screenshot(watched.page, "console-users-list")


def test_a_row_heading_has_a_component_id_only_and_the_name_apart(
    console: Console, is_server: IsServer
) -> None:
    scim_user(is_server, "carol", "Carol", "Jones")
    users = console.users()
    page = users.page
    heading = page.locator('[data-componentid="user-mgt-user-list-item-heading"]').filter(
        has_text="Carol Jones"
    )
    expect(heading).to_have_count(1)
    assert heading.get_attribute("data-testid") is None
    # The heading also holds the avatar's initial and the name: a page object reads only the username part.
    assert heading.inner_text().split() == ["C", "carol", "Carol", "Jones"]
    assert "carol" in users.usernames()
    expect(page.locator('[data-testid="user-mgt-user-list-search"]')).to_have_count(0)
    expect(page.locator('[data-testid="advanced-search-input"] input')).to_have_attribute(
        "placeholder", "Search by Username"
    )


def test_a_search_without_result_offers_to_clear_it(console: Console, is_server: IsServer) -> None:
    scim_user(is_server, "dave")
    users = console.users().search("nobody-by-that-name")
    assert users.usernames() == []
    page = users.page
    expect(page.get_by_text("No results found", exact=True)).to_be_visible()
    page.get_by_role("button", name="Clear search query").click()
    expect(page.locator('[data-testid="advanced-search-input"] input')).to_have_value("")
    users.wait()
    assert "dave" in users.usernames()


def test_the_user_page_has_the_real_hooks_not_the_invented_ones(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    user_id = scim_user(is_server, "erin", "Erin", "Brown")
    profile = console.users().open_user("erin")
    page = profile.page
    for invented in (
        "user-mgt-edit-user-page-header-title",
        "user-mgt-edit-user-profile-attributes",
        "user-mgt-edit-user-linked-accounts",
        "user-mgt-edit-user",
    ):
        expect(page.locator(f'[data-testid="{invented}"]')).to_have_count(0)
    expect(page.locator('[data-testid="page-layout-page-header-title"]')).to_have_text("erin")
    expect(page.locator('[data-testid="user-mgt-edit-user-back-button"]')).to_contain_text("Go back to Users")
    expect(page.locator(".resource-tabs .menu > a.item")).to_have_text(
        ["Profile", "Groups", "Roles", "Active Sessions"]
    )
    fields = profile.attributes()
    assert fields["userID"] == user_id and fields["userName"] == "erin"
    assert (fields["name.givenName"], fields["name.familyName"]) == ("Erin", "Brown")
    form = page.locator('[data-testid="user-mgt-user-profile-form"]')
    # Legacy fields carry no id, so no label is tied to them (audit rows 13 and 27).
    expect(form.locator("input[id]")).to_have_count(0)
    expect(page.get_by_label("First Name")).to_have_count(0)
    expect(
        form.locator('[data-testid="user-mgt-user-profile-profile-form-name.givenName-input"] input')
    ).to_have_value("Erin")
    expect(form.locator('input[name="userName"]')).to_be_disabled()
    assert profile.user_source() is None and not profile.is_read_only()
    screenshot(page, "console-user-profile")
    assert profile.back_to_users().usernames()


def test_update_patches_the_user_through_scim(console: Console, is_server: IsServer) -> None:
    user_id = scim_user(is_server, "frank", "Frank")
    profile = console.users().open_user("frank")
    form = profile.page.locator('[data-testid="user-mgt-user-profile-form"]')
    form.locator('input[name="name.familyName"]').fill("Castle")
    profile._submit(form.locator('[data-testid="user-mgt-user-profile-form-update-button"]'))
    assert is_server.api.get(f"/scim2/Users/{user_id}").json()["name"] == {
        "givenName": "Frank",
        "familyName": "Castle",
    }
    expect(form.locator('input[name="name.familyName"]')).to_have_value("Castle")


def test_delete_from_the_list_deletes_through_scim(console: Console, is_server: IsServer) -> None:
    user_id = scim_user(is_server, "gina")
    users = console.users()
    page = users.page
    row = page.locator('[data-testid="user-mgt-user-list"] tbody > tr').filter(has_text="gina")
    # The signed-in admin cannot delete themself: no delete icon on that row.
    admin_row = page.locator('[data-testid="user-mgt-user-list"] tbody > tr').filter(
        has_text=is_server.settings.admin_user
    )
    expect(admin_row.locator('[data-testid="users-list-item-delete-button"]')).to_have_count(0)
    row.locator('[data-testid="users-list-item-delete-button"]').click()
    modal = page.locator('[data-testid="user-mgt-user-list-confirmation-modal"]')
    expect(modal).to_be_visible()
    assert modal.get_attribute("role") is None
    confirm = modal.locator('[data-testid="user-mgt-user-list-confirmation-modal-confirm-button"]')
    expect(confirm).to_be_disabled()
    modal.locator('[data-testid="user-mgt-user-list-confirmation-modal-assertion-checkbox"]').click()
    users._submit(confirm)
    assert is_server.api.get(f"/scim2/Users/{user_id}").status_code == 404
    expect(row).to_have_count(0)


def test_on_7_1_a_jit_account_shows_no_source_label(console: Console, is_server: IsServer) -> None:
    # 7.1 (F) reads userSourceId from the enterprise schema; IS 7's SCIM (and the simulator's) keeps it in
    # urn:scim:wso2:schema, so the 7.1 page shows no source and leaves the profile editable.
    jit_user(is_server, "hank", "XUSERS", "X-Users-71", "4242")
    profile = console.users().select_userstore("XUSERS").open_user("hank")
    assert profile.user_source() is None and not profile.is_read_only()
    expect(profile.page.locator(".profile-user-source-label")).to_have_count(0)
