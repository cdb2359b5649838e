"""Fixtures of the REST API tests: a fresh simulator per test, driven in-process through TestClient."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from is_api_helpers import TestClient, admin_client, make_app


@pytest.fixture
def app() -> FastAPI:
    """A fresh simulator."""
    return make_app()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """The admin's client of ``app``."""
    with admin_client(app) as c:
        yield c


@pytest.fixture
def anonymous(app: FastAPI) -> Iterator[TestClient]:
    """A client without credentials."""
    with TestClient(app) as c:
        yield c
