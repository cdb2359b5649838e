"""What the real twitter4j sends X for a login, call by call, against what the simulator's connector sends.

One login goes through the embedded stack as a person makes it (sample app → IS's login page → mock X
→ IS's ``/commonauth`` → sample app), so the simulator's Twitter connector runs as it really runs; one
goes through twitter4j, driven as the connector drives it. Mock X records both; ``twitter4j_wire``
compares them. The unit tests below prove the comparison fails when either side changes what it sends.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable
from urllib.parse import quote, unquote

import pytest
from playwright.sync_api import Browser, Page
from twitter4j_browser import login_at_x
from twitter4j_jvm import Twitter4jJvm
from twitter4j_wire import LOGIN_PATHS, call_shape, login_calls, wire_differences

from harness.journeys import sign_in_with_x
from harness.pages.sample_app import SampleAppPage
from harness.target import Target
from harness.world import World
from mock_x.models import RecordedRequest

T4J_HEADERS = {
    "x-twitter-client": "Twitter4J",
    "x-twitter-client-version": "4.0.7",
    "x-twitter-client-url": "http://twitter4j.org/en/twitter4j-4.0.7.xml",
    "user-agent": "twitter4j http://twitter4j.org/ /4.0.7",
    "accept-encoding": "gzip",
}
_AUTH = (
    'OAuth oauth_consumer_key="<token>",oauth_signature_method="HMAC-SHA1",oauth_timestamp="<int>",'
    'oauth_nonce="<int>",oauth_version="1.0",{token}oauth_signature="<redacted>"'
)


@pytest.mark.e2e
def test_twitter4j_and_the_simulators_connector_send_x_the_same_calls(
    twitter4j: Twitter4jJvm, world: World, page: Page, browser: Browser, target: Target
) -> None:
    """A first login through IS and one through twitter4j: the same calls, parameters and headers."""
    x_app = world.register_x_app()
    connection = world.twitter_connection(x_app)
    application = world.application(connection)
    user = world.x_user()
    sign_in_with_x(page, application.url, connection.name, target.x_url, user)
    SampleAppPage(page, application.url).expect_signed_in()

    t4j_app = world.x.register_app(world.unique("x-app-t4j"), [target.commonauth_url])
    context_id = str(uuid.uuid4())
    started = twitter4j.initiate(
        t4j_app.consumer_key, t4j_app.consumer_secret, target.commonauth_url, context_id
    )
    own_browser = browser.new_context()  # a browser that has not signed in at X yet
    try:
        params = login_at_x(
            own_browser.new_page(), started.redirect, target.x_url, user, target.commonauth_url
        )
    finally:
        own_browser.close()
    twitter4j.process(context_id, params)

    is_calls, t4j_calls = login_calls(world.x, x_app.consumer_key), login_calls(world.x, t4j_app.consumer_key)
    differences = wire_differences(is_calls, t4j_calls)
    assert not differences, "the simulator's connector and twitter4j differ:\n" + "\n".join(differences)
    _expect_the_connectors_calls(t4j_calls, target.commonauth_url)


def _expect_the_connectors_calls(calls: list[RecordedRequest], commonauth: str) -> None:
    """What the comparison found equal is what x-authenticator.md §1.3-1.4 says the connector sends."""
    request_token, access_token, verify = (call_shape(r) for r in calls)
    assert [c.path for c in (request_token, access_token, verify)] == list(LOGIN_PATHS)
    assert all(c.status == 200 for c in (request_token, access_token, verify))
    assert request_token.callback == f"{commonauth}?localState=<uuid>&loginType=twitter"
    once = quote(f"{commonauth}?localState=", safe="") + "<uuid>" + quote("&loginType=twitter", safe="")
    assert request_token.form == (("oauth_callback", once),)  # still encoded: the connector's own layer
    assert access_token.form == (("oauth_verifier", "<token>"),)
    assert verify.query == (("include_email", "true"),) and not verify.form
    assert request_token.authorization == _AUTH.format(token="")
    assert access_token.authorization == verify.authorization == _AUTH.format(token='oauth_token="<token>",')
    for call in (request_token, access_token, verify):
        assert T4J_HEADERS.items() <= dict(call.headers).items()


def _login(key: str, state: str, nonce: str, token: str, access: str) -> list[RecordedRequest]:
    """A login's three calls as mock X records twitter4j 4.0.7 making them (values from arguments)."""
    callback = quote(f"http://127.0.0.1:9443/commonauth?localState={state}&loginType=twitter", safe="")
    headers = {
        **T4J_HEADERS,
        "host": "127.0.0.1:8081",
        "accept": "text/html, image/gif, image/jpeg, */*; q=0.2",
    }

    def auth(extra: str = "") -> str:
        return (
            f'OAuth oauth_consumer_key="{key}",oauth_signature_method="HMAC-SHA1",'
            f'oauth_timestamp="1796239786",oauth_nonce="{nonce}",oauth_version="1.0",'
            f'{extra}oauth_signature="<redacted>"'
        )

    def call(
        method: str, path: str, form: dict[str, str], query: dict[str, str], extra: str
    ) -> RecordedRequest:
        sent = {**headers, "authorization": auth(extra)}
        if form:
            sent |= {"content-type": "application/x-www-form-urlencoded", "content-length": "150"}
        oauth = {"oauth_consumer_key": key, **{k: v for k, v in form.items() if k.startswith("oauth_")}}
        return RecordedRequest(method, path, query, form, oauth, sent, 200, "127.0.0.1:8081")

    return [
        call("POST", LOGIN_PATHS[0], {"oauth_callback": callback}, {}, ""),
        call("POST", LOGIN_PATHS[1], {"oauth_verifier": "Verifier0123456789"}, {}, f'oauth_token="{token}",'),
        call("GET", LOGIN_PATHS[2], {}, {"include_email": "true"}, f'oauth_token="{access}",'),
    ]


def _reference() -> list[RecordedRequest]:
    return _login(
        "Viv0AGpMH4uy8l8zskjV6JYC4", str(uuid.uuid4()), "-1098901120", "iKHWAEtaSRZz6ivV5NTjy", "8085-rCj7"
    )


def test_twitter4j_wire_comparison_ignores_what_differs_by_nature() -> None:
    """Other keys, tokens, nonces (negative or not) and localState ids: no difference."""
    other = _login(
        "NjHZIWafOIOkFystdwQzam55n", str(uuid.uuid4()), "3395377365", "6TPjOjaUMME8eJyZ6C", "80-Cd"
    )
    assert wire_differences(_reference(), other) == []


def _header(name: str, value: str | None) -> Callable[[RecordedRequest], RecordedRequest]:
    def doctor(r: RecordedRequest) -> RecordedRequest:
        headers = {k: v for k, v in r.headers.items() if k != name}
        return dataclasses.replace(r, headers=headers if value is None else {**headers, name: value})

    return doctor


def _authorization(old: str, new: str) -> Callable[[RecordedRequest], RecordedRequest]:
    return lambda r: _header("authorization", r.headers["authorization"].replace(old, new))(r)


def _swap(first: str, second: str) -> Callable[[RecordedRequest], RecordedRequest]:
    pattern = re.compile(rf'({first}="[^"]*"),({second}="[^"]*")')
    return lambda r: _header("authorization", pattern.sub(r"\2,\1", r.headers["authorization"]))(r)


def _callback_in_header(r: RecordedRequest) -> RecordedRequest:
    param = f'oauth_callback="{quote(r.form["oauth_callback"], safe="")}",'
    moved = r.headers["authorization"].replace("oauth_signature=", param + "oauth_signature=")
    return _header("authorization", moved)(dataclasses.replace(r, form={}))


def _callback(change: Callable[[str], str]) -> Callable[[RecordedRequest], RecordedRequest]:
    return lambda r: dataclasses.replace(r, form={"oauth_callback": change(r.form["oauth_callback"])})


DOCTORED: dict[str, tuple[int, Callable[[RecordedRequest], RecordedRequest], str]] = {
    "Accept of another client": (0, _header("accept", "*/*"), "header accept"),
    "no X-Twitter-Client": (1, _header("x-twitter-client", None), "header x-twitter-client"),
    "another User-Agent": (2, _header("user-agent", "python-httpx/0.27"), "header user-agent"),
    "nonce before timestamp": (0, _swap("oauth_timestamp", "oauth_nonce"), "authorization"),
    "callback in the header": (0, _callback_in_header, "authorization"),
    "a space after each comma": (1, _authorization('",', '", '), "authorization"),
    "hex nonce": (2, _authorization('oauth_nonce="-1098901120"', 'oauth_nonce="9f3a"'), "authorization"),
    "PLAINTEXT": (0, _authorization("HMAC-SHA1", "PLAINTEXT"), "authorization"),
    "no oauth_version": (1, _authorization('oauth_version="1.0",', ""), "authorization"),
    "callback encoded once, not twice": (0, _callback(unquote), "form"),
    "callback encoded three times": (0, _callback(lambda v: quote(v, safe="")), "form"),
    "no loginType": (0, _callback(lambda v: v.replace("%26loginType%3Dtwitter", "")), "callback"),
    "state as sessionDataKey": (
        0,
        _callback(lambda v: v.replace("localState", "sessionDataKey")),
        "callback",
    ),
    "no include_email": (2, lambda r: dataclasses.replace(r, query={}), "query"),
    "include_email=1": (2, lambda r: dataclasses.replace(r, query={"include_email": "1"}), "query"),
    "verifier in the query": (1, lambda r: dataclasses.replace(r, form={}, query=r.form), "query"),
    "another body length": (0, _header("content-length", "151"), "header content-length"),
    "refused": (1, lambda r: dataclasses.replace(r, status=401), "status"),
}


@pytest.mark.parametrize("change", DOCTORED, ids=list(DOCTORED))
@pytest.mark.parametrize("side", ["IS", "twitter4j"])
def test_twitter4j_wire_comparison_fails_on_a_doctored_call(change: str, side: str) -> None:
    """Each change to one call, on either side, is a difference naming that call and what changed."""
    index, doctor, what = DOCTORED[change]
    ours, theirs = _reference(), _reference()
    doctored = ours if side == "IS" else theirs
    doctored[index] = doctor(doctored[index])
    differences = wire_differences(ours, theirs)
    assert differences, f"{change!r} on the {side} side went unnoticed"
    assert all(line.startswith(f"{doctored[index].method} {doctored[index].path}: ") for line in differences)
    assert any(f": {what}" in line for line in differences), differences


def test_twitter4j_wire_comparison_fails_on_a_missing_or_extra_call() -> None:
    """A login that skips verify_credentials, or calls access_token twice, is not the same login."""
    full = _reference()
    assert wire_differences(full[:2], full) == [
        "the calls differ: IS made ['POST /oauth/request_token', 'POST /oauth/access_token'], "
        "twitter4j made ['POST /oauth/request_token', 'POST /oauth/access_token', "
        "'GET /1.1/account/verify_credentials.json']"
    ]
    assert wire_differences([*full[:2], full[1], full[2]], full)
