"""``ask_for_request_token``: what X's answer to the configured app's request token proves, or refuses."""

from __future__ import annotations

import pytest

from harness.clients.mock_x import MockXControl
from harness.real_x.probe import ask_for_request_token, x_error
from harness.targets.embedded import EmbeddedStack


def _commonauth(stack: EmbeddedStack) -> str:
    return f"{stack.is_url}/commonauth"


def test_an_app_with_is_callback_gets_a_token_and_a_confirmed_callback(
    stack: EmbeddedStack, stand_in_x: MockXControl
) -> None:
    app = stand_in_x.register_app("probe-ok", [_commonauth(stack)])
    answer = ask_for_request_token(stack.x_url, app.consumer_key, app.consumer_secret, _commonauth(stack))
    assert answer.accepted and answer.status == 200 and answer.error_code is None
    assert answer.describe().startswith("X issued a request token and confirmed the callback")


def test_a_wrong_secret_is_code_32_and_names_the_key_step(
    stack: EmbeddedStack, stand_in_x: MockXControl
) -> None:
    app = stand_in_x.register_app("probe-secret", [_commonauth(stack)])
    answer = ask_for_request_token(stack.x_url, app.consumer_key, "not-the-secret", _commonauth(stack))
    assert (answer.accepted, answer.status, answer.error_code) == (False, 401, 32)
    assert "(x-app-4)" in answer.describe() and "Could not authenticate you" in answer.describe()


def test_a_callback_not_on_the_allow_list_is_code_415_read_from_xml(
    stack: EmbeddedStack, stand_in_x: MockXControl
) -> None:
    app = stand_in_x.register_app("probe-callback", ["https://elsewhere.example/cb"])
    answer = ask_for_request_token(stack.x_url, app.consumer_key, app.consumer_secret, _commonauth(stack))
    assert (answer.status, answer.error_code) == (403, 415)
    assert "not among the app's Callback URIs (x-app-7)" in answer.describe()


def test_an_app_without_user_authentication_is_code_417(
    stack: EmbeddedStack, stand_in_x: MockXControl
) -> None:
    app = stand_in_x.register_app("probe-no-callback", [])
    answer = ask_for_request_token(stack.x_url, app.consumer_key, app.consumer_secret, _commonauth(stack))
    assert (answer.status, answer.error_code) == (401, 417)
    assert "user authentication is not set up" in answer.describe()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('{"errors":[{"code":32,"message":"Could not authenticate you."}]}',
         (32, "Could not authenticate you.")),
        ('{"errors":[{"message":"Rate limit exceeded","code":88}]}', (88, "Rate limit exceeded")),
        ("<?xml version='1.0' encoding='UTF-8'?><errors><error code=\"415\">Callback URL not approved"
         "</error></errors>", (415, "Callback URL not approved")),
        ("<html>Over capacity</html>", (None, "<html>Over capacity</html>")),
        ("", (None, "")),
    ],
)  # fmt: skip
def test_x_error_reads_both_envelopes(body: str, expected: tuple[int | None, str]) -> None:
    assert x_error(body) == expected
