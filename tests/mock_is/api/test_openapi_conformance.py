"""Every IdP and application API response validates against WSO2's OpenAPI specs (openapi-core).

The specs are ``wso2-openapi-is7.1/idp.yaml`` and ``applications.yaml`` from the shared reference
folder (``../shared`` beside the repo); the test skips when that folder is absent. Each response of
a scenario touching every endpoint is recorded and validated for its operation and status; a status
the spec does not declare for an operation must still be a valid ``Error`` object.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from is_api_helpers import APPS, IDPS, TWITTER_ID, TestClient, create_idp, create_oidc_app, twitter_body
from openapi_core import OpenAPI
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.testing import MockRequest, MockResponse
from openapi_schema_validator import OAS30Validator

SPECS = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "wso2-openapi-is7.1"
pytestmark = pytest.mark.skipif(
    not (SPECS / "idp.yaml").is_file(), reason=f"WSO2 OpenAPI specs not found at {SPECS} (../shared absent)"
)
HOST = "https://localhost:9443"


class _Recorder:
    """Collects every request/response pair the scenario makes."""

    def __init__(self) -> None:
        self.seen: list[tuple[httpx.Request, httpx.Response]] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.seen.append((response.request, response))


def _scenario(client: TestClient) -> None:
    """Touch every implemented IdP and application endpoint, successes and IS errors alike."""
    _idp_calls(client, create_idp(client)["id"])
    _app_calls(client, create_oidc_app(client))


def _idp_calls(client: TestClient, idp_id: str) -> None:
    base = f"{IDPS}/{idp_id}"
    client.get(
        IDPS, params={"filter": 'name sw "Tw"', "limit": 5, "requiredAttributes": "federatedAuthenticators"}
    )
    client.get(IDPS, params={"filter": "bad filter"})
    client.post(IDPS, json=twitter_body())  # 409
    client.post(IDPS, json={"description": "no name"})  # 400
    client.get(f"{IDPS}/meta/federated-authenticators")
    client.get(f"{IDPS}/meta/federated-authenticators/{TWITTER_ID}")
    client.get(base)
    client.get(f"{IDPS}/missing")  # 404
    client.patch(base, json=[{"operation": "REPLACE", "path": "/description", "value": "d"}])
    client.get(f"{base}/federated-authenticators")
    client.put(f"{base}/federated-authenticators", json=twitter_body()["federatedAuthenticators"])
    client.get(f"{base}/federated-authenticators/{TWITTER_ID}")
    client.put(f"{base}/federated-authenticators/{TWITTER_ID}", json={"isEnabled": True, "properties": []})
    client.get(f"{base}/provisioning")
    client.get(f"{base}/provisioning/jit")
    client.put(f"{base}/provisioning/jit", json={"isEnabled": True})
    client.get(f"{base}/claims")
    client.put(f"{base}/claims", json={"userIdClaim": {"uri": "http://wso2.org/claims/username"}})
    client.put(f"{base}/claims", json={"userIdClaim": {"uri": "nope"}})  # 400
    client.get(f"{base}/connected-apps")
    client.put(f"{base}/roles", json={"mappings": [{"idpRole": "a", "localRole": "b"}]})
    client.get(f"{base}/roles")
    client.put(f"{base}/groups", json=[{"name": "g"}])
    client.get(f"{base}/groups")
    client.put(f"{base}/implicit-association", json={"isEnabled": False})
    client.get(f"{base}/implicit-association")
    other = create_idp(client, {"name": "Disposable"})["id"]
    client.delete(f"{IDPS}/{other}")


def _app_calls(client: TestClient, app_id: str) -> None:
    base = f"{APPS}/{app_id}"
    client.get(APPS, params={"filter": "name eq pickup", "attributes": "advancedConfigurations"})
    client.get(base)
    client.get(f"{APPS}/missing")
    client.post(APPS, json={"name": "pickup"})  # 409
    options = [
        {"idp": "LOCAL", "authenticator": "BasicAuthenticator"},
        {"idp": "Twitter", "authenticator": "TwitterAuthenticator"},
    ]
    client.patch(
        base,
        json={"authenticationSequence": {"type": "USER_DEFINED", "steps": [{"id": 1, "options": options}]}},
    )
    client.patch(base, json={"authenticationSequence": {"type": "USER_DEFINED", "steps": []}})  # 400
    client.get(base)
    client.get(f"{base}/inbound-protocols/oidc")
    client.put(
        f"{base}/inbound-protocols/oidc",
        json={"grantTypes": ["authorization_code"], "callbackURLs": ["https://a/cb"]},
    )
    client.post(f"{base}/inbound-protocols/oidc/regenerate-secret")
    client.delete(f"{base}/inbound-protocols/oidc")
    client.delete(base)


def _mock_pair(request: httpx.Request, response: httpx.Response) -> tuple[MockRequest, MockResponse]:
    path = "/t/carbon.super" + request.url.path
    args = dict(request.url.params)
    content_type = response.headers.get("content-type", "application/json").split(";")[0]
    mock_request = MockRequest(HOST, request.method.lower(), path, args=args, data=request.content)
    mock_response = MockResponse(response.content, response.status_code, dict(response.headers), content_type)
    return mock_request, mock_response


def _validate(
    spec: OpenAPI, error_validator: OAS30Validator, request: httpx.Request, response: httpx.Response
) -> None:
    mock_request, mock_response = _mock_pair(request, response)
    try:
        spec.validate_response(mock_request, mock_response)
    except ResponseNotFound:
        # The spec lists no such status for this operation; the body must still be IS's Error.
        error_validator.validate(json.loads(response.content))


def _error_validator(spec_file: Path) -> OAS30Validator:
    import yaml

    document: dict[str, Any] = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    schema = {**document["components"]["schemas"]["Error"], "additionalProperties": False}
    return OAS30Validator(schema)


def test_every_response_matches_the_specs(client: TestClient) -> None:
    recorder = _Recorder()
    client.event_hooks["response"].append(recorder)
    _scenario(client)
    specs = {name: OpenAPI.from_file_path(str(SPECS / f"{name}.yaml")) for name in ("idp", "applications")}
    errors = {name: _error_validator(SPECS / f"{name}.yaml") for name in specs}
    assert len(recorder.seen) > 35
    for request, response in recorder.seen:
        name = "idp" if "/identity-providers" in request.url.path else "applications"
        try:
            _validate(specs[name], errors[name], request, response)
        except Exception as exc:  # noqa: BLE001 - re-raised with the call that failed
            pytest.fail(
                f"{request.method} {request.url.path} -> {response.status_code}: {exc}\n{response.text[:500]}"
            )


def test_the_validation_bites() -> None:
    spec = OpenAPI.from_file_path(str(SPECS / "idp.yaml"))
    errors = _error_validator(SPECS / "idp.yaml")
    request = httpx.Request("GET", "https://is.test/api/server/v1/identity-providers/x/provisioning/jit")
    wrong = httpx.Response(200, json={"isEnabled": "yes", "scheme": "SOMETIMES"}, request=request)
    with pytest.raises(Exception, match="isEnabled|SOMETIMES|not valid"):
        _validate(spec, errors, request, wrong)
    odd_status = httpx.Response(418, json={"code": 1, "extra": True}, request=request)
    with pytest.raises(Exception, match="not of type|Additional properties"):
        _validate(spec, errors, request, odd_status)
