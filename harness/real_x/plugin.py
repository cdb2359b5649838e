"""pytest plugin of real X mode: which scenarios a run keeps, and the person who signs in at X.

Listed in the root conftest's ``pytest_plugins``. Scenarios tagged ``@real_x`` run only when the run
talks to the real X; ``person_at_x`` is the person the sign-in waits for, and the
``pytest_xlogin_person_present`` hook lets a plugin say someone watches the browser.
"""

from __future__ import annotations

import os

import pytest

from harness.real_x.mode import real_x_mode
from harness.real_x.person import PersonAtX

__all__ = ["PersonHooks", "person_at_x"]


@pytest.hookimpl(tryfirst=True)  # before harness.shard, so every shard splits the same scenarios
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Scenarios tagged ``@real_x`` run only against the real X; a mock-X run deselects them."""
    if real_x_mode():
        return
    deselected = [item for item in items if item.get_closest_marker("real_x")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("real_x")]


class PersonHooks:
    """Hook a plugin implements to say a person watches the browser (a kiosk, a VNC session...)."""

    @pytest.hookspec(firstresult=True)
    def pytest_xlogin_person_present(self, config: pytest.Config) -> bool | None:
        """Whether a person can see and use the scenario's browser; the first non-None answer counts."""


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    """Declare ``pytest_xlogin_person_present``."""
    pluginmanager.add_hookspecs(PersonHooks)


@pytest.fixture(scope="session")
def person_at_x(pytestconfig: pytest.Config) -> PersonAtX:
    """The person who signs in at the real X: present when the browser is headed (or remote, or a
    plugin says so), given ``XLOGIN_X_SIGN_IN_TIMEOUT`` seconds."""
    answer = pytestconfig.hook.pytest_xlogin_person_present(config=pytestconfig)
    seen = bool(pytestconfig.getoption("headed", False) or os.environ.get("XLOGIN_BROWSER_ENDPOINT"))
    timeout = float(os.environ.get("XLOGIN_X_SIGN_IN_TIMEOUT", "300"))
    return PersonAtX(present=seen if answer is None else bool(answer), timeout=timeout)
