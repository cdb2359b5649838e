"""``xlogin doctor`` in real X mode: X's answer to the app's request token is the "X reachable" check."""

from __future__ import annotations

from harness.clients.mock_x import MockXControl
from harness.doctor import DoctorInputs, mock_x_check
from harness.targets.embedded import EmbeddedStack


def _inputs(stack: EmbeddedStack, x_api_url: str, key: str, secret: str) -> DoctorInputs:
    return DoctorInputs(
        is_url=stack.is_url, admin_user="admin", admin_password="unused", x_url=None, x_mode="real",
        x_api_url=x_api_url, x_api_key=key, x_api_secret=secret, timeout=2,
    )  # fmt: skip


def test_x_accepting_the_app_passes(stack: EmbeddedStack, stand_in_x: MockXControl) -> None:
    app = stand_in_x.register_app("doctor-ok", [f"{stack.is_url}/commonauth"])
    check = mock_x_check(_inputs(stack, stack.x_url, app.consumer_key, app.consumer_secret))
    assert check.ok and check.name == "real X" and "confirmed the callback" in check.reason


def test_x_refusing_the_callback_fails_with_the_step_to_fix(
    stack: EmbeddedStack, stand_in_x: MockXControl
) -> None:
    app = stand_in_x.register_app("doctor-callback", ["https://other.example/commonauth"])
    check = mock_x_check(_inputs(stack, stack.x_url, app.consumer_key, app.consumer_secret))
    assert not check.ok and "not among the app's Callback URIs (x-app-7)" in check.reason
    assert app.consumer_secret not in repr(_inputs(stack, stack.x_url, "k", app.consumer_secret))


def test_x_unreachable_fails_in_one_line(stack: EmbeddedStack) -> None:
    check = mock_x_check(_inputs(stack, "http://127.0.0.1:9", "key", "secret"))
    assert not check.ok and check.reason.startswith("X at http://127.0.0.1:9 is not reachable")
    assert "\n" not in check.reason
