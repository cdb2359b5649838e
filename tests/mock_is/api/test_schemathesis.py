"""Schemathesis against WSO2's IdP and application specs finds no 5xx (a short, derandomized run).

Every operation of ``idp.yaml`` and ``applications.yaml`` gets a few generated requests against the
simulator served on a loopback port, with the path ids pointed at a real connection/application so
the generated bodies reach the resource logic rather than stopping at a 404 (DELETEs keep their
random ids, so the targets survive the run). Marked ``slow``: generation costs ~20-40 s in all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from is_api_helpers import (
    ADMIN_PASSWORD,
    IDPS,
    admin_client,
    create_idp,
    create_oidc_app,
    make_app,
    twitter_body,
)
from schemathesis.core.result import Err

from harness.targets.server import BackgroundServer

SPECS = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "wso2-openapi-is7.1"
pytestmark = pytest.mark.skipif(
    not (SPECS / "idp.yaml").is_file(), reason=f"WSO2 OpenAPI specs not found at {SPECS} (../shared absent)"
)
EXAMPLES_PER_OPERATION = 3
Operation = schemathesis.APIOperation[Any, Any, Any, Any]


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[str, dict[str, str]]]:
    """The served simulator's API base URL and the ids of a connection and an application in it."""
    app = make_app()
    with admin_client(app) as client:
        ids = {"identity-provider-id": create_idp(client)["id"], "applicationId": create_oidc_app(client)}
        assert client.post(IDPS, json=twitter_body("Spare")).status_code == 201
    with BackgroundServer(app, health_path="/scim2/Users") as server:
        yield server.url + "/t/carbon.super/api/server/v1", ids


def _operations(spec: str) -> list[Operation]:
    schema = schemathesis.openapi.from_path(str(SPECS / spec))
    operations: list[Operation] = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            pytest.fail(f"{spec} does not load: {result.err()}")
        operations.append(result.ok())
    return operations


@pytest.mark.slow
@pytest.mark.parametrize("spec", ["idp.yaml", "applications.yaml"])
def test_no_server_errors(spec: str, target: tuple[str, dict[str, str]]) -> None:
    base_url, ids = target
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    failures: list[str] = []
    for operation in _operations(spec):
        _fuzz(operation, base_url, ids, session, failures)
    assert not failures, "\n".join(failures[:20])


def _fuzz(
    operation: Operation,
    base_url: str,
    ids: dict[str, str],
    session: requests.Session,
    failures: list[str],
) -> None:
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def run(case: schemathesis.Case[Any]) -> None:
        for name, value in ids.items():
            if case.method != "DELETE" and case.path_parameters and name in case.path_parameters:
                case.path_parameters[name] = value
        response = case.call(base_url=base_url, session=session, timeout=10)
        if response.status_code >= 500:
            failures.append(
                f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
            )

    run()
