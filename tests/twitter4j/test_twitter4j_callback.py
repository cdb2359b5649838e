"""The callback the connector gives twitter4j, built by the real URIBuilder and URLEncoder, against the
simulator's ``callback_with_state`` and ``java_url_encode`` (the Callback URL an admin may type)."""

from __future__ import annotations

import uuid

import pytest
from twitter4j_jvm import Twitter4jJvm, Twitter4jRaised

from mock_is.authn.base import AuthenticationFailed
from mock_is.authn.twitter import callback_with_state, java_url_encode

CALLBACKS = [
    "https://localhost:9443/commonauth",
    "https://is.example.com/t/acme.com/commonauth",
    "https://h:9443",
    "https://user@[::1]:9443/commonauth",
    "https://h/p%20q",
    "commonauth",
    "https://h/c?",
    "https://h/c?x=1",
    "https://h/c?x",
    "https://h/c?a=&b",
    "https://h/c?a=1&a=2&&b=3",
    "https://h/c?x=1;y=2",
    "https://h/c?=v",
    "https://h/c?a==b",
    "https://h/c?%41=1",
    "https://h/c?x=a%20b+c",
    "https://h/c?x=a~b*c",
    "https://h/c?x=%7e%2B%26",
    "https://h/c?x=[1]!$'(),@:/?",
    "https://h/c?x=\u00e9",
    "https://h/c#frag",
    "https://h/with space",
    "https://h/c?x=a|b",
    "https://h/c?x=%zz",
    "https://h/c?x=%",
    "https://h/[c]",
    "https://h/c#a#b",
]


def _simulated(callback: str, context_id: str) -> tuple[str, str] | None:
    try:
        built = callback_with_state(callback, context_id)
    except AuthenticationFailed:
        return None
    return built, java_url_encode(built)


def _real(twitter4j: Twitter4jJvm, callback: str, context_id: str) -> tuple[str, str] | None:
    try:
        answer = twitter4j.call("callback", callback_url=callback, context_id=context_id)
    except Twitter4jRaised as raised:
        assert raised.exception == "java.net.URISyntaxException", raised
        return None
    return answer["callback"], answer["encoded"]


@pytest.mark.parametrize("context_id", [str(uuid.uuid4()), "odd id ~*+"], ids=["uuid", "odd"])
@pytest.mark.parametrize("callback", CALLBACKS)
def test_twitter4j_callback_is_built_as_the_simulator_builds_it(
    twitter4j: Twitter4jJvm, callback: str, context_id: str
) -> None:
    """The same callback with ``localState`` and ``loginType``, encoded once the same way, or both refuse it
    (URISyntaxException: "Invalid Callback URL provided.")."""
    assert _simulated(callback, context_id) == _real(twitter4j, callback, context_id)
