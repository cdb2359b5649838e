"""The REST driver sends what the Console's submits send; the driver choice comes from the environment."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from harness.clients.is_admin import IsAdmin
from harness.drivers import ApiDriver, AttributePlan, claims_body, driver_name, local_claim_uri
from harness.target import Target
from harness.world import Connection, World

PLAN = AttributePlan(mappings=(("email", "Email"), ("screen_name", "Nick Name"))).with_subject("screen_name")


def test_the_claims_body_maps_display_names_to_local_uris() -> None:
    body = claims_body(PLAN.with_provisioning({"email": "x@example.org"}))
    assert body["userIdClaim"] == {"uri": "screen_name"}
    assert body["mappings"][1] == {
        "idpClaim": "screen_name",
        "localClaim": {"uri": local_claim_uri("Nick Name")},
    }
    assert body["provisioningClaims"] == [{"claim": {"uri": "email"}, "defaultValue": "x@example.org"}]


def test_an_unknown_local_attribute_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="'Shoe Size'"):
        local_claim_uri("Shoe Size")


def test_the_console_is_the_default_driver_and_api_is_chosen_by_env() -> None:
    assert driver_name({}) == "console"
    assert driver_name({"XLOGIN_DRIVER": "API"}) == "api"
    with pytest.raises(ValueError, match="not a driver"):
        driver_name({"XLOGIN_DRIVER": "selenium"})


class _Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []
        self.jit: dict[str, Any] = {"isEnabled": False, "scheme": "PROMPT_CONSENT", "userstore": "SECONDARY"}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        if request.method == "GET" and request.url.path.endswith("/provisioning/jit"):
            return httpx.Response(200, json=self.jit)
        return httpx.Response(200, json=body or {})


def _driver(recorder: _Recorder) -> ApiDriver:
    admin = IsAdmin("https://is.example", "admin", "pw", transport=httpx.MockTransport(recorder))
    target = Target("t", "https://is.example", "https://x.example", "https://app.example", "admin", "pw")
    return ApiDriver(World(target, admin, None, "t"))  # type: ignore[arg-type]


def test_switching_jit_on_keeps_the_other_jit_settings() -> None:
    recorder = _Recorder()
    _driver(recorder).set_jit(Connection("idp1", "X"), enabled=True)
    method, path, body = recorder.sent[-1]
    assert (method, path) == ("PUT", "/api/server/v1/identity-providers/idp1/provisioning/jit")
    assert body["isEnabled"] is True
    assert (body["scheme"], body["userstore"]) == ("PROMPT_CONSENT", "SECONDARY")


def test_configuring_attributes_is_one_put_of_the_claims() -> None:
    recorder = _Recorder()
    _driver(recorder).configure_attributes(Connection("idp1", "X"), PLAN)
    assert recorder.sent == [("PUT", "/api/server/v1/identity-providers/idp1/claims", claims_body(PLAN))]
