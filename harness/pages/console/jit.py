"""The connection's Just-in-Time Provisioning tab (jit-2..jit-4), as the real IS 7.1/7.2 Console renders it.

PROVENANCE.md "Connections: Just-in-Time Provisioning tab" (identity-apps
``components/edit/settings/jit-provisioning-settings.tsx``,
``edit/forms/jit-provisioning-configuration-form.tsx``):

- the pane is the ResourceTab wrapper's ``resource-tab-pane``; ``idp-edit-page-jit-provisioning-settings`` is
  only the prefix of the inner test ids (the legacy ``<Forms>`` root carries none, audit rows 11 and 16);
- the checkbox "Just-in-Time (JIT) User Provisioning" is a legacy checkbox-group Field: ``div.ui.checkbox``
  with the test id ``…-is-enable`` and ``input[name=enableJITProvisioning]`` (the association checkbox, in a
  sub-organization only, shares that test id: the input's name tells them apart);
- the userstore dropdown ``…-user-store-domain`` (``div.ui.dropdown`` with ``name``, options
  ``div[role=option]``) and the scheme radios ``…-scheme`` (``input[name=provisioningScheme]``) are
  disabled while the checkbox is off;
- "Update" is ``…-update-button``; the PUT ``provisioning/jit`` ends in "Update successful".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsoleError, ConsolePageBase

__all__ = ["JitMixin"]

_TAB = "Just-in-Time Provisioning"
_ENABLE_LABEL = "Just-in-Time (JIT) User Provisioning"
_DISABLED = re.compile(r"\bdisabled\b")


class JitMixin(ConsolePageBase):
    """The JIT tab's actions on the connection edit page (mixed into ``ConnectionPage``)."""

    if TYPE_CHECKING:  # provided by ConnectionPage

        def open_tab(self, label: str, step_id: str | None = None) -> Any: ...

        def _pane(self) -> Locator: ...

    def _jit_pane(self, step_id: str | None = None) -> Locator:
        """Open the tab and wait for its form (its Update button is the last thing the form renders)."""
        self.open_tab(_TAB, step_id)
        pane = self._pane()
        expect(self._tid("idp-edit-page-jit-provisioning-settings-update-button", pane)).to_be_visible()
        return pane

    def _enable_checkbox(self, pane: Locator) -> Locator:
        return self._tid("idp-edit-page-jit-provisioning-settings-is-enable", pane).filter(
            has=self.page.locator('input[name="enableJITProvisioning"]')
        )

    @staticmethod
    def _toggle(checkbox: Locator, input_name: str, wanted: bool) -> None:
        """Click a semantic checkbox's label (its input is hidden) until it is ``wanted``."""
        field = checkbox.locator(f'input[name="{input_name}"]')
        if field.is_checked() != wanted:
            checkbox.locator("label").click()
        expect(field).to_be_checked(checked=wanted)

    def _update(self, pane: Locator, step_id: str | None = None) -> None:
        button = self._tid("idp-edit-page-jit-provisioning-settings-update-button", pane)
        if step_id is not None:
            button = self._pick(step_id, "Update", self._control("Update", pane), button)
        self._submit(button)
        # The page re-fetches the connection and remounts the tab: wait until it is back.
        self._jit_pane()

    def set_jit(self, enabled: bool) -> None:
        """Just-in-Time Provisioning tab (jit-2) → the JIT checkbox (jit-3) → Update (jit-4)."""
        pane = self._jit_pane("jit-2")
        self._prove(("jit-2",), "the connection's Just-in-Time Provisioning tab")
        real = self._enable_checkbox(pane)
        doc = real.filter(has=self.page.get_by_text(_ENABLE_LABEL, exact=True))
        checkbox = self._pick("jit-3", _ENABLE_LABEL, doc, real)
        self._toggle(checkbox, "enableJITProvisioning", enabled)
        self._update(pane, "jit-4")
        state = "on" if enabled else "off"
        self._prove(("jit-3", "jit-4"), f"the JIT tab after Update, provisioning {state}")

    def jit_enabled(self) -> bool:
        """Whether the tab shows JIT provisioning on."""
        pane = self._jit_pane()
        field = self._enable_checkbox(pane).locator('input[name="enableJITProvisioning"]')
        expect(field).to_be_attached()
        return field.is_checked()

    def set_jit_options(
        self,
        *,
        scheme: str | None = None,
        userstore: str | None = None,
        associate_local_user: bool | None = None,
    ) -> None:
        """Change the scheme (its API value, e.g. ``PROVISION_SILENTLY``), the userstore and the association,
        then Update. The options are disabled while JIT is off; the association checkbox is rendered only
        in a sub-organization: both refuse with a ``ConsoleError`` rather than reaching around the UI."""
        pane = self._jit_pane()
        if not self._enable_checkbox(pane).locator("input").is_checked():
            raise ConsoleError("the JIT options are disabled while Just-in-Time provisioning is off")
        if associate_local_user is not None:
            associate = self._tid("idp-edit-page-jit-provisioning-settings-is-enable", pane).filter(
                has=self.page.locator('input[name="associateLocalUser"]')
            )
            if not associate.count():
                raise ConsoleError(
                    "the Console shows no 'Associate provisioned users with existing local users' "
                    "checkbox here: it renders it in a sub-organization only"
                )
            self._toggle(associate, "associateLocalUser", associate_local_user)
        if userstore is not None:
            dropdown = self._tid("idp-edit-page-jit-provisioning-settings-user-store-domain", pane)
            expect(dropdown).to_be_visible()
            expect(dropdown).not_to_have_class(_DISABLED)
            dropdown.click()
            option = dropdown.get_by_role("option", name=userstore, exact=True)
            expect(option).to_be_visible()  # the options arrive with GET /userstores
            option.click()
            expect(dropdown.locator(".divider.text")).to_have_text(userstore)
        if scheme is not None:
            radio = self._tid("idp-edit-page-jit-provisioning-settings-scheme", pane).filter(
                has=self.page.locator(f'input[name="provisioningScheme"][value="{scheme}"]')
            )
            if not radio.count():
                raise ConsoleError(f"the Console offers no provisioning scheme {scheme!r}")
            expect(radio.locator("input")).to_be_enabled()
            self._toggle(radio, "provisioningScheme", True)
        self._update(pane)
