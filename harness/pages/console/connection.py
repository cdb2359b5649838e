"""The connection edit page: its frame, the Settings tab's authenticator wizard, General, Connected Apps,
(``JitMixin``, ``jit.py``) the Just-in-Time Provisioning tab and (``AttributesMixin``, ``attributes.py``) the
Attributes tab.

What the real IS 7.1/7.2 Console renders (PROVENANCE.md "Connections" and "Connection Settings";
identity-apps ``pages/connection-edit.tsx``, ``components/edit/connection-edit.tsx``,
``edit/settings/authenticator-settings.tsx``, ``wizards/authenticator-create-wizard.tsx``):

- the title ``idp-edit-page-page-layout-page-header-title`` and the tabs ``idp-edit-page-resource-tabs``
  (``.menu a.item``, no ``role=tab``); only the active pane is mounted, and it carries the wrapper's
  ``resource-tab-pane`` id, never an ``idp-edit-page-…-settings`` one (those are prefixes of inner ids);
- Settings: ``idp-edit-page-authenticator-settings-add-authenticator-button`` (in the empty placeholder, or
  above the list once there are two authenticators), the wizard modal ``…-authenticator-create-wizard-modal``
  (no ``role=dialog``), the Twitter card ``authenticator-template-selection-TwitterAuthenticator``, Next /
  Finish ``add-connection-modal-next-button`` / ``-finish-button``, the step's form
  ``…-authenticator-create-wizard-authenticator-settings-form``;
- fields are legacy ``@wso2is/forms`` ``Field``s: ``input[name=<property key>]`` with no id and no
  aria-label, so no ``<label>`` is tied to them: they are found by name inside their form's test id, and the
  doc's label is compared with the ``<label>`` a person sees beside the input;
- a saved authenticator of a Custom Connector renders in CREATE mode inside its accordion
  (``…-TwitterAuthenticator-content-form``): the Callback URL is an editable text field there, and the form
  has its own "Update" ``…-TwitterAuthenticator-content-submit-button``;
- General: ``form#idp-general-details-form`` (the form's test id reaches no element), the danger zone's
  ``idp-edit-page-general-settings-delete-idp-danger-zone-delete-button`` and the confirmation modal
  ``idp-edit-page-general-settings-delete-idp-confirmation``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from playwright.sync_api import Locator, expect

from harness.pages.console.attributes import AttributesMixin
from harness.pages.console.base import ConsoleError, ConsolePageBase, words_pattern
from harness.pages.console.jit import JitMixin

__all__ = ["ConnectionPage"]

# Test ids are spelled out where they are used (PROVENANCE.md cites each one as written).
_TWITTER = "TwitterAuthenticator"
_TWITTER_FIELDS = ("API Key", "APIKey"), ("API Secret", "APISecret"), ("Callback URL", "callbackUrl")
_FIELD_LABEL = "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]/label"
_WIZARD_ALERT = '[data-componentid="wizard-alert-message"]'
_ACTIVE = re.compile(r"\bactive\b")


class ConnectionPage(AttributesMixin, JitMixin, ConsolePageBase):
    """``/console/connections/{id}``."""

    def wait(self, name: str | None = None) -> ConnectionPage:
        """Wait for the edit page (of ``name`` when given) with its tabs."""
        title = self._tid("idp-edit-page-page-layout-page-header-title")
        expect(title).to_be_visible()
        if name is not None:
            expect(title).to_have_text(name)
        expect(self._tid("idp-edit-page-resource-tabs")).to_be_visible()
        # Kept now: the page object may outlive the page (the browser moves on to other pages).
        self._id = urlsplit(self.page.url).path.rstrip("/").rsplit("/", 1)[-1]
        return self

    @property
    def connection_id(self) -> str:
        """The connection's id, read from the URL (``/console/connections/{id}``) when it was shown."""
        return self._id

    def _tabs(self) -> Locator:
        return self._tid("idp-edit-page-resource-tabs").locator(".menu a.item")

    def _pane(self) -> Locator:
        """The mounted tab pane (the ResourceTab.Pane wrapper's own id: the page gives panes none)."""
        return self._tid("idp-edit-page-resource-tabs").locator('[data-testid="resource-tab-pane"]')

    def open_tab(self, label: str, step_id: str | None = None) -> ConnectionPage:
        """Select the tab the doc calls ``label`` (tab ids are not in the DOM: select by text)."""
        tab = self._tabs().filter(has_text=words_pattern(label))
        if step_id is not None:
            tab = self._pick(step_id, label, tab, tab)
        expect(tab.first).to_be_visible()
        # Re-selecting the open tab would discard what the admin staged on it (the Attributes tab).
        if not _ACTIVE.search(tab.first.get_attribute("class") or ""):
            tab.first.click()
        expect(self._tabs().filter(has_text=words_pattern(label)).first).to_have_class(_ACTIVE)
        return self

    # ---- labels a person sees beside a name-located field ------------------------------------------

    def _field(self, form: Locator, key: str, step_id: str, doc_label: str) -> Locator:
        """``input[name=key]`` inside ``form``; the doc's label compared with the visible ``<label>``."""
        field = form.locator(f'input[name="{key}"]')
        expect(field).to_be_visible()
        label = field.locator(_FIELD_LABEL)
        shown = " ".join(label.first.inner_text().split()) if label.count() else ""
        self._drift(step_id, doc_label, shown)
        return field

    # ---- Settings: New Authenticator → Twitter → Next → fields → Finish (idp-4..idp-6) -------------

    def _settings_ready(self) -> Locator:
        """The Settings pane once its authenticators have loaded (the placeholder, or the accordion)."""
        pane = self._pane()
        loaded = self._tid("idp-edit-page-authenticator-settings-empty-placeholder", pane).or_(
            self._tid("idp-edit-page-authenticator-settings-accordion", pane)
        )
        expect(loaded.first).to_be_visible()
        return pane

    def add_twitter_authenticator(self, api_key: str, api_secret: str, callback_url: str) -> ConnectionPage:
        """Add the Twitter authenticator with the doc's three parameters."""
        self.open_tab("Settings", "idp-4")
        pane = self._settings_ready()
        self._prove(("idp-4",), "the connection's Settings tab")
        add = self._tid("idp-edit-page-authenticator-settings-add-authenticator-button", pane)
        if not add.count():
            raise ConsoleError(
                "no New Authenticator button: the connection has its one authenticator already"
            )
        self._pick("idp-5", "New Authenticator", self._control("New Authenticator", pane), add).click()
        modal = self._tid("idp-edit-page-authenticator-settings-authenticator-create-wizard-modal")
        expect(modal).to_be_visible()
        self._choose_twitter(modal)
        next_button = self._tid("add-connection-modal-next-button", modal)
        next_button = self._pick("idp-5", "Next", self._control("Next", modal), next_button)
        expect(next_button).to_be_enabled()
        next_button.click()
        form = self._tid(
            "idp-edit-page-authenticator-settings-authenticator-create-wizard-authenticator-settings-form",
            modal,
        )
        values = (api_key, api_secret, callback_url)
        self._prove(("idp-5",), "the authenticator wizard after Twitter and Next")
        for (doc_label, key), value in zip(_TWITTER_FIELDS, values, strict=True):
            self._field(form, key, "idp-6", doc_label).fill(value)
        finish = self._tid("add-connection-modal-finish-button", modal)
        self._finish_wizard(modal, self._pick("idp-6", "Finish", self._control("Finish", modal), finish))
        expect(
            self._tid("idp-edit-page-authenticator-settings-TwitterAuthenticator-content-form")
        ).to_be_visible()
        self._prove(("idp-6",), "the Twitter authenticator saved on the connection (the API Secret masked)")
        return self

    def _choose_twitter(self, modal: Locator) -> None:
        card = self._tid("authenticator-template-selection-TwitterAuthenticator", modal)
        expect(card).to_be_visible()
        header = card.locator(".header")
        shown = " ".join(header.first.inner_text().split()) if header.count() else ""
        self._drift("idp-5", "Twitter", shown)
        card.click()

    def _finish_wizard(self, modal: Locator, button: Locator) -> None:
        """Click Finish: the success toast closes the wizard; its in-modal alert or a field error refuses."""
        expect(button).to_be_enabled()
        button.click()
        success = self.page.locator('[data-testid="alert"] .notification-success')
        alert = modal.locator(_WIZARD_ALERT).locator("xpath=..")
        field_error = modal.get_by_role("alert")
        expect(success.or_(alert).or_(field_error).first).to_be_visible()
        for refusal in (alert, field_error):
            if refusal.count() and refusal.first.is_visible():
                raise ConsoleError(" ".join(refusal.first.inner_text().split()))
        expect(modal).to_be_hidden()

    def _authenticator_form(self, authenticator: str) -> Locator:
        self.open_tab("Settings")
        form = self._tid(f"idp-edit-page-authenticator-settings-{authenticator}-content-form")
        expect(form).to_be_visible()
        return form

    def authenticator_values(self, authenticator: str = _TWITTER) -> dict[str, str]:
        """The saved authenticator's form as shown: ``{property key: rendered value}``."""
        inputs = self._authenticator_form(authenticator).locator("input[name]")
        return {i.get_attribute("name") or "": i.input_value() for i in inputs.all()}

    def authenticator_field_is_read_only(self, key: str, authenticator: str = _TWITTER) -> bool:
        """Whether the saved authenticator's field ``key`` is read-only (a Custom Connector's are not: its
        form is in CREATE mode; outside it the callback URL is a copy field whose input has no name)."""
        form = self._authenticator_form(authenticator)
        named = form.locator(f'input[name="{key}"]')
        copy = self._tid(
            f"idp-edit-page-authenticator-settings-{authenticator}-content-form-{key}-wrapper", form
        ).locator("input")
        field = named.or_(copy).first
        expect(field).to_be_attached()
        return not field.is_editable()

    def update_authenticator(
        self, fields: Mapping[str, str], authenticator: str = _TWITTER
    ) -> ConnectionPage:
        """Change saved properties (``{key: value}``) in the authenticator's form and click its Update."""
        form = self._authenticator_form(authenticator)
        for key, value in fields.items():
            form.locator(f'input[name="{key}"]').fill(value)
        self._submit(
            self._tid(f"idp-edit-page-authenticator-settings-{authenticator}-content-submit-button", form)
        )
        expect(
            self._tid(f"idp-edit-page-authenticator-settings-{authenticator}-content-form")
        ).to_be_visible()
        return self

    # ---- Connected Apps ----------------------------------------------------------------------------

    def connected_apps(self) -> list[str]:
        """Names of the applications the Connected Apps tab lists."""
        self.open_tab("Connected Apps")
        table = self._tid("idp-edit-page-connected-apps-settings-data-table")
        expect(table).to_be_visible()
        names = self._tid("idp-edit-page-connected-apps-settings-item-heading", table)
        return [n.strip() for n in names.all_inner_texts()]

    # ---- General ---------------------------------------------------------------------------------

    def update_general(self, name: str, description: str) -> ConnectionPage:
        """Change the name and description on the General tab and click Update."""
        self.open_tab("General")
        form = self._pane().locator("form#idp-general-details-form")
        expect(form).to_be_visible()
        form.locator('input[name="name"]').fill(name)
        form.locator('textarea[name="description"]').fill(description)
        self._submit(form.locator('button[name="submit"]'))
        return self.wait(name)

    def delete(self) -> None:
        """Delete the connection from the General tab's danger zone and confirm."""
        self.open_tab("General")
        self._tid("idp-edit-page-general-settings-delete-idp-danger-zone-delete-button", self._pane()).click()
        modal = self.page.locator(
            '.ui.modal[data-testid="idp-edit-page-general-settings-delete-idp-confirmation"]'
        )
        expect(modal).to_be_visible()
        self._tid("idp-edit-page-general-settings-delete-idp-confirmation-assertion-checkbox", modal).locator(
            "label"
        ).click()
        self._submit(
            self._tid("idp-edit-page-general-settings-delete-idp-confirmation-confirm-button", modal)
        )
        expect(self._tid("idp-page-layout")).to_be_visible()
