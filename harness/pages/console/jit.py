"""The connection's Just-in-Time Provisioning tab (doc steps jit-2..jit-4)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase

__all__ = ["JitMixin"]

_JIT = "idp-edit-page-jit-provisioning-settings"


class JitMixin(ConsolePageBase):
    """JIT-tab verbs of the connection edit page."""

    def open_tab(self, label: str, step_id: str | None = None) -> JitMixin:  # pragma: no cover
        """Provided by the connection page."""
        raise NotImplementedError

    def _jit_checkbox(self) -> Locator:
        return self._tid(_JIT).locator('input[name="enableJITProvisioning"]')

    def set_jit(self, enabled: bool) -> JitMixin:
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
    ) -> JitMixin:
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
