"""Fixtures of the IS REST client tests: one simulator served on a loopback port for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness.clients import IsAdmin
from harness.targets.server import BackgroundServer
from mock_is.app import create_app
from mock_is.settings import IsSettings
from mock_is.store import Store

ADMIN_PASSWORD = "client-tests-admin-pw"


@pytest.fixture(scope="session")
def is_server() -> Iterator[BackgroundServer]:
    """The simulator behind a real socket, so the clients go through HTTP exactly as against a real IS."""
    settings = IsSettings(admin_password=ADMIN_PASSWORD)
    server = BackgroundServer(create_app(settings, Store()), health_path="/scim2/Users")
    settings.public_url = server.url
    with server:
        yield server


@pytest.fixture
def admin(is_server: BackgroundServer) -> Iterator[IsAdmin]:
    """The admin's clients, against the tenanted base URL a real deployment would be given."""
    with IsAdmin(is_server.url + "/t/carbon.super", "admin", ADMIN_PASSWORD) as clients:
        yield clients
