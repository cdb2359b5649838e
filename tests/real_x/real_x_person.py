"""A stand-in for the person who signs in at X, loaded into the suite's pytest by the real-mode tests.

It answers ``pytest_xlogin_person_present`` (someone watches the browser) and, like a person would,
types into X's pages in the browser itself: an init script on the scenario's browser context signs in
with ``XLOGIN_TEST_PERSON``'s account and authorizes the app. Nothing in the harness types for it.
"""

from __future__ import annotations

import json
import os

import pytest

# A person takes a moment: the script acts 1.5 s after each X page loads.
_SCRIPT = """
(() => {
  const who = %s;
  if (location.origin !== who.x_origin) return;
  const q = (id) => document.querySelector(`[data-testid="${id}"]`);
  const act = () => {
    if (q("LoginForm_Login_Button")) {
      q("ocfEnterTextTextInput").value = who.screen_name;
      q("LoginForm_Password_Input").value = who.password;
      q("LoginForm_Login_Button").click();
    } else if (q("OAuth_Consent_Button")) {
      q("OAuth_Consent_Button").click();
    }
  };
  window.addEventListener("load", () => setTimeout(act, 1500));
})();
"""


def pytest_xlogin_person_present(config: pytest.Config) -> bool:
    """Someone is at the browser."""
    return True


@pytest.fixture(autouse=True)
def _person_at_the_browser(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("real_x") is None or "XLOGIN_TEST_PERSON" not in os.environ:
        return
    context = request.getfixturevalue("context")
    context.add_init_script(script=_SCRIPT % json.dumps(json.loads(os.environ["XLOGIN_TEST_PERSON"])))
