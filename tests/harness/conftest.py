"""Fixtures of the harness's own tests: the fake OpenID provider, served on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_oidc_provider import FakeProvider, fake_app

from harness.targets.server import BackgroundServer


@pytest.fixture(scope="session")
def _provider_server() -> Iterator[tuple[BackgroundServer, FakeProvider]]:
    fake = FakeProvider()
    server = BackgroundServer(fake_app(fake), health_path="/healthz")
    fake.issuer = server.url + "/oauth2/token"
    with server:
        yield server, fake


@pytest.fixture
def fake_provider(_provider_server: tuple[BackgroundServer, FakeProvider]) -> FakeProvider:
    """The fake OpenID provider, reset to a happy path for each test."""
    fake = _provider_server[1]
    fake.deny, fake.wrong_nonce = None, False
    fake.claims = {"sub": "alice", "email": "alice@example.org"}
    fake.userinfo = {"sub": "alice", "username": "alice"}
    fake.authorize_params.clear()
    return fake
