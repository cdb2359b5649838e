"""The connection's Attributes tab (is-console-ui.md §6): mappings, subject, provisioning attributes.

As in the real Console, the mapping modal's "Save" only stages the mappings; "Update" saves the
whole tab (doc steps attr-5 and attr-8).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase

__all__ = ["AttributesMixin"]

_ATTRS = "idp-edit-page-attribute-settings"
_PROVISIONING = f"{_ATTRS}-provisioning-attribute-selection"


class AttributesMixin(ConsolePageBase):
    """Attributes-tab verbs of the connection edit page."""

    def open_tab(self, label: str, step_id: str | None = None) -> AttributesMixin:  # pragma: no cover
        """Provided by the connection page."""
        raise NotImplementedError

    def _attributes_pane(self) -> Locator:
        self.open_tab("Attributes", "attr-3")
        pane = self._tid(_ATTRS)
        expect(pane).to_be_visible()
        return pane

    def add_attribute_mapping(self, external: str, local: str) -> AttributesMixin:
        """Map one external attribute to a local attribute (display name or URI) and click Save."""
        return self.add_attribute_mappings({external: local})

    def add_attribute_mappings(self, mappings: Mapping[str, str]) -> AttributesMixin:
        """ "Add Attribute Mapping" for each ``external → local`` pair, then "Save" (attr-3..attr-5)."""
        pane = self._attributes_pane()
        real_heading = pane.get_by_text("Connection Attribute Mappings", exact=True)
        self._check_words("attr-3", "Identity Provider Attribute Mappings", real_heading, pane)
        real_add = self._tid("attributes-selection-v2-list-layout-add-button", pane).or_(
            self._tid("attributes-selection-v2-empty-placeholder", pane).get_by_role("button")
        )
        self._pick(
            "attr-3", "Add Attribute Mapping", self._control("Add Attribute Mapping", pane), real_add
        ).click()
        modal = self.page.get_by_role("dialog").filter(has_text="Add Attribute Mappings")
        expect(modal).to_be_visible()
        for external, local in mappings.items():
            self._stage_mapping(modal, external, local)
        save = modal.get_by_role("button", name="Save", exact=True)
        self._pick("attr-5", "Save", save, save).click()
        expect(modal).to_be_hidden()
        return self

    def _stage_mapping(self, modal: Locator, external: str, local: str) -> None:
        modal.locator('input[name="mappedValue"]').fill(external)
        dropdown = modal.locator(".ui.dropdown").filter(has=self.page.locator('input[name="localClaimId"]'))
        dropdown.click()
        dropdown.locator("input.search").fill(local)
        option = dropdown.get_by_role("option").filter(has=self.page.get_by_text(local, exact=True))
        option.first.click()
        real_add = modal.locator('button[name="submit-button"]')
        add = self._pick(
            "attr-4", "Add Attribute Mapping", self._control("Add Attribute Mapping", modal), real_add
        )
        expect(add).to_be_enabled()
        add.click()
        expect(
            modal.locator("tbody tr").filter(has=self.page.get_by_text(external, exact=True))
        ).to_have_count(1)

    def set_subject_attribute(self, external: str) -> AttributesMixin:
        """Under Subject, choose the Subject Attribute (attr-6); saved by ``update_attributes``."""
        pane = self._attributes_pane()
        real = self._tid(f"{_ATTRS}-uri-attribute-settings-form-element-subject", pane)
        self._check_words("attr-6", "Subject Attribute", pane.get_by_text("Subject Attribute"), pane)
        self._choose(real, external)
        return self

    def _choose(self, dropdown: Locator, text: str) -> None:
        expect(dropdown).to_be_visible()
        dropdown.click()
        dropdown.get_by_role("option").filter(has_text=text).filter(
            has=self.page.get_by_text(text, exact=True)
        ).first.click()
        expect(dropdown.locator(".text").first).to_have_text(text)

    def select_provisioning_attributes(
        self, attributes: Iterable[str], defaults: Mapping[str, str] | None = None
    ) -> AttributesMixin:
        """Under Provisioning Attributes Selection, select ``attributes`` (attr-7), with default values."""
        pane = self._attributes_pane()
        section = self._tid(_PROVISIONING, pane)
        heading = section.get_by_text("Provisioning Attributes Selection", exact=True)
        self._check_words("attr-7", "Provisioning Attributes Selection", heading, pane)
        opener = self._tid(f"{_PROVISIONING}-edit-button", section).or_(
            self._tid(f"{_PROVISIONING}-empty-placeholder", section).get_by_role("button")
        )
        opener.filter(visible=True).first.click()
        wizard = self._tid(f"{_PROVISIONING}-wizard")
        expect(wizard).to_be_visible()
        wanted = set(attributes)
        for box in wizard.locator(".ui.checkbox").all():
            name = (box.locator("input").get_attribute("value") or "").strip()
            if box.locator("input").is_checked() != (name in wanted):
                box.locator("label").click()
        wizard.get_by_role("button", name="Save", exact=True).click()
        expect(wizard).to_be_hidden()
        for name, value in (defaults or {}).items():
            section.get_by_label(f"Default value of {name}").fill(value)
        return self

    def update_attributes(self) -> AttributesMixin:
        """Click Update to save the Attributes tab (attr-8)."""
        pane = self._tid(_ATTRS)
        real = self._tid(f"{_ATTRS}-update-button")
        self._submit(self._pick("attr-8", "Update", self._control("Update", pane), real))
        return self

    def attribute_mappings(self) -> dict[str, str]:
        """The saved mappings as shown: ``{external attribute: mapped local attribute's display name}``."""
        pane = self._attributes_pane()
        rows = self._tid("attributes-selection-v2-mapped-list", pane).locator("tbody tr")
        cells = rows.evaluate_all(
            "rs => rs.map(r => [...r.querySelectorAll('td')].map(c => c.textContent.trim()))"
        )
        return {str(c[0]): str(c[1]) for c in cells}
