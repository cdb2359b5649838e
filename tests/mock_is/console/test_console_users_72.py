"""The Users pages of the simulated 7.2 Console: a JIT account shows where it came from and is read-only.

7.2's user page reads ``userSourceId`` from ``urn:scim:wso2:schema`` (identity-apps 2025 user-edit.tsx), where
IS 7's SCIM keeps it; 7.1's reads the enterprise schema and shows nothing (test_console_users.py).
"""

from __future__ import annotations

from playwright.sync_api import expect

from harness.pages.console import Console
from tests.mock_is.console.console_support import IsServer, screenshot
from tests.mock_is.console.users_support import jit_user, scim_user

SETTINGS = {"release": "7.2"}


def test_a_jit_account_shows_its_source_and_cannot_be_edited(console: Console, is_server: IsServer) -> None:
    user, idp_id = jit_user(is_server, "xbob", "XUSERS", "X-Users", "4242")
    profile = console.users().select_userstore("XUSERS").open_user("xbob")
    assert profile.user_source() == idp_id
    assert profile.is_read_only()
    fields = profile.attributes()
    # Read-only: only the fields with a value are shown, and the domain is not part of the username.
    assert fields["userName"] == "xbob" and fields["name.givenName"] == "Bob" and fields["userID"] == user.id
    assert "name.familyName" not in fields
    form = profile.page.locator('[data-testid="user-mgt-user-profile-form"]')
    expect(form.locator('input[name="name.givenName"]')).to_have_attribute("readonly", "")
    screenshot(profile.page, "console-user-jit-72")


def test_a_local_account_shows_no_source(console: Console, is_server: IsServer) -> None:
    scim_user(is_server, "ivy", "Ivy")
    profile = console.users().open_user("ivy")
    assert profile.user_source() is None and not profile.is_read_only()
