"""The Connections list, the templates page and the Custom Connector wizard (PROVENANCE.md "Connections").

What the real IS 7.1/7.2 Console renders there (identity-apps ``pages/connections.tsx``,
``components/authenticator-grid.tsx``, ``pages/connection-templates.tsx`` and the expert-mode wizard):

- the list is ``idp-page-layout`` with one card ``idp-list-<name>`` per connection; its "+ New Connection"
  button ``idp-add-button`` exists only while the list is not empty, otherwise the empty placeholder
  ``idp-list-empty-placeholder`` holds an id-less "New Connection" button;
- the templates page is ``[data-componentid=connection-templates-page-layout]``; the Custom Connector card is
  ``connection-templates-Expert Mode`` (the template's raw name), headed "Custom Connector" (a later Console
  may head it "Custom Authenticator (Plugin-based)": either is accepted, the doc's word reported when it
  differs); the card root takes no click, its "Create" button does;
- the wizard is a Semantic modal without ``role=dialog``: ``[data-componentid=expert-mode-idp-modal]`` with
  ``input[name=name]``, ``textarea[name=description]`` and ``expert-mode-idp-modal-finish-button``, which
  reads "Create" (the doc says "Finish"); a refusal is the in-modal alert or a field error, not a toast.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsoleError, ConsolePageBase
from harness.pages.console.connection import ConnectionPage

__all__ = ["ConnectionsPage"]

_LAYOUT = "idp-page-layout"
_CUSTOM_CONNECTOR = "Custom Connector"
_WIZARD_ALERT = '[data-componentid="wizard-alert-message"]'


def _is_name_check(url: str, name: str) -> bool:
    parts = urlsplit(url)
    wanted = [f"name eq {name}"]
    return (
        parts.path.endswith("/api/server/v1/identity-providers")
        and parse_qs(parts.query).get("filter") == wanted
    )


class ConnectionsPage(ConsolePageBase):
    """``/console/connections``: the grid of connections."""

    def wait(self) -> ConnectionsPage:
        """Wait until the list has loaded (its add button, or the empty placeholder, is there)."""
        expect(self._tid(_LAYOUT)).to_be_visible()
        expect(self._tid("idp-add-button").or_(self._tid("idp-list-empty-placeholder")).first).to_be_visible()
        return self

    def _card(self, name: str) -> Locator:
        return self._tid(_LAYOUT).locator(f'[data-testid="idp-list-{name}"]')

    def names(self) -> list[str]:
        """Names of the connections shown in the grid (cards only: modals sit outside the layout)."""
        headers = self._tid(_LAYOUT).locator('[data-testid^="idp-list-"][data-testid$="-header"]')
        return [h.strip() for h in headers.all_inner_texts()]

    def has_connection(self, name: str) -> bool:
        """Whether a card for ``name`` is shown."""
        return self._card(name).count() > 0

    def _add_button(self) -> Locator:
        self.wait()
        layout = self._tid(_LAYOUT)
        real = self._tid("idp-add-button").or_(self._tid("idp-list-empty-placeholder").get_by_role("button"))
        return self._pick("idp-2", "Create Connection", self._control("Create Connection", layout), real)

    def _choose_custom_connector(self) -> None:
        expect(self._tid("connection-templates-page-layout")).to_be_visible()
        card = self._tid("connection-templates-Expert Mode")
        header = self._tid("connection-templates-Expert Mode-header", card)
        expect(header).to_be_visible()
        self._prove(("idp-2",), "the connection templates, with the Custom Connector")
        shown = " ".join(header.inner_text().split())
        if shown != _CUSTOM_CONNECTOR:
            self._drift("idp-2", _CUSTOM_CONNECTOR, shown)
        # By its text: an icon font's glyph ends the button's accessible name.
        create = card.get_by_role("button").filter(has_text=re.compile(r"^\s*Create\s*$"))
        (create if create.count() else header).click()

    def _wizard(self) -> Locator:
        # The wizard's component id is the fetched template's templateId, or its default without one.
        modal = self._tid("expert-mode-idp-modal").or_(self._tid("expert-mode-idp-create-wizard-modal")).first
        expect(modal).to_be_visible()
        return modal

    def create_custom_connector(self, name: str, description: str = "") -> ConnectionPage:
        """ "Create Connection" → "Custom Connector" → name and description → "Finish" (idp-2, idp-3)."""
        self._add_button().click()
        self._choose_custom_connector()
        modal = self._wizard()
        form = modal.locator("form#expert-mode-authenticator-wizard-form")
        # The wizard checks a typed name 500 ms later (GET ?filter=name eq <name>); its answer decides
        # whether Create is refused in the form or sent to IS, so it is awaited.
        with self.page.expect_response(lambda r: _is_name_check(r.url, name)):
            form.locator('input[name="name"]').fill(name)
        form.locator('textarea[name="description"]').fill(description)
        # Until the Wizard reports its one page the same button briefly reads "Next".
        finish = modal.locator('[data-componentid$="-modal-finish-button"]').filter(
            has_not_text=re.compile(r"Next")
        )
        button = self._pick("idp-3", "Finish", self._control("Finish", modal), finish)
        expect(button).to_be_enabled()
        button.click()
        return self._created(modal, name)

    def _created(self, modal: Locator, name: str) -> ConnectionPage:
        """The edit page of the new connection, or the wizard's refusal (its alert, or a field's error)."""
        title = self._tid("idp-edit-page-page-layout-page-header-title")
        alert = modal.locator(_WIZARD_ALERT).locator("xpath=..")
        field_error = modal.get_by_role("alert")
        expect(title.or_(alert).or_(field_error).first).to_be_visible()
        for refusal in (alert, field_error):
            if refusal.count() and refusal.first.is_visible():
                raise ConsoleError(" ".join(refusal.first.inner_text().split()))
        created = ConnectionPage(self.page, self.base_url, self.on_drift).wait(name)
        created._prove(("idp-3",), f"the new connection “{name}”, created by the Custom Connector wizard")
        return created

    def open_connection(self, name: str, step_id: str = "attr-2") -> ConnectionPage:
        """Select the connection and click "Set up" (attr-2; also jit-1)."""
        self.wait()
        card = self._card(name)
        expect(card).to_be_visible()
        card.hover()  # whether the edit link shows only on hover was not read: hover, as a person does
        real = self._tid("resource-grid-card-item-edit-button", card)
        self._pick(step_id, "Set up", self._control("Set up", card), real).click()
        opened = ConnectionPage(self.page, self.base_url, self.on_drift).wait(name)
        opened._prove(("attr-2", "jit-1"), f"the connection “{name}”, selected in Connections")
        return opened
