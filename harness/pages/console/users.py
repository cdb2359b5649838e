"""Users: the list with its userstore dropdown and search, and a user's profile (is-console-ui.md §8)."""

from __future__ import annotations

from playwright.sync_api import expect

from harness.pages.console.base import ConsolePageBase

__all__ = ["UserPage", "UsersPage"]


class UsersPage(ConsolePageBase):
    """``/console/users``."""

    def wait(self) -> UsersPage:
        """Wait for the userstore dropdown (always shown, with or without users)."""
        expect(self._tid("user-mgt-user-list-userstore-dropdown")).to_be_visible()
        return self

    def select_userstore(self, name: str) -> UsersPage:
        """Show the users of userstore ``name`` (how a JIT user in a secondary store is found)."""
        dropdown = self._tid("user-mgt-user-list-userstore-dropdown")
        dropdown.click()
        dropdown.get_by_role("option", name=name, exact=True).click()
        expect(dropdown).to_contain_text(name)
        return self.wait()

    def search(self, username: str) -> UsersPage:
        """Search the current userstore by username."""
        box = (
            self._tid("user-mgt-user-list-search")
            .locator("input")
            .or_(self.page.get_by_placeholder("Search by Username"))
        )
        box.first.fill(username)
        box.first.press("Enter")
        expect(box.first).to_have_value(username)
        return self.wait()

    def usernames(self) -> list[str]:
        """Usernames listed (without userstore domain, as the Console shows them)."""
        headings = self._tid("user-mgt-user-list-item-heading")
        return [h.strip() for h in headings.all_inner_texts()]

    def open_user(self, username: str) -> UserPage:
        """Open ``username``'s profile."""
        row = self._tid("data-table-row").filter(
            has=self._tid("user-mgt-user-list-item-heading").get_by_text(username, exact=True)
        )
        expect(row).to_have_count(1)
        self._tid("users-list-item-edit-button", row).click()
        return UserPage(self.page, self.base_url, self.on_drift).wait(username)


class UserPage(ConsolePageBase):
    """``/console/users/{id}``."""

    def wait(self, username: str) -> UserPage:
        """Wait for the profile of ``username``."""
        expect(self._tid("user-mgt-edit-user-page-header-title")).to_have_text(username)
        return self

    def attributes(self) -> dict[str, str]:
        """The profile as shown: ``{attribute label: value}``."""
        rows = self._tid("user-mgt-edit-user-profile-attributes").locator("tr")
        cells = rows.evaluate_all("rs => rs.map(r => [...r.cells].map(c => c.textContent.trim()))")
        return {str(c[0]): str(c[1]) for c in cells if len(c) == 2}

    def linked_connections(self) -> dict[str, str]:
        """Connections the account is linked to: ``{connection name: federated user id}``."""
        rows = self._tid("user-mgt-edit-user-linked-accounts").locator("tbody tr")
        cells = rows.evaluate_all("rs => rs.map(r => [...r.cells].map(c => c.textContent.trim()))")
        return {str(c[0]): str(c[1]) for c in cells if len(c) == 2}
