"""What every Console page object shares: the fallback chain of locators and drift reporting.

Locators try the real Console's stable attribute first (``data-testid`` or ``data-componentid``,
is-console-ui.md), then the ARIA role and accessible name, then visible text, so the same page
objects drive the simulator and a real IS 7 Console. Where the doc names a control, the doc's
words are looked for first; when only the deployment's control is there, the step goes on with it
and a ``LabelDrift`` is reported.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from harness.pages.console.drift import DriftCallback, LabelDrift
from harness.report.moments import prove

__all__ = ["ConsoleError", "ConsolePageBase", "words_pattern"]

# The Console's toasts (PROVENANCE.md "Alerts"): react-notification-system items inside the Alert wrapper,
# each with its level's message and description test ids.
_SUCCESS = '[data-testid="alert"] .notification-success'
_FAILURE = '[data-testid="alert"] .notification-error, [data-testid="alert"] .notification-warning'


class ConsoleError(AssertionError):
    """The Console refused an action and said why (its error alert)."""


def words_pattern(words: str) -> re.Pattern[str]:
    """Accessible names equal to ``words``, allowing the Console's leading "+" icon and spacing."""
    return re.compile(r"^[\s+]*" + re.escape(words) + r"\s*$", re.IGNORECASE)


def _clean(text: str) -> str:
    return " ".join(text.replace("+", " ").split())


class ConsolePageBase:
    """A page of the Console at ``base_url``, reporting doc drift to ``on_drift``."""

    def __init__(self, page: Page, base_url: str, on_drift: DriftCallback | None = None) -> None:
        self.page = page
        self.base_url = base_url.rstrip("/")
        self.on_drift = on_drift

    def _tid(self, test_id: str, scope: Page | Locator | None = None) -> Locator:
        where = scope if scope is not None else self.page
        return where.locator(f'[data-testid="{test_id}"], [data-componentid="{test_id}"]')

    def _control(self, words: str, scope: Page | Locator | None = None) -> Locator:
        """A button or link whose accessible name is ``words``."""
        where = scope if scope is not None else self.page
        pattern = words_pattern(words)
        return where.get_by_role("button", name=pattern).or_(where.get_by_role("link", name=pattern))

    def _pick(self, step_id: str, doc_words: str, doc: Locator, real: Locator) -> Locator:
        """The doc's control if shown, else the deployment's (reporting the drift); waits for either."""
        doc_visible = doc.filter(visible=True)
        real_visible = real.filter(visible=True)
        expect(doc_visible.or_(real_visible).first).to_be_visible()
        if doc_visible.count():
            return doc_visible.first
        control = real_visible.first
        self._drift(
            step_id, doc_words, _clean(control.inner_text()) or control.get_attribute("aria-label") or ""
        )
        return control

    def _check_words(self, step_id: str, doc_words: str, real: Locator, scope: Locator) -> None:
        """A heading or label the doc names: report drift when only the deployment's words are shown."""
        self._pick(step_id, doc_words, scope.get_by_text(doc_words, exact=True), real)

    def _prove(self, step_ids: tuple[str, ...], caption: str) -> None:
        """This page now is the proof of ``step_ids`` (a picture, when a scenario about them runs)."""
        prove(step_ids, self.page, caption)

    def _drift(self, step_id: str, doc_words: str, deployment_words: str) -> None:
        if self.on_drift is not None and _clean(doc_words).lower() != deployment_words.lower():
            self.on_drift(LabelDrift(step_id, doc_words, deployment_words))

    def _submit(self, button: Locator) -> None:
        """Click a saving button and wait for the Console's success alert; an error or warning alert raises.

        Alerts already on screen are marked first, so only the one this click caused counts.
        """
        self.page.locator(f"{_SUCCESS}, {_FAILURE}").evaluate_all(
            "els => els.forEach(e => e.setAttribute('data-seen-by-harness', ''))"
        )
        expect(button).to_be_enabled()
        button.click()
        fresh = ":not([data-seen-by-harness])"
        success = self.page.locator(", ".join(s.strip() + fresh for s in _SUCCESS.split(",")))
        failure = self.page.locator(", ".join(s.strip() + fresh for s in _FAILURE.split(",")))
        expect(success.or_(failure).first).to_be_visible()
        if failure.count():
            raise ConsoleError(_clean(failure.first.inner_text()))
