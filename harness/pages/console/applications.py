"""Applications: the list, the templates page and the minimal create wizard of a Traditional Web Application
(OIDC); the edit page is ``ApplicationPage`` (``application.py``).

What the real IS 7.1/7.2 Console renders (PROVENANCE.md "Applications"; identity-apps
``pages/applications.tsx``, ``components/application-list.tsx``, ``pages/application-template.tsx``,
``wizard/minimal-application-create-wizard.tsx``):

- the list page ``applications-page-layout``; its "New Application" ``applications-list-layout-add-button``
  only while the list is not empty (the empty placeholder's button has no id of its own); the search
  ``applications-list-advanced-search`` (its box ``…-input``, Enter searches name, client id and issuer); the
  table ``applications-list`` has no header row; a row's name is in ``applications-list-item-heading``
  (``applications-…``, not the list component's default ``application-list-…``); a row click opens the app;
- the templates page: F's TemplateGrid card ``web-application`` ("Traditional Web Application"); a 2025
  Console renders Oxygen cards ``application-template-card-traditional-web-application`` instead (either
  works);
- the wizard ``minimal-application-create-wizard-modal`` (a Semantic modal, no ``role=dialog``); its fields
  are legacy ``Field``s and a URLInput with no id, so ``get_by_label`` finds nothing (audit row 22): the name
  is ``input[name=name]`` inside ``…-application-name-input``, the redirect URL the ``<input>`` of
  ``…-oauth-protocol-settings-form-callback-url-input``; the visible ``<label>`` is compared with the doc's
  words; Create is ``…-next-button``; after the POST the Console opens the new application's edit page.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from harness.pages.console.application import ApplicationPage
from harness.pages.console.base import ConsoleError, ConsolePageBase

__all__ = ["ApplicationsPage"]

_FIELD_LABEL = "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]/label"
# The URLInput's label sits in the row before its input's row.
_URL_LABEL = (
    "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' urlComponentInputRow ')][1]"
    "/preceding-sibling::div[1]//label"
)
_WIZARD_ALERT = '[data-componentid="wizard-alert-message"]'
_OIDC_CARD = "minimal-application-create-wizard-b9c5e11e-fc78-484b-9bec-015d247561b8-card"
_SELECTED = re.compile(r"\bselected\b")


def _text(locator: Locator) -> str:
    return " ".join(locator.first.inner_text().split()) if locator.count() else ""


class ApplicationsPage(ConsolePageBase):
    """``/console/applications``."""

    def wait(self) -> ApplicationsPage:
        """Wait for the list page with its loaded table (rows or a placeholder)."""
        expect(self._tid("applications-page-layout")).to_be_visible()
        # The table's loading rows are rows too: the list is in when a heading or a placeholder is.
        table = self._tid("applications-list")
        loaded = (
            self._tid("applications-list-item-heading", table)
            .or_(self._tid("applications-list-empty-placeholder", table))
            .or_(self._tid("applications-list-empty-search-placeholder-icon", table))
        )
        expect(loaded.first).to_be_visible()
        return self

    def names(self) -> list[str]:
        """Names of the applications listed (the heading's text before its template label)."""
        headings = self._tid("applications-list-item-heading", self._tid("applications-list"))
        return [
            str(n)
            for n in headings.evaluate_all(
                "els => els.map(e => (e.querySelector('.content')?.firstChild?.textContent || '').trim())"
            )
        ]

    def search(self, text: str) -> ApplicationsPage:
        """Type ``text`` in the list's search and press Enter."""
        box = self._tid("applications-list-advanced-search-input").locator("input")
        expect(box).to_be_enabled()
        with self.page.expect_response(lambda r: "/api/server/v1/applications?" in r.url):
            box.fill(text)
            box.press("Enter")
        return self.wait()

    def open_application(self, name: str) -> ApplicationPage:
        """Search for ``name`` and open its row (the doc: "Open Applications, pick the application"; the
        doc names no control for picking it, so there are no words to compare)."""
        self.search(name)
        # The heading holds the name as a bare text node followed by the template's label: its text is
        # never exactly the name, so the row is found by that first text node.
        row = self._tid("applications-list").locator("tbody > tr").filter(has=self._heading_named(name))
        expect(row).to_have_count(1)
        row.click()
        return ApplicationPage(self.page, self.base_url, self.on_drift).wait(name)

    def _heading_named(self, name: str) -> Locator:
        literal = f'"{name}"' if '"' not in name else f"'{name}'"
        content = "contains(concat(' ', normalize-space(@class), ' '), ' content ')"
        return self._tid("applications-list-item-heading").locator(
            f"xpath=.//*[{content}][normalize-space(text()[1])={literal}]"
        )

    def _new_application(self) -> None:
        """The header's "New Application", or the empty placeholder's id-less one."""
        header = self._tid("applications-list-layout-add-button")
        empty = self._tid("applications-list-empty-placeholder").get_by_role("button")
        expect(header.or_(empty).first).to_be_visible()
        (header if header.count() else empty).first.click()

    def create_traditional_web_application(
        self, name: str, redirect_url: str, step_id: str | None = None
    ) -> ApplicationPage:
        """New Application → Traditional Web Application → name, OpenID Connect, redirect URL → Create."""
        self._new_application()
        card = self.page.locator(
            '[data-testid="web-application"], '
            '[data-componentid="application-template-card-traditional-web-application"]'
        )
        expect(card.first).to_be_visible()
        card.first.click()
        modal = self._tid("minimal-application-create-wizard-modal")
        expect(modal).to_be_visible()
        self._name_field(modal, step_id).fill(name)
        self._choose_oidc(modal)
        self._redirect_field(modal, step_id).fill(redirect_url)
        return self._create(modal, name)

    def _name_field(self, modal: Locator, step_id: str | None) -> Locator:
        field = self._tid("minimal-application-create-wizard-application-name-input", modal).locator(
            'input[name="name"]'
        )
        expect(field).to_be_editable()
        if step_id is not None:
            self._drift(step_id, "Name", _text(field.locator(_FIELD_LABEL)))
        return field

    def _choose_oidc(self, modal: Locator) -> None:
        card = self._tid(_OIDC_CARD, modal)
        expect(card).to_be_visible()
        if not _SELECTED.search(card.get_attribute("class") or ""):
            card.click()
        expect(card).to_have_class(_SELECTED)

    def _redirect_field(self, modal: Locator, step_id: str | None) -> Locator:
        wrapper = self._tid(
            "minimal-application-create-wizard-oauth-protocol-settings-form-callback-url-input", modal
        )
        field = wrapper.locator("input")
        expect(field).to_be_editable()
        if step_id is not None:
            self._drift(step_id, "Authorized redirect URLs", _text(wrapper.locator(_URL_LABEL)))
        return field

    def _create(self, modal: Locator, name: str) -> ApplicationPage:
        """Click Create; the POST's 201 opens the edit page, the wizard's alert or a field error refuses."""
        create = self._tid("minimal-application-create-wizard-next-button", modal)
        expect(create).to_be_enabled()
        create.click()
        title = self._tid("application-edit-page-layout-page-header-title")
        refusal = modal.locator(_WIZARD_ALERT).locator("xpath=..").or_(modal.locator(".prompt.label"))
        expect(title.or_(refusal).first).to_be_visible()
        if refusal.count() and refusal.first.is_visible():
            raise ConsoleError(" ".join(refusal.first.inner_text().split()))
        return ApplicationPage(self.page, self.base_url, self.on_drift).wait(name)
