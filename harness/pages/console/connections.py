"""Connections list and the Custom Connector wizard (is-console-ui.md §2)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase
from harness.pages.console.connection import ConnectionPage

__all__ = ["ConnectionsPage"]


class ConnectionsPage(ConsolePageBase):
    """``/console/connections``: the grid of connections."""

    def wait(self) -> ConnectionsPage:
        """Wait until the page layout is shown."""
        expect(self._tid("idp-page-layout")).to_be_visible()
        return self

    def _card(self, name: str) -> Locator:
        return self._tid(f"idp-list-{name}")

    def names(self) -> list[str]:
        """Names of the connections shown in the grid."""
        headers = self.page.locator('[data-testid^="idp-list-"][data-testid$="-header"]')
        return [h.strip() for h in headers.all_inner_texts()]

    def has_connection(self, name: str) -> bool:
        """Whether a card for ``name`` is shown."""
        return self._card(name).count() > 0

    def create_custom_connector(self, name: str, description: str = "") -> ConnectionPage:
        """ "Create Connection" → "Custom Connector" → name and description → "Finish" (idp-2, idp-3)."""
        layout = self._tid("idp-page-layout")
        real_add = self._tid("idp-add-button").or_(self._control("New Connection", layout))
        self._pick("idp-2", "Create Connection", self._control("Create Connection", layout), real_add).click()
        expect(self._tid("connection-templates-page-layout")).to_be_visible()
        doc_card = self.page.get_by_text("Custom Connector", exact=True)
        self._pick(
            "idp-2", "Custom Connector", doc_card, self._tid("connection-templates-Expert Mode")
        ).click()
        modal = self.page.get_by_role("dialog").filter(has_text="Custom Connector")
        expect(modal).to_be_visible()
        modal.locator('input[name="name"]').fill(name)
        modal.locator('textarea[name="description"]').fill(description)
        finish = self._tid("expert-mode-idp-create-wizard-modal-finish-button", modal).or_(
            self._tid("expert-mode-idp-modal-finish-button", modal)
        )
        self._pick(
            "idp-3", "Finish", self._control("Finish", modal), finish.or_(self._control("Create", modal))
        ).click()
        return ConnectionPage(self.page, self.base_url, self.on_drift).wait(name)

    def open_connection(self, name: str, step_id: str = "attr-2") -> ConnectionPage:
        """Select the connection and click "Set up" (attr-2; also jit-1)."""
        card = self._card(name)
        expect(card).to_be_visible()
        real = self._tid("resource-grid-card-item-edit-button", card)
        self._pick(step_id, "Set up", self._control("Set up", card), real).click()
        return ConnectionPage(self.page, self.base_url, self.on_drift).wait(name)
