"""Fixtures of the safety tests: an embedded stack to point the suite at, and a spy on issued secrets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from safety_support import Endpoints

import mock_is.api.app_oidc as app_oidc
from harness.targets.embedded import EmbeddedStack


@pytest.fixture(scope="module")
def issued_client_secrets() -> Iterator[list[str]]:
    """Every OAuth client secret the (in-process) IS simulator issues while the module runs.

    The run's applications are deleted when it ends, so their secrets cannot be read back afterwards;
    the simulator runs in this process, so its generator is wrapped to remember what it handed out.
    """
    issued: list[str] = []
    original = app_oidc.generate_client_secret

    def remember() -> str:
        secret = original()
        issued.append(secret)
        return secret

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app_oidc, "generate_client_secret", remember)
        yield issued


@pytest.fixture(scope="module")
def stack(issued_client_secrets: list[str]) -> Iterator[EmbeddedStack]:
    """An embedded stack, started in this process, for the suite to use as an *external* target."""
    with EmbeddedStack() as started:
        yield started


@pytest.fixture(scope="module")
def endpoints(stack: EmbeddedStack) -> Endpoints:
    """The stack's URLs and admin, as an external target is given them."""
    return Endpoints(stack.is_url, stack.x_url, stack.app_url, stack.admin_user, stack.admin_password)
