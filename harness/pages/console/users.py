"""Users: the list with its userstore dropdown and search, and a user's page (PROVENANCE.md "Users").

What a real IS 7.1/7.2 Console renders (identity-apps ``admin.users.v1``): the list sits in the ListLayout
``user-mgt-user-list-layout`` with the search ``advanced-search`` (its box ``advanced-search-input``, Enter
searches ``userName co <text>``) and the userstore dropdown ``user-mgt-user-list-userstore-dropdown``; while
the list loads the layout shows a loading table, so the DataTable ``user-mgt-user-list`` being there means
the list of the store and query shown has arrived. A row's heading has only a component id
(``user-mgt-user-list-item-heading``) and shows the username without its userstore domain, after the
avatar's initial. A user's page is a TabPageLayout without a test id of its own (its title is the generic
``page-layout-page-header-title``); the profile is the legacy form ``user-mgt-user-profile-form`` whose
fields carry no id, only ``name`` = the SCIM schema name. A federated (JIT) account shows where it came from
as ``Label.profile-user-source-label`` beside the title; there is no linked-accounts section.
"""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase

__all__ = ["UserPage", "UsersPage"]

_LIST = "user-mgt-user-list"
_HEADING = "user-mgt-user-list-item-heading"
_USERSTORES = "user-mgt-user-list-userstore-dropdown"
_PROFILE = "user-mgt-user-profile-form"
# The username is the first text of the heading's content div (a label may follow; the sub-header is apart).
_USERNAMES = """els => els.map(e => {
  const d = e.querySelector(':scope > .content > div');
  return d && d.firstChild ? d.firstChild.textContent.trim() : '';
})"""
# Each named field of the legacy form: text inputs by value, a dropdown (name on its root div) by the option
# it shows, a checkbox group (BOOLEAN attributes) as "true"/"false".
_FIELDS = """form => {
  const out = {};
  form.querySelectorAll('input[name]').forEach(i => {
    if (i.type === 'checkbox') { out[i.name] = out[i.name] === 'true' || i.checked ? 'true' : 'false'; }
    else if (i.type !== 'radio') { out[i.name] = i.value; }
  });
  form.querySelectorAll('div.dropdown[name]').forEach(d => {
    const shown = d.querySelector(':scope > .text');
    const picked = shown && !shown.classList.contains('default');
    out[d.getAttribute('name')] = picked ? shown.textContent.trim() : '';
  });
  return out;
}"""


class UsersPage(ConsolePageBase):
    """``/console/users``."""

    def wait(self) -> UsersPage:
        """Wait until the list of the selected userstore (and query) has arrived."""
        layout = self._tid("user-mgt-user-list-layout")
        expect(self._tid(_USERSTORES, layout)).to_be_visible()
        expect(self._tid(_LIST, layout)).to_be_visible()
        return self

    def select_userstore(self, name: str) -> UsersPage:
        """Show the users of userstore ``name`` (how a JIT user in a secondary store is found)."""
        dropdown = self._tid(_USERSTORES)
        dropdown.click()
        dropdown.get_by_role("option", name=name, exact=True).click()
        expect(dropdown.locator(":scope > .text")).to_have_text(name)
        return self.wait()

    def search(self, username: str) -> UsersPage:
        """Search the current userstore by username (the box's Enter: ``userName co <username>``)."""
        box = self._tid("advanced-search-input").locator("input")
        expect(box).to_be_enabled()
        box.fill(username)
        box.press("Enter")
        expect(box).to_have_value(username)
        return self.wait()

    def usernames(self) -> list[str]:
        """Usernames listed (without userstore domain, as the Console shows them)."""
        return [str(name) for name in self._tid(_HEADING, self._tid(_LIST)).evaluate_all(_USERNAMES)]

    def open_user(self, username: str) -> UserPage:
        """Open ``username``'s page through its row's edit action."""
        row = self._row(username)
        expect(row).to_have_count(1)
        self._tid("users-list-item-edit-button", row).click()
        return UserPage(self.page, self.base_url, self.on_drift).wait(username)

    def _row(self, username: str) -> Locator:
        heading = self._tid(_HEADING).locator(":scope > .content > div").get_by_text(username, exact=True)
        return self._tid(_LIST).locator("tbody > tr").filter(has=heading)


class UserPage(ConsolePageBase):
    """``/console/users/{id}``."""

    def wait(self, username: str) -> UserPage:
        """Wait for the page of ``username`` (its title, without userstore domain) and its profile form."""
        expect(self._tid("page-layout-page-header-title")).to_have_text(username)
        expect(self._tid(_PROFILE)).to_be_visible()
        return self

    def attributes(self) -> dict[str, str]:
        """The profile form as shown: ``{field name: value}``.

        Field names are what the form's inputs are named: the SCIM schema names (``userName``,
        ``name.givenName``, ``emails``, ``country``...) plus the read-only ``userID``, ``createdDate`` and
        ``modifiedDate``. A dropdown gives the option it shows ("" for none), a checkbox "true"/"false". Only
        the fields the Console shows are there: a read-only profile (a JIT account) hides empty ones.
        """
        fields = self._tid(_PROFILE).evaluate(_FIELDS)
        return {str(name): str(value) for name, value in fields.items()}

    def is_read_only(self) -> bool:
        """Whether the profile can be edited here (no Update button: a JIT account or a read-only store)."""
        form = self._tid(_PROFILE)
        expect(form).to_be_visible()
        return self._tid("user-mgt-user-profile-form-update-button", form).count() == 0

    def user_source(self) -> str | None:
        """Where a federated (JIT) account comes from, as the page shows it beside the title.

        That is the ``userSourceId`` SCIM holds for the account (the resource id of the connection that
        provisioned it), or None when the page shows no source (a local account).
        """
        expect(self._tid(_PROFILE)).to_be_visible()
        labels = self.page.locator(".profile-user-source-label > .detail")
        return " ".join(labels.first.inner_text().split()) if labels.count() else None

    def back_to_users(self) -> UsersPage:
        """Go back to the list with the page's back button."""
        self._tid("user-mgt-edit-user-back-button").click()
        return UsersPage(self.page, self.base_url, self.on_drift).wait()
