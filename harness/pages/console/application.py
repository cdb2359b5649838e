"""The application edit page: its frame (title, tabs, the mounted pane) and the Protocol tab's client id
and secret.

What the real IS 7.1/7.2 Console renders (PROVENANCE.md "Applications"; identity-apps
``pages/application-edit.tsx``, ``components/edit-application.tsx``, ``settings/access-configuration.tsx``,
``forms/inbound-oidc-form.tsx``):

- the page layout carries a component id only, ``application-edit-page-layout``; its title
  ``application-edit-page-layout-page-header-title`` (the test id is the layout's generic
  ``page-layout-page-header-title``, shared by every page that passes none);
- the tabs ``application-edit-resource-tabs`` (a component id; ``.menu a.item``, no ``role=tab``): General,
  Protocol, User Attributes, Login Flow (tour id ``sign-in-methods``), ...; only the active pane is mounted
  and it carries the wrapper's ``resource-tab-pane`` id; the active tab is in the URL (``#tab=<index>``);
- Protocol: the client id and secret are ``CopyInputField``s (``…-inbound-oidc-form-client-id-readonly-input``
  and ``…-client-secret-readonly-input``, each with a ``-wrapper`` root) whose inputs have no name or id;
  the secret's input is a password input until its eye icon is clicked; its value is there either way.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Locator, expect

from harness.pages.console.base import ConsolePageBase, words_pattern
from harness.pages.console.login_flow import LoginFlowMixin
from harness.report.redact import remember_secret

__all__ = ["ApplicationPage"]

_ACTIVE = re.compile(r"\bactive\b")


class ApplicationPage(LoginFlowMixin, ConsolePageBase):
    """``/console/applications/{id}``."""

    def wait(self, name: str | None = None) -> ApplicationPage:
        """Wait for the edit page (of ``name`` when given) with its tabs."""
        title = self._tid("application-edit-page-layout-page-header-title")
        expect(title).to_be_visible()
        if name is not None:
            expect(title).to_have_text(name)
        expect(self._tid("application-edit-resource-tabs")).to_be_visible()
        # Kept now: the page object may outlive the page (the browser moves on to other pages).
        self._id = urlsplit(self.page.url).path.rstrip("/").rsplit("/", 1)[-1]
        return self

    @property
    def application_id(self) -> str:
        """The application's id, read from the URL (``/console/applications/{id}``) when it was shown."""
        return self._id

    def _tabs(self) -> Locator:
        return self._tid("application-edit-resource-tabs").locator(".menu a.item")

    def _pane(self) -> Locator:
        """The mounted tab pane (the ResourceTab.Pane wrapper's own id: the page gives panes none)."""
        return self._tid("application-edit-resource-tabs").locator('[data-testid="resource-tab-pane"]')

    def open_tab(self, label: str, step_id: str | None = None) -> ApplicationPage:
        """Select the tab the doc calls ``label`` (tab ids are not in the DOM: select by text)."""
        tab = self._tabs().filter(has_text=words_pattern(label))
        if step_id is not None:
            tab = self._pick(step_id, label, tab, tab)
        expect(tab.first).to_be_visible()
        # Re-selecting the open tab would discard what the admin staged on it.
        if not _ACTIVE.search(tab.first.get_attribute("class") or ""):
            tab.first.click()
        expect(self._tabs().filter(has_text=words_pattern(label)).first).to_have_class(_ACTIVE)
        return self

    # ---- Protocol: the client id and secret as shown ------------------------------------------------

    def client_credentials(self) -> tuple[str, str]:
        """The Protocol tab's client id and secret (the secret is read, never shown or logged)."""
        self.open_tab("Protocol")
        pane = self._pane()
        client_id = self._tid(
            "application-edit-access-settings-inbound-oidc-form-client-id-readonly-input-wrapper", pane
        ).locator("input")
        secret = self._tid(
            "application-edit-access-settings-inbound-oidc-form-client-secret-readonly-input-wrapper", pane
        ).locator("input")
        expect(client_id).to_be_visible()
        expect(secret).to_be_visible()
        value = secret.input_value()
        # Known as a secret before anything can picture or trace it: redacted and masked like the others.
        remember_secret(value)
        self._prove(("login-app-registered",), "the new application's Protocol tab (its secret masked)")
        return client_id.input_value(), value
