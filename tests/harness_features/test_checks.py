"""The assertion helpers: SCIM reading, the doc's own text, and what IS sent to X."""

from __future__ import annotations

from typing import Any

import pytest

from harness.checks import (
    doc_section,
    expect_request_token_call,
    foreign_providers,
    scim_attribute,
    section_page,
    userstore_of,
)
from harness.checks.accounts import split_user_name
from mock_x.models import RecordedRequest

USER: dict[str, Any] = {
    "userName": "SECONDARY/alice",
    "emails": [{"value": "a@example.org", "primary": True}],
    "name": {"givenName": "Alice", "formatted": "Alice Doe"},
    "urn:scim:wso2:schema": {"country": "Sri Lanka"},
}


def test_scim_attributes_by_their_console_names() -> None:
    assert scim_attribute(USER, "Email") == "a@example.org"
    assert scim_attribute(USER, "Full Name") == "Alice Doe"
    assert scim_attribute(USER, "Country") == "Sri Lanka"
    assert scim_attribute(USER, "Nick Name") is None
    assert scim_attribute({"emails": ["b@example.org"]}, "Email") == "b@example.org"


def test_the_userstore_is_the_username_domain() -> None:
    assert userstore_of(USER) == "SECONDARY"
    assert userstore_of({"userName": "bob"}) == "PRIMARY"
    assert split_user_name("jit/alice/x") == ("JIT", "alice/x")  # the domain ends at the first "/"
    assert split_user_name("bob") == ("PRIMARY", "bob")


def test_the_doc_names_microsoft_in_the_x_section() -> None:
    found = foreign_providers(doc_section("Register the X IdP"))
    assert found == ["Now, let's register the Microsoft IdP in WSO2 Identity Server."]
    assert foreign_providers(doc_section("Try it out")) == []


def test_the_section_page_marks_each_sentence_naming_another_provider_and_escapes_the_text() -> None:
    page = section_page(
        "Register <X>", "Fine. Now the Microsoft IdP & more. Also fine.", ["Now the Microsoft IdP & more."]
    )
    assert "<h2>Register &lt;X&gt;</h2>" in page
    assert "Fine. <mark>Now the Microsoft IdP &amp; more.</mark> Also fine." in page
    assert page.count("<mark>") == 1


def test_an_unknown_section_is_an_error() -> None:
    with pytest.raises(LookupError):
        doc_section("Register the Microsoft IdP")


class _FakeX:
    def __init__(self, *calls: RecordedRequest) -> None:
        self.calls = list(calls)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return self.calls


def _call(key: str, callback: str, status: int = 200) -> RecordedRequest:
    oauth = {"oauth_consumer_key": key, "oauth_callback": callback}
    return RecordedRequest("POST", "/oauth/request_token", {}, {}, oauth, {}, status)


CB = "https://is.example/commonauth"


def test_the_callback_is_the_configured_url_with_is_state_even_encoded_once() -> None:
    encoded = "https%3A%2F%2Fis.example%2Fcommonauth%3FlocalState%3Dabc%26loginType%3Dtwitter"
    fake: Any = _FakeX(_call("other", CB + "?localState=x&loginType=twitter"), _call("key", encoded))
    assert expect_request_token_call(fake, "key", CB).status == 200


@pytest.mark.parametrize(
    ("callback", "message"),
    [
        ("https://is.example/commonauth/other?localState=a&loginType=twitter", "not the configured"),
        ("https://is.example/commonauth?loginType=twitter", "lacks its state"),
        ("https://is.example/commonauth?localState=a", "lacks its state"),
    ],
)
def test_a_callback_other_than_configured_or_without_state_fails(callback: str, message: str) -> None:
    fake: Any = _FakeX(_call("key", callback))
    with pytest.raises(AssertionError, match=message):
        expect_request_token_call(fake, "key", CB)


def test_no_call_with_the_typed_key_fails_naming_the_keys_x_saw() -> None:
    fake: Any = _FakeX(_call("other", CB))
    with pytest.raises(AssertionError, match="'other'"):
        expect_request_token_call(fake, "key", CB)
