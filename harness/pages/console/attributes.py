"""The connection's Attributes tab (attr-3..attr-8), as the real IS 7.1/7.2 Console renders it.

PROVENANCE.md "Connection Attributes" (identity-apps ``components/edit/settings/attribute-settings.tsx`` and
``attribute-management/*``, F @90c4d925; the 2025 versions read render the same hooks):

- ``idp-edit-page-attribute-settings`` lands on no element (audit row 11): the pane is the ResourceTab
  wrapper's ``resource-tab-pane``, and the tab shows a loader until the local claims
  (GET ``/claim-dialects/local/claims``) have answered; its Update button
  ``idp-edit-page-attribute-settings-update-button`` is rendered only then;
- the mappings section (h4 "Connection Attribute Mappings") carries the default prefix
  ``attributes-selection-v2``: its add button is ``…-list-layout-add-button`` once a mapping exists, else the
  PrimaryButton (no id) of the placeholder ``…-empty-placeholder``; saved mappings are rows of
  ``attributes-selection-v2-list`` (audit row 20: not ``…-mapped-list``), whose second cell holds the display
  name and the claim URI;
- "Add Attribute Mappings" is a Semantic modal with no test id and no ``role=dialog`` (audit row 7): it is
  found by its add form ``form#idp-attributes-mapping-list-item-form``; ``input[name=mappedValue]``, the
  ``Field.Dropdown`` whose ``name=localClaimId`` sits on the dropdown's root div (audit row 18: there is no
  ``input[name=localClaimId]``), the button ``button[name=submit-button]`` whose accessible name is its
  aria-label "Attribute Selection Form Submit Button" (the words a person sees are its text), and the
  wrappers' ``primary-button`` "Save";
- the subject dropdown ``…-uri-attribute-settings-form-element-subject`` (disabled with no mapping);
- the provisioning attributes are chosen in a transfer list inside ``…-wizard-modal`` (audit row 19): tick an
  item (its checkbox has no value), then the add / remove button, then Save; each chosen attribute's default
  value is a row of ``…-provisioning-attribute-selection-list``;
- Update sends PUT ``claims`` then PUT ``roles`` and ends in "Update successful"; an empty default value is
  refused by the Console itself (warning "Cannot perform update").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsoleError, ConsolePageBase, words_pattern

if TYPE_CHECKING:
    from harness.drivers.base import AttributePlan

__all__ = ["AttributesMixin"]

_TAB = "Attributes"
_ADD_FORM = "form#idp-attributes-mapping-list-item-form"
_DISABLED = re.compile(r"\bdisabled\b")
_COLUMN = "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' column ')][1]/h4"
_FIELD_LABEL = "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]/label"


def _shown(locator: Locator) -> str:
    return " ".join(locator.first.inner_text().split()) if locator.count() else ""


def _option_named(display_name: str) -> re.Pattern[str]:
    """A "Maps to" option: the local attribute's display name, then its URI beneath it."""
    return re.compile(r"^\s*" + re.escape(display_name) + r"\s*(\w[\w+.-]*://|urn:)")


class AttributesMixin(ConsolePageBase):
    """The Attributes tab's actions on the connection edit page (mixed into ``ConnectionPage``)."""

    if TYPE_CHECKING:  # provided by ConnectionPage

        def open_tab(self, label: str, step_id: str | None = None) -> Any: ...

        def _pane(self) -> Locator: ...

    # ---- the tab ------------------------------------------------------------------------------------

    def _attributes_pane(self, step_id: str | None = None) -> Locator:
        """Open the tab and wait until it has loaded: its Update button renders only after the local
        claims have answered and the connection's claims are staged."""
        self.open_tab(_TAB, step_id)
        pane = self._pane()
        expect(self._tid("idp-edit-page-attribute-settings-update-button", pane)).to_be_visible()
        return pane

    def configure_attributes(self, plan: AttributePlan) -> None:
        """Attributes tab (attr-3): the mappings (attr-3..5), the Subject Attribute (attr-6), the provisioning
        attributes and their default values (attr-7), then Update (attr-8)."""
        pane = self._attributes_pane("attr-3")
        if plan.mappings:
            self.add_attribute_mappings(plan.mappings, pane)
        if plan.subject is not None:
            self.choose_subject(plan.subject, pane)
        if plan.provisioning:
            self.choose_provisioning_attributes(dict(plan.provisioning), pane)
        self.update_attributes(pane)

    def update_attributes(self, pane: Locator | None = None) -> None:
        """Update (attr-8): PUT claims and roles; the page re-fetches the connection and remounts the tab."""
        pane = pane if pane is not None else self._attributes_pane()
        button = self._tid("idp-edit-page-attribute-settings-update-button", pane)
        self._submit(self._pick("attr-8", "Update", self._control("Update", pane), button))
        self._attributes_pane()
        self._prove(("attr-8",), "the Attributes tab after Update")

    # ---- mappings (attr-3..attr-5) -------------------------------------------------------------------

    def _mapping_section(self, pane: Locator) -> Locator:
        """The mappings' own element: the placeholder segment, or the action bar once mappings exist."""
        return self._tid("attributes-selection-v2", pane).or_(
            self._tid("attributes-selection-v2-action-bar", pane)
        )

    def open_mapping_modal(self, pane: Locator | None = None) -> Locator:
        """Click "Add Attribute Mapping" (attr-3) and return the mounted "Add Attribute Mappings" modal."""
        pane = pane if pane is not None else self._attributes_pane("attr-3")
        section = self._mapping_section(pane)
        expect(section.first).to_be_visible()
        self._check_words(
            "attr-3", "Identity Provider Attribute Mappings", section.first.locator(_COLUMN), pane
        )
        real = self._tid("attributes-selection-v2-list-layout-add-button", pane).or_(
            self._tid("attributes-selection-v2-empty-placeholder", pane).get_by_role("button")
        )
        add = self._pick(
            "attr-3", "Add Attribute Mapping", self._control("Add Attribute Mapping", pane), real
        )
        expect(add).to_be_enabled()
        add.click()
        modal = self._mapping_modal()
        # Mounted: the add form is there and its dropdown has taken the unmapped local attributes (the
        # modal copies them in an effect after its first render; a semantic menu keeps its items in the DOM).
        dropdown = modal.locator(_ADD_FORM).locator('[name="localClaimId"]')
        expect(dropdown).to_be_visible()
        expect(dropdown.locator(".menu > .item").first).to_be_attached()
        self._prove(("attr-3",), "the Add Attribute Mappings modal, opened from the Attributes tab")
        return modal

    def _mapping_modal(self) -> Locator:
        return self.page.locator(".ui.modal").filter(has=self.page.locator(_ADD_FORM))

    def cancel_mapping_modal(self, modal: Locator) -> None:
        """Close the modal with Cancel (nothing staged in it is kept)."""
        self._tid("link-button", modal.locator(".actions")).click()
        expect(modal).to_have_count(0)

    def add_attribute_mappings(
        self, mappings: Iterable[tuple[str, str]], pane: Locator | None = None
    ) -> None:
        """Open the modal, add each (external attribute, local display name), Save (attr-3..attr-5)."""
        pane = pane if pane is not None else self._attributes_pane("attr-3")
        modal = self.open_mapping_modal(pane)
        wanted = list(mappings)
        for external, local in wanted:
            self._add_mapping(modal, external, local)
        self._prove(("attr-4",), "the mappings added in the modal, before Save")
        actions = modal.locator(".actions")
        save = self._pick(
            "attr-5", "Save", self._control("Save", actions), self._tid("primary-button", actions)
        )
        expect(save).to_be_enabled()
        save.click()
        expect(modal).to_have_count(0)  # the modal is mounted only while open
        listed = self.attribute_mappings(pane)
        missing = [m for m in wanted if m not in listed]
        if missing:
            raise ConsoleError(
                f"the Attributes tab does not list the mappings {missing} after Save: {listed}"
            )
        self._prove(("attr-5",), "the saved mappings listed on the Attributes tab")

    def _add_mapping(self, modal: Locator, external: str, local: str) -> None:
        form = modal.locator(_ADD_FORM)
        form.locator('input[name="mappedValue"]').fill(external)
        self._pick_local_attribute(modal, form, local)
        real = form.locator('button[name="submit-button"]')
        doc = real.filter(has_text=words_pattern("Add Attribute Mapping"))
        button = self._pick("attr-4", "Add Attribute Mapping", doc, real)
        # The form settles one of two ways: the button enabled, or the field's error prompt shown (the
        # button then stays disabled). Waiting for either ends on the form's own signal, not a timeout.
        prompt = form.locator(".prompt.label")
        try:
            expect(button.and_(form.locator("button:enabled")).or_(prompt).first).to_be_visible()
            refused = prompt.count() > 0
        except AssertionError:
            refused = True
        if refused:
            error = _shown(prompt)
            self.cancel_mapping_modal(modal)
            raise ConsoleError(
                f"the Console does not take {external!r} as an external attribute"
                + (f": {error}" if error else " (the Add Attribute Mapping button stays disabled)")
            ) from None
        button.click()
        added = modal.locator("table tbody tr").filter(has=self.page.get_by_text(external, exact=True))
        expect(added).to_have_count(1)

    def _pick_local_attribute(self, modal: Locator, form: Locator, local: str) -> None:
        """Choose ``local`` in the searchable "Maps to" dropdown (its root div carries the name)."""
        dropdown = form.locator('[name="localClaimId"]')
        dropdown.locator("input.search").fill(local)
        menu = dropdown.locator(".menu")
        option = menu.get_by_role("option").filter(has_text=_option_named(local))
        none = menu.locator(".message")
        expect(option.or_(none).first).to_be_visible()
        if not option.count():
            self.cancel_mapping_modal(modal)
            raise ConsoleError(f"the Console offers no local attribute {local!r} to map to (already mapped?)")
        option.first.click()
        expect(dropdown.locator(".divider.text")).to_have_text(local)

    def attribute_mappings(self, pane: Locator | None = None) -> list[tuple[str, str]]:
        """The mappings the tab lists: (external attribute, local display name)."""
        pane = pane if pane is not None else self._attributes_pane()
        table = self._tid("attributes-selection-v2-list", pane)
        if not table.count():
            expect(self._tid("attributes-selection-v2-empty-placeholder", pane)).to_be_visible()
            return []
        rows = []
        for row in table.locator("tbody tr").all():
            cells = row.locator("td")
            # The second cell holds the display name, then the claim URI (audit row 20).
            rows.append(
                (cells.nth(0).inner_text().strip(), cells.nth(1).locator("div").first.inner_text().strip())
            )
        return rows

    # ---- subject (attr-6) ----------------------------------------------------------------------------

    def _subject_dropdown(self, pane: Locator) -> Locator:
        return self._tid("idp-edit-page-attribute-settings-uri-attribute-settings-form-element-subject", pane)

    def choose_subject(self, external: str, pane: Locator | None = None) -> None:
        """Choose ``external`` (a mapped attribute) as the Subject Attribute (attr-6); staged until Update."""
        pane = pane if pane is not None else self._attributes_pane()
        dropdown = self._subject_dropdown(pane)
        expect(dropdown).to_be_visible()
        self._check_words("attr-6", "Subject", dropdown.locator(_COLUMN), pane)
        self._drift("attr-6", "Subject Attribute", _shown(dropdown.locator(_FIELD_LABEL)))
        if _DISABLED.search(dropdown.get_attribute("class") or ""):
            raise ConsoleError(
                "the Subject Attribute is disabled: the Console enables it once attributes are mapped"
            )
        dropdown.click()
        option = dropdown.get_by_role("option", name=external, exact=True)
        try:
            expect(option).to_be_visible()
        except AssertionError:
            offered = [t.strip() for t in dropdown.get_by_role("option").all_inner_texts()]
            raise ConsoleError(f"the Subject Attribute offers no {external!r}; it offers {offered}") from None
        option.click()
        expect(dropdown.locator(".divider.text")).to_have_text(external)
        self._prove(("attr-6",), f"the Subject Attribute set to {external!r}")

    def subject_attribute(self, pane: Locator | None = None) -> str:
        """The Subject Attribute the tab shows ("Default Subject" when none is chosen)."""
        pane = pane if pane is not None else self._attributes_pane()
        dropdown = self._subject_dropdown(pane)
        expect(dropdown).to_be_visible()
        return dropdown.locator(".divider.text").inner_text().strip()

    # ---- provisioning attributes (attr-7) ----------------------------------------------------------

    def choose_provisioning_attributes(self, selected: dict[str, str], pane: Locator | None = None) -> None:
        """Provisioning Attributes Selection (attr-7): exactly ``selected`` (external attribute → default
        value) in the transfer list, Save, then each default value; staged until Update."""
        pane = pane if pane is not None else self._attributes_pane()
        section = self._tid("idp-edit-page-attribute-settings-provisioning-attribute-selection-section", pane)
        expect(section).to_be_visible()
        self._check_words(
            "attr-7", "Provisioning Attributes Selection", section.locator(":scope > .column > h4"), section
        )
        modal = self._open_provisioning_wizard(section)
        self._transfer(modal, selected)
        self._tid(
            "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-save-button",
            modal,
        ).click()
        expect(modal).to_be_hidden()
        table = self._tid("idp-edit-page-attribute-settings-provisioning-attribute-selection-list", pane)
        for external, default in selected.items():
            row = table.locator("tbody tr").filter(has=self.page.get_by_text(external, exact=True))
            expect(row).to_have_count(1)
            row.locator("div.ui.input input").fill(default)
        self._prove(("attr-7",), "the provisioning attributes chosen, with their default values")

    def _open_provisioning_wizard(self, section: Locator) -> Locator:
        edit = self._tid(
            "idp-edit-page-attribute-settings-provisioning-attribute-selection-edit-button", section
        )
        empty = self._tid(
            "idp-edit-page-attribute-settings-provisioning-attribute-selection-empty-placeholder", section
        ).get_by_role("button")
        opener = edit.or_(empty)
        expect(opener.first).to_be_enabled()
        opener.first.click()
        modal = self._tid("idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal")
        expect(modal).to_be_visible()
        return modal

    def _transfer_row(self, column: Locator, external: str) -> Locator:
        return column.locator("tbody tr").filter(has=self.page.get_by_text(external, exact=True))

    def _tick(self, rows: Iterable[Locator]) -> bool:
        """Tick each row's checkbox (its hidden input has no value): whether any was ticked."""
        ticked = False
        for row in rows:
            box = row.locator(".ui.checkbox")
            box.click()
            expect(box.locator("input")).to_be_checked()
            ticked = True
        return ticked

    def _transfer(self, modal: Locator, selected: dict[str, str]) -> None:
        """Move the wanted attributes to the selected side and the others back (pick, then the button)."""
        unselected = self._tid(
            "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-content-unselected-groups",
            modal,
        )
        chosen = self._tid(
            "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-content-selected-groups",
            modal,
        )
        expect(unselected).to_be_visible()
        wanted = [e for e in selected if not self._transfer_row(chosen, e).count()]
        missing = [e for e in wanted if not self._transfer_row(unselected, e).count()]
        if missing:
            self._tid(
                "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-cancel-button",
                modal,
            ).click()
            raise ConsoleError(f"the Provisioning Attributes Selection offers no {missing} (map them first)")
        if self._tick(self._transfer_row(unselected, e) for e in wanted):
            self._tid(
                "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-content-unselected-groups-add-button",
                modal,
            ).click()
        extra = [r for r in chosen.locator("tbody tr").all() if self._row_name(r) not in selected]
        if self._tick(extra):
            self._tid(
                "idp-edit-page-attribute-settings-provisioning-attribute-selection-wizard-modal-content-unselected-groups-remove-button",
                modal,
            ).click()
        for external in selected:
            expect(self._transfer_row(chosen, external)).to_have_count(1)

    @staticmethod
    def _row_name(row: Locator) -> str:
        try:
            return row.locator("td").nth(1).locator("div").first.inner_text().strip()
        except PlaywrightError:
            return ""

    def provisioning_attributes(self, pane: Locator | None = None) -> dict[str, str]:
        """The provisioning attributes the tab lists, with the default values shown."""
        pane = pane if pane is not None else self._attributes_pane()
        table = self._tid("idp-edit-page-attribute-settings-provisioning-attribute-selection-list", pane)
        if not table.count():
            return {}
        return {
            row.locator("td").first.inner_text().strip(): row.locator("div.ui.input input").input_value()
            for row in table.locator("tbody tr").all()
        }
