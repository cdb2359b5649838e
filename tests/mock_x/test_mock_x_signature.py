"""Signature rules: X's documented vectors, the base URL as addressed, twitter4j's wire quirks."""

from __future__ import annotations

import pytest
from oauthlib.oauth1.rfc5849 import signature as rfc5849

from mock_x.callbacks import callback_allowed, decode_callback
from mock_x.oauth1.signature import SignedRequest, parse_oauth_header, signature_valid

STATUS = "Hello Ladies + Gentlemen, a signed OAuth request!"
UPDATE_OAUTH = [
    ("oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"),
    ("oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
    ("oauth_signature_method", "HMAC-SHA1"),
    ("oauth_timestamp", "1318622958"),
    ("oauth_token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"),
    ("oauth_version", "1.0"),
]
UPDATE_SECRETS = ("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE")
LOGIN_SECRET = "L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg"
LOGIN_OAUTH = [
    ("oauth_consumer_key", "cChZNFj6T5R0TigYB9yd1w"),
    ("oauth_nonce", "ea9ec8429b68d6b77cd5600adbbb0456"),
    ("oauth_signature_method", "HMAC-SHA1"),
    ("oauth_timestamp", "1318467427"),
    ("oauth_version", "1.0"),
]
ACCESS_TOKEN = ("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0", "veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI")
VERIFIER = "uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY"


def _signed(url: str, oauth: list[tuple[str, str]], form: list[tuple[str, str]], sig: str) -> SignedRequest:
    return SignedRequest("POST", url, [], form, [*oauth, ("oauth_signature", sig)])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.x.com/1.1/statuses/update.json", "Ls93hJiZbQ3akF3HF3x1Bz8/zU4="),
        ("https://api.twitter.com/1.1/statuses/update.json", "hCtSmYh+iHYCEqBWrE7C7hYmtUk="),
        ("https://api.twitter.com/1/statuses/update.json", "tnnArxj06cWHq44gCs1OSKk/jLY="),
    ],
)
def test_statuses_update_vectors_verify_per_host(url: str, expected: str) -> None:
    """x-protocol.md §1.5: the same request signs differently per host; each verifies only on its own."""
    signed = _signed(url + "?include_entities=true", UPDATE_OAUTH, [("status", STATUS)], expected)
    signed = SignedRequest(
        "POST",
        url + "?include_entities=true",
        [("include_entities", "true")],
        [("status", STATUS)],
        signed.header,
    )
    assert signature_valid(signed, *UPDATE_SECRETS)
    other = SignedRequest(
        "POST", "https://api.example.com/1.1/statuses/update.json", signed.query, signed.form, signed.header
    )
    assert not signature_valid(other, *UPDATE_SECRETS)


@pytest.mark.parametrize(
    ("host", "expected"),
    [("api.twitter.com", "F1Li3tvehgcraF8DMJ7OyxO4w9Y="), ("api.x.com", "X9xhcB9d+NxXd/ThJ/n51vPhetM=")],
)
def test_request_token_vectors(host: str, expected: str) -> None:
    """The log-in-with-x.mdx request_token example; the callback rides in the header."""
    oauth = [*LOGIN_OAUTH, ("oauth_callback", "http://localhost/sign-in-with-twitter/")]
    assert signature_valid(
        _signed(f"https://{host}/oauth/request_token", oauth, [], expected), LOGIN_SECRET, None
    )


@pytest.mark.parametrize(
    ("host", "expected"),
    [("api.twitter.com", "39cipBtIOHEEnybAR4sATQTpl2I="), ("api.x.com", "G3DdousFWwxEepaZcmHguKqeBvs=")],
)
def test_access_token_vectors_with_verifier_in_body(host: str, expected: str) -> None:
    """The access_token example: the body's oauth_verifier is part of the signature."""
    oauth = [*LOGIN_OAUTH, ("oauth_token", ACCESS_TOKEN[0])]
    oauth[1] = ("oauth_nonce", "a9900fe68e2573b27a37f10fbad6a755")
    signed = _signed(f"https://{host}/oauth/access_token", oauth, [("oauth_verifier", VERIFIER)], expected)
    assert signature_valid(signed, LOGIN_SECRET, ACCESS_TOKEN[1])
    assert not signature_valid(signed, LOGIN_SECRET, "wrong-secret")


def test_default_port_is_dropped_and_others_kept() -> None:
    """RFC 5849 §3.4.1.2 as oauthlib implements it, which the mock relies on."""
    assert (
        rfc5849.base_string_uri("HTTPS://API.X.com:443/oauth/request_token")
        == "https://api.x.com/oauth/request_token"
    )
    assert rfc5849.base_string_uri("http://127.0.0.1:8081/oauth/x?a=1") == "http://127.0.0.1:8081/oauth/x"


def test_twitter4j_header_without_spaces_is_parsed() -> None:
    """twitter4j joins with ``,`` and no space and percent-encodes values (x-authenticator.md §1.4)."""
    header = 'OAuth oauth_consumer_key="ck",oauth_nonce="-1234567",oauth_signature="ab%2Bc%3D"'
    assert parse_oauth_header(header) == [
        ("oauth_consumer_key", "ck"),
        ("oauth_nonce", "-1234567"),
        ("oauth_signature", "ab+c="),
    ]


def test_identical_duplicate_token_in_header_and_body_is_signed_once() -> None:
    """twitter-api-v2 sends oauth_token in header and body and signs it once (x-protocol.md §1.3)."""
    oauth = [*LOGIN_OAUTH, ("oauth_token", ACCESS_TOKEN[0])]
    oauth[1] = ("oauth_nonce", "a9900fe68e2573b27a37f10fbad6a755")
    form = [("oauth_verifier", VERIFIER), ("oauth_token", ACCESS_TOKEN[0])]
    signed = _signed(
        "https://api.twitter.com/oauth/access_token", oauth, form, "39cipBtIOHEEnybAR4sATQTpl2I="
    )
    assert signature_valid(signed, LOGIN_SECRET, ACCESS_TOKEN[1])


def test_wso2_double_encoded_callback_is_decoded_once_more() -> None:
    """The connector URL-encodes the callback before twitter4j encodes it again (x-authenticator.md §1.4)."""
    once = "https%3A%2F%2Flocalhost%3A9443%2Fcommonauth%3FlocalState%3Dabc%26loginType%3Dtwitter"
    assert decode_callback(once) == "https://localhost:9443/commonauth?localState=abc&loginType=twitter"
    assert decode_callback("https://a.example/cb?x=%2F") == "https://a.example/cb?x=%2F"
    assert decode_callback("oob") == "oob"


@pytest.mark.parametrize(
    ("callback", "allowed"),
    [
        ("https://localhost:9443/commonauth", True),
        ("https://localhost:9443/commonauth?localState=1&loginType=twitter", True),
        ("HTTPS://LOCALHOST:9443/commonauth", True),
        ("https://localhost:9443/commonauth/", False),
        ("http://localhost:9443/commonauth", False),
        ("https://localhost:9444/commonauth", False),
        ("https://evil.example:9443/commonauth", False),
        ("https://localhost:9443/Commonauth", False),
        ("not a url", False),
    ],
)
def test_callback_match_is_exact_but_query_may_be_added(callback: str, allowed: bool) -> None:
    """x-protocol.md §4.4: scheme, host, port and path exact, extra query allowed."""
    assert callback_allowed(callback, ["https://localhost:9443/commonauth"]) is allowed


def test_default_port_equals_explicit_port() -> None:
    """``https://h/`` and ``https://h:443/`` are the same origin."""
    assert callback_allowed("https://example.org:443/cb", ["https://example.org/cb"])
