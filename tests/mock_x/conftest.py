"""Fixtures for mock X's tests: the app in-process, a live uvicorn server, apps, users and clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from mock_x_clients import LiveX, Twitter4jClient

from harness.browser import CHROMIUM_FLAGS, find_chromium
from harness.targets.server import BackgroundServer, bind_loopback
from mock_x.app import create_app
from mock_x.mock import MockX
from mock_x.models import XApp, XUser
from mock_x.settings import MockXSettings
from mock_x.transports import SyncASGITransport

WSO2_CALLBACK = "http://127.0.0.1:9443/commonauth"


@pytest.fixture
def mock_app() -> FastAPI:
    """A fresh mock X app."""
    return create_app(MockXSettings(public_url="http://testserver"))


@pytest.fixture
def client(mock_app: FastAPI) -> Iterator[httpx.Client]:
    """An in-process client that does not follow redirects (tests look at each hop, as a browser would)."""
    transport = SyncASGITransport(mock_app)
    with httpx.Client(transport=transport, base_url="http://testserver", follow_redirects=False) as c:
        yield c


@pytest.fixture
def mock(mock_app: FastAPI) -> MockX:
    """The control plane of the in-process app."""
    control: MockX = mock_app.state.mock
    return control


@pytest.fixture
def x_app(mock: MockX) -> XApp:
    """An app registered as the doc says, with WSO2's ``/commonauth`` callback."""
    return mock.register_app("WSO2 IS", [WSO2_CALLBACK], terms_url="https://example.org/tos")


@pytest.fixture
def user(mock: MockX) -> XUser:
    """A faker-generated account with a verified email."""
    return mock.create_user()


@pytest.fixture
def t4j(client: httpx.Client, x_app: XApp) -> Twitter4jClient:
    """A twitter4j 4.0.7 look-alike holding the app's API key and secret."""
    return Twitter4jClient(client, "http://testserver", x_app.consumer_key, x_app.consumer_secret)


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveX]:
    """mock X on uvicorn at ``http://127.0.0.1:<free port>`` for clients that speak real HTTP."""
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(MockXSettings(public_url=url))
    with BackgroundServer(app, sock=sock, health_path="/_mock/health"):
        yield LiveX(url, app.state.mock)


@pytest.fixture
def live(live_server: LiveX) -> Iterator[LiveX]:
    """The live server, reset after each test."""
    yield live_server
    live_server.mock.reset()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments plus the harness's Chromium and flags (loopback only)."""
    return {**browser_type_launch_args, "executable_path": find_chromium(), "args": CHROMIUM_FLAGS}
