"""The REST driver sends what the Console's submits send; the driver choice comes from the environment."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from harness.clients.is_admin import IsAdmin
from harness.drivers import ApiDriver, AttributePlan, claims_body, driver_name, local_claim_uri
from harness.drivers.console import ConsoleDriver
from harness.target import Target
from harness.world import Application, Connection, World

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
        if request.method == "GET" and "/applications/" in request.url.path:
            return httpx.Response(200, json={"authenticationSequence": {"steps": []}})
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


class _OpenedConnection:
    connection_id = "idp1"

    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def set_jit(self, enabled: bool) -> None:
        self.opened.append(f"set_jit({enabled})")

    def set_jit_options(self, **options: object) -> None:
        self.opened.append(f"set_jit_options({options})")

    def configure_attributes(self, plan: AttributePlan) -> None:
        self.opened.append(f"configure_attributes({plan.mappings}, {plan.subject})")


class _Connections:
    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def open_connection(self, name: str, step_id: str) -> _OpenedConnection:
        self.opened.append(step_id)
        return _OpenedConnection(self.opened)


class _OpenedApplication:
    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def add_sign_in_option(self, connection: str, step: int) -> None:
        self.opened.append(f"add_sign_in_option({connection!r}, {step})")


class _CreatedApplication:
    application_id = "app1"

    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def client_credentials(self) -> tuple[str, str]:
        self.opened.append("client_credentials()")
        return "client1", "secret1"


class _Applications:
    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def open_application(self, name: str) -> _OpenedApplication:
        self.opened.append(f"open {name}")
        return _OpenedApplication(self.opened)

    def create_traditional_web_application(self, name: str, redirect_url: str) -> _CreatedApplication:
        self.opened.append(f"create({name}, {redirect_url})")
        return _CreatedApplication(self.opened)


class _SignedInConsole:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def connections(self) -> _Connections:
        return _Connections(self.opened)

    def applications(self, step_id: str | None = None) -> _Applications:
        if step_id is not None:
            self.opened.append(f"{step_id}: Applications")
        return _Applications(self.opened)


def _console_driver(recorder: _Recorder) -> tuple[ConsoleDriver, _SignedInConsole]:
    world = _driver(recorder).world
    console = _SignedInConsole()
    return ConsoleDriver(world, lambda: console), console  # type: ignore[arg-type,return-value]


def test_jit_through_the_console_driver_is_clicked_not_sent_over_rest() -> None:
    recorder = _Recorder()
    driver, console = _console_driver(recorder)
    driver.set_jit(Connection("idp1", "X"), enabled=True)
    driver.set_jit_association(Connection("idp1", "X"), associate=True)
    # Connections → the connection (jit-1) once, then the JIT tab's page object; nothing over REST.
    assert console.opened == [
        "jit-1",
        "set_jit(True)",
        "set_jit_options({'associate_local_user': True})",
    ]
    assert recorder.sent == []


def test_attributes_through_the_console_driver_are_clicked_not_sent_over_rest() -> None:
    recorder = _Recorder()
    driver, console = _console_driver(recorder)
    driver.configure_attributes(Connection("idp1", "X"), PLAN)
    # Connections → the connection (attr-2), then the Attributes tab's page object; nothing over REST.
    assert console.opened == ["attr-2", f"configure_attributes({PLAN.mappings}, screen_name)"]
    assert recorder.sent == []


def test_the_login_flow_through_the_console_driver_is_clicked_not_sent_over_rest() -> None:
    recorder = _Recorder()
    driver, console = _console_driver(recorder)
    driver.add_sign_in_option(
        Application("app1", "App", "client1", "https://app.example"), Connection("idp1", "X"), 1
    )
    # Applications → the application (login-1), then the Login Flow page object; nothing over REST.
    assert console.opened == ["login-1: Applications", "open App", "add_sign_in_option('X', 1)"]
    assert recorder.sent == []


def test_the_login_flow_leaves_the_connection_page_so_the_next_connection_step_opens_it_again() -> None:
    recorder = _Recorder()
    driver, console = _console_driver(recorder)
    driver.set_jit(Connection("idp1", "X"), enabled=True)
    driver.add_sign_in_option(
        Application("app1", "App", "client1", "https://app.example"), Connection("idp1", "X"), 1
    )
    driver.set_jit(Connection("idp1", "X"), enabled=False)
    assert [o for o in console.opened if o == "jit-1"] == ["jit-1", "jit-1"]


def test_registering_the_application_through_the_console_driver_is_clicked_not_sent_over_rest() -> None:
    recorder = _Recorder()
    driver, console = _console_driver(recorder)
    registered = driver.register_application("App", "https://app.example/cb")
    # The wizard creates it, the Protocol tab gives the credentials; nothing over REST, nothing to review.
    assert registered == ("app1", "client1", "secret1")
    assert console.opened == ["create(App, https://app.example/cb)", "client_credentials()"]
    assert recorder.sent == []
