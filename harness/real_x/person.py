"""The pause in which a person signs in at the real X: the harness cannot and must not type into X.

The browser is left at X's sign-in page; the person signs in with their test account and authorizes
the app. The harness waits until the browser is back at the application (the login went through) or
at IS's authentication endpoint (IS ended the attempt), and gives up after the configured timeout.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness.journeys import where_the_browser_is
from harness.report.progress import awaiting_person

__all__ = ["PersonAtX"]


# The progress line adds the seconds left; pytest's own output (-v) adds the timeout.
_PROMPT = (
    "A person must act: sign in at X in the open browser window with your test account and authorize the app"
)


@dataclass(frozen=True)
class PersonAtX:
    """Whether a person can see the browser (headed, or a remote browser they watch) and how long to wait."""

    present: bool
    timeout: float

    def finish_sign_in(self, page: Page, config: pytest.Config, application_url: str, is_url: str) -> None:
        """Wait for a person to sign in at X; skip, with where the browser stopped, when nobody does."""
        if not self.present:
            pytest.skip(
                "signing in at the real X needs a person at a visible browser: run with --headed "
                "on a machine with a display (or a --browser-endpoint someone watches)"
            )

        def back(url: str) -> bool:
            return url.startswith((application_url, f"{is_url}/authenticationendpoint/"))

        with awaiting_person(config, _PROMPT, self.timeout):
            try:
                page.wait_for_url(back, timeout=self.timeout * 1000)
            except PlaywrightTimeout:
                pytest.skip(
                    f"nobody finished signing in at X within {self.timeout:g} s; "
                    f"the browser was at {where_the_browser_is(page)}"
                )
