"""Hypothesis: arbitrary parameters, headers and bodies on every wire endpoint never produce a 5xx."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_x.app import create_app
from mock_x.settings import MockXSettings
from mock_x.transports import SyncASGITransport

ENDPOINTS = [
    ("POST", "/oauth/request_token"),
    ("POST", "/oauth/access_token"),
    ("GET", "/oauth/authenticate"),
    ("GET", "/oauth/authorize"),
    ("POST", "/oauth/login"),
    ("POST", "/oauth/consent"),
    ("GET", "/1.1/account/verify_credentials.json"),
    ("POST", "/1.1/oauth/invalidate_token"),
    ("GET", "/i/oauth2/authorize"),
    ("POST", "/i/oauth2/authorize"),
    ("POST", "/i/oauth2/login"),
    ("POST", "/2/oauth2/token"),
    ("POST", "/2/oauth2/revoke"),
    ("GET", "/2/users/me"),
    ("POST", "/oauth2/token"),
]
OAUTH_KEYS = st.sampled_from(
    [
        "oauth_consumer_key",
        "oauth_token",
        "oauth_signature",
        "oauth_signature_method",
        "oauth_timestamp",
        "oauth_nonce",
        "oauth_version",
        "oauth_callback",
        "oauth_verifier",
        "client_id",
        "code",
        "grant_type",
        "redirect_uri",
        "code_verifier",
        "scope",
        "state",
        "response_type",
        "code_challenge",
        "user.fields",
        "include_email",
        "decision",
        "continue",
        "mode",
        "username_or_email",
        "password",
        "token",
        "realm",
    ]
)
KEYS = st.one_of(OAUTH_KEYS, st.text(max_size=12))
PARAMS = st.lists(st.tuples(KEYS, st.text(max_size=40)), max_size=8)
LATIN1 = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=120)


def _oauth_header(pairs: list[tuple[str, str]]) -> str:
    return "OAuth " + ",".join(f'{quote(k, safe="")}="{quote(v, safe="")}"' for k, v in pairs)


AUTHORIZATION = st.one_of(
    st.none(),
    LATIN1,
    PARAMS.map(_oauth_header),
    LATIN1.map(lambda s: "Bearer " + s),
    LATIN1.map(lambda s: "Basic " + s),
)


@pytest.fixture(scope="module")
def fuzz_client() -> Iterator[httpx.Client]:
    """One app for the whole module, with an app and a user so lookups can succeed."""
    app = create_app(MockXSettings(public_url="http://testserver"))
    app.state.mock.register_app("fuzz", ["http://127.0.0.1/cb"])
    app.state.mock.create_user(screen_name="fuzzer", password="pw")
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://testserver") as client:
        yield client


@settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    endpoint=st.sampled_from(ENDPOINTS),
    query=PARAMS,
    form=PARAMS,
    raw=st.one_of(st.none(), st.binary(max_size=80)),
    authorization=AUTHORIZATION,
    cookie=st.one_of(
        st.none(),
        st.text(st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=';,\\"'), max_size=20),
    ),
)
def test_no_5xx(
    fuzz_client: httpx.Client,
    endpoint: tuple[str, str],
    query: list[tuple[str, str]],
    form: list[tuple[str, str]],
    raw: bytes | None,
    authorization: str | None,
    cookie: str | None,
) -> None:
    """Whatever arrives, the mock answers in X's own error shapes, never with a server error."""
    method, path = endpoint
    headers = {b"Content-Type": b"application/x-www-form-urlencoded"}
    if authorization is not None:
        headers[b"Authorization"] = authorization.encode("latin-1")  # HTTP header bytes are latin-1
    if cookie:
        headers[b"Cookie"] = f"auth_token={cookie}".encode()
    body = raw if raw is not None else urlencode(form).encode()
    response = fuzz_client.request(
        method, path, params=urlencode(query), content=body if method == "POST" else None, headers=headers
    )
    assert response.status_code < 500, (response.status_code, response.text)
