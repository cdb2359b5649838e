"""The connection edit page: tabs, the Settings authenticator wizard, JIT, General (is-console-ui.md §3-5)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Locator, expect

from harness.pages.console.attributes import AttributesMixin
from harness.pages.console.base import ConsolePageBase, words_pattern

__all__ = ["ConnectionPage"]

_SETTINGS = "idp-edit-page-authenticator-settings"
_WIZARD = f"{_SETTINGS}-authenticator-create-wizard"
_JIT = "idp-edit-page-jit-provisioning-settings"
_TWITTER = "TwitterAuthenticator"


class ConnectionPage(AttributesMixin, ConsolePageBase):
    """``/console/connections/{id}``."""

    def wait(self, name: str | None = None) -> ConnectionPage:
        """Wait for the edit page (of ``name`` when given)."""
        title = self._tid("idp-edit-page-page-layout-page-header-title")
        expect(title).to_be_visible()
        if name is not None:
            expect(title).to_have_text(name)
        # Kept now: the page object may outlive the page (the browser moves on to other pages).
        self._id = urlsplit(self.page.url).path.rstrip("/").rsplit("/", 1)[-1]
        return self

    @property
    def connection_id(self) -> str:
        """The connection's id, read from the URL (``/console/connections/{id}``) when it was shown."""
        return self._id

    def open_tab(self, label: str, step_id: str | None = None) -> ConnectionPage:
        """Select the tab the doc calls ``label`` (tab ids are not in the DOM: select by text)."""
        tabs = self._tid("idp-edit-page-resource-tabs").locator(".menu a.item, [role=tab]")
        tab = tabs.filter(has_text=words_pattern(label))
        if step_id is not None:
            tab = self._pick(step_id, label, tab, tab)
        expect(tab.first).to_be_visible()
        active = re.compile(r"\bactive\b")
        # Re-selecting the open tab would discard what the admin staged on it (the Attributes tab).
        if not active.search(tab.first.get_attribute("class") or ""):
            tab.first.click()
        expect(tabs.filter(has_text=words_pattern(label)).first).to_have_class(active)
        return self

    # ---- Settings: New Authenticator → Twitter → Next → fields → Finish (idp-4..idp-6) -------------

    def add_twitter_authenticator(self, api_key: str, api_secret: str, callback_url: str) -> ConnectionPage:
        """Add the Twitter authenticator with the doc's three parameters."""
        self.open_tab("Settings", "idp-4")
        pane = self._tid(_SETTINGS)
        add = self._tid(f"{_SETTINGS}-add-authenticator-button")
        self._pick("idp-5", "New Authenticator", self._control("New Authenticator", pane), add).click()
        modal = self._tid(f"{_WIZARD}-modal")
        card = self._tid(f"authenticator-template-selection-{_TWITTER}", modal)
        doc_card = modal.locator(".selection-info-card, .card").filter(
            has=self.page.get_by_text("Twitter", exact=True)
        )
        self._pick("idp-5", "Twitter", doc_card, card).click()
        next_button = self._tid("add-connection-modal-next-button", modal)
        self._pick("idp-5", "Next", self._control("Next", modal), next_button).click()
        self._fill_authenticator(
            modal,
            {
                "API Key": ("APIKey", api_key),
                "API Secret": ("APISecret", api_secret),
                "Callback URL": ("callbackUrl", callback_url),
            },
        )
        finish = self._tid("add-connection-modal-finish-button", modal)
        self._submit(self._pick("idp-6", "Finish", self._control("Finish", modal), finish))
        expect(self._tid(f"{_SETTINGS}-{_TWITTER}-content-form")).to_be_visible()
        return self

    def _fill_authenticator(self, modal: Locator, fields: dict[str, tuple[str, str]]) -> None:
        for doc_label, (key, value) in fields.items():
            by_label = modal.get_by_label(doc_label, exact=True)
            field = self._pick("idp-6", doc_label, by_label, modal.locator(f'input[name="{key}"]'))
            field.fill(value)

    def authenticator_values(self, authenticator: str = _TWITTER) -> dict[str, str]:
        """The saved authenticator's form as shown in EDIT mode: ``{property key: rendered value}``."""
        self.open_tab("Settings")
        form = self._tid(f"{_SETTINGS}-{authenticator}-content-form")
        expect(form).to_be_visible()
        inputs = form.locator("input[name]")
        return {i.get_attribute("name") or "": i.input_value() for i in inputs.all()}

    def authenticator_field_is_read_only(self, key: str, authenticator: str = _TWITTER) -> bool:
        """Whether the EDIT-mode field ``key`` is read-only (the callback URL is, per form-fields-helper)."""
        field = self._tid(f"{_SETTINGS}-{authenticator}-content-form").locator(f'input[name="{key}"]')
        return not field.is_editable()

    # ---- Just-in-Time Provisioning (jit-2..jit-4) ----------------------------------------------

    def _jit_checkbox(self) -> Locator:
        return self._tid(_JIT).locator('input[name="enableJITProvisioning"]')

    def set_jit(self, enabled: bool) -> ConnectionPage:
        """Check or uncheck "Just-in-Time (JIT) User Provisioning" and click Update."""
        self.open_tab("Just-in-Time Provisioning", "jit-2")
        pane = self._tid(_JIT)
        doc_label = "Just-in-Time (JIT) User Provisioning"
        real = self._tid(f"{_JIT}-is-enable", pane).first.locator("label")
        toggle = self._pick("jit-3", doc_label, pane.get_by_text(doc_label, exact=True), real)
        if self._jit_checkbox().is_checked() != enabled:
            toggle.click()
        expect(self._jit_checkbox()).to_be_checked(checked=enabled)
        update = self._tid(f"{_JIT}-update-button")
        self._submit(self._pick("jit-4", "Update", self._control("Update", pane), update))
        return self

    def jit_enabled(self) -> bool:
        """Whether the JIT checkbox is checked (as saved: read after opening the tab)."""
        self.open_tab("Just-in-Time Provisioning")
        expect(self._tid(_JIT)).to_be_visible()
        return self._jit_checkbox().is_checked()

    def set_jit_options(
        self,
        *,
        scheme: str | None = None,
        userstore: str | None = None,
        associate_local_user: bool | None = None,
    ) -> ConnectionPage:
        """Choose the provisioning scheme (its label), the userstore and association, then Update."""
        self.open_tab("Just-in-Time Provisioning")
        pane = self._tid(_JIT)
        if scheme is not None:
            pane.get_by_text(scheme, exact=True).click()
        if userstore is not None:
            self._tid(f"{_JIT}-user-store-domain", pane).click()
            pane.get_by_role("option", name=userstore, exact=True).click()
        if associate_local_user is not None:
            box = pane.locator('input[name="associateLocalUser"]')
            if box.is_checked() != associate_local_user:
                pane.get_by_text("Associate provisioned users with existing local users", exact=True).click()
        self._submit(self._tid(f"{_JIT}-update-button"))
        return self

    def connected_apps(self) -> list[str]:
        """Names of the applications the Connected Apps tab lists."""
        self.open_tab("Connected Apps")
        pane = self._tid("idp-edit-page-connected-apps-settings")
        expect(pane).to_be_visible()
        return [n.strip() for n in pane.locator("tbody tr").all_inner_texts()]

    # ---- General ---------------------------------------------------------------------------------

    def update_general(self, name: str, description: str) -> ConnectionPage:
        """Change the name and description on the General tab."""
        self.open_tab("General")
        form = self._tid("idp-edit-page-general-settings-form")
        form.locator('input[name="name"]').fill(name)
        form.locator('textarea[name="description"]').fill(description)
        self._submit(self._control("Update", form))
        return self.wait(name)

    def delete(self) -> None:
        """Delete the connection from the General tab's danger zone and confirm."""
        self.open_tab("General")
        self._tid("idp-edit-page-general-settings-delete-button").click()
        confirm = self._tid("idp-edit-page-general-settings-delete-idp-confirmation-confirm-button")
        self._submit(confirm)
        expect(self._tid("idp-page-layout")).to_be_visible()
