"""The Twitter connector's pieces: twitter4j signing and header, token replies, claims, errors, canHandle."""

from __future__ import annotations

import re

import httpx
import pytest

from mock_is.authn.base import AuthenticationFailed
from mock_is.authn.twitter import (
    OAuthCredentials,
    TwitterAuthenticator,
    TwitterClient,
    TwitterException,
    authorization_header,
    build_claims,
    callback_with_state,
    java_url_encode,
    parse_token_reply,
    t4j_encode,
)
from mock_is.authn.twitter.oauth1 import sign
from mock_is.settings import IsSettings


def test_signature_matches_the_x_documentation_example() -> None:
    # developer.x.com "Creating a signature": POST statuses/update with its fixed nonce and timestamp.
    creds = OAuthCredentials(
        "xvz1evFS4wEEPTGEFPHBog",
        "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
        "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
    )
    params = [
        ("status", "Hello Ladies + Gentlemen, a signed OAuth request!"),
        ("oauth_consumer_key", creds.consumer_key),
        ("oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "1318622958"),
        ("oauth_token", str(creds.token)),
        ("oauth_version", "1.0"),
    ]
    url = "https://api.twitter.com/1.1/statuses/update.json?include_entities=true"
    assert sign("POST", url, params, creds) == "hCtSmYh+iHYCEqBWrE7C7hYmtUk="


def test_header_has_twitter4j_order_no_spaces_and_an_integer_nonce() -> None:
    header = authorization_header("GET", "http://x.test/a?b=c", [], OAuthCredentials("k", "s", "t", "ts"))
    pattern = (
        r'OAuth oauth_consumer_key="k",oauth_signature_method="HMAC-SHA1",oauth_timestamp="\d+",'
        r'oauth_nonce="-?\d+",oauth_version="1.0",oauth_token="t",oauth_signature="[^"]+"'
    )
    assert re.fullmatch(pattern, header)
    assert "realm" not in header and "oauth_callback" not in header


def test_encodings_are_java_urlencoder_then_twitter4j() -> None:
    assert (
        java_url_encode("https://h:9443/c?a=1&b=x y~*") == "https%3A%2F%2Fh%3A9443%2Fc%3Fa%3D1%26b%3Dx+y%7E*"
    )
    assert t4j_encode("a b*~+") == "a%20b%2A~%2B"


def test_callback_gets_local_state_and_login_type() -> None:
    assert callback_with_state("https://localhost:9443/commonauth", "ctx") == (
        "https://localhost:9443/commonauth?localState=ctx&loginType=twitter"
    )
    assert callback_with_state("https://h/c?x=1", "ctx") == "https://h/c?x=1&localState=ctx&loginType=twitter"
    # URIBuilder re-encodes the query it parsed (split on & and ;) and keeps no nameless parameter.
    assert callback_with_state("https://h/c?x=a%20b~;y&=z", "c~*") == (
        "https://h/c?x=a+b%7E&y&localState=c%7E*&loginType=twitter"
    )
    assert callback_with_state("commonauth", "ctx") == "commonauth?localState=ctx&loginType=twitter"
    for refused in ("https://h/with space", "https://h/c?x=%zz", "https://h/[c]", "https://h/c#a#b"):
        with pytest.raises(AuthenticationFailed, match="Invalid Callback URL provided."):
            callback_with_state(refused, "ctx")


def test_token_reply_is_parsed_like_oauth_token() -> None:
    reply = parse_token_reply("oauth_token=a=b&oauth_token_secret=s&oauth_callback_confirmed=true")
    assert reply["oauth_token"] == "a" and reply["oauth_token_secret"] == "s"


def test_claims_are_top_level_keys_with_java_strings() -> None:
    raw = '{"id":12,"email":null,"protected":false,"entities":{"url":{"urls":[]}},"ratio":1.5,"list":[1]}'
    claims = build_claims(raw)
    assert claims["id"] == "12" and claims["email"] == "null" and claims["protected"] == "false"
    assert claims["entities"] == '{"url":{"urls":[]}}' and claims["ratio"] == "1.5"
    assert claims["list"].startswith("[Ljava.lang.Object;@")


def test_twitter_exception_message_format() -> None:
    """twitter4j 4.0.7's getMessage(), as tests/twitter4j sees the real one say it."""
    exc = TwitterException('{"errors":[{"code":32,"message":"Could not authenticate you."}]}', 401)
    assert str(exc).startswith("401:Authentication credentials (https://dev.twitter.com/pages/auth) were")
    assert str(exc).endswith("in sync.\nmessage - Could not authenticate you.\ncode - 32\n")
    assert str(TwitterException("oops", 500)).endswith("investigate.\noops\n")  # asString: each line + \n
    assert str(TwitterException("a\r\nb\n", 418)) == "418:\na\nb\n"  # no cause text for 418
    assert str(TwitterException("Connection refused")) == "Connection refused"  # no HTTP answer (-1)


def test_can_handle_rules() -> None:
    twitter = TwitterAuthenticator(IsSettings())
    assert twitter.can_handle({"oauth_token": "t", "oauth_verifier": "v", "loginType": "twitter"})
    assert twitter.can_handle({"denied": ""})
    assert not twitter.can_handle({"oauth_token": "t", "loginType": "twitter"})
    assert not twitter.can_handle({"oauth_token": "t", "oauth_verifier": "v", "loginType": "facebook"})
    assert twitter.context_identifier({"localState": "k", "sessionDataKey": "other"}) == "k"


async def test_client_sends_the_headers_of_twitter4j_on_a_jvm() -> None:
    """twitter4j's own headers plus HttpURLConnection's default Accept (what tests/twitter4j recorded)."""
    seen: list[httpx.Request] = []

    def x(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true")

    client = TwitterClient(IsSettings(), httpx.MockTransport(x))
    assert await client.request_token(OAuthCredentials("k", "s"), "oob") == ("t", "s")
    sent = seen[0].headers
    assert sent["accept"] == "text/html, image/gif, image/jpeg, */*; q=0.2"
    assert (sent["user-agent"], sent["x-twitter-client"], sent["x-twitter-client-version"]) == (
        "twitter4j http://twitter4j.org/ /4.0.7",
        "Twitter4J",
        "4.0.7",
    )
    assert sent["accept-encoding"] == "gzip"
