"""One login's calls to X as mock X recorded them, reduced to what must not differ between two clients.

Per call: method, path and status; the ``Authorization`` header as a template (parameter names, their
order, quoting and separators, each value by shape or by value); the query and form parameters in the
order sent; ``oauth_callback`` once decoded (what is left of the connector's own encoding) and fully
decoded; every other header by name and value. Values that differ by nature (nonce, timestamp,
signature, consumer key, token and verifier values, ``localState`` ids) are kept as their shape, e.g.
``<int>`` or ``<uuid>``, so a change of kind still shows. Header order is not compared (HTTP gives it no
meaning, and each client library has its own); ``content-length`` is, as a stand-in for the raw body,
which the recorder keeps only form-decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from urllib.parse import parse_qsl, unquote, urlsplit

from harness.clients.mock_x import MockXControl
from mock_x.models import RecordedRequest

__all__ = ["LOGIN_PATHS", "CallShape", "call_shape", "login_calls", "shape", "wire_differences"]

LOGIN_PATHS = ("/oauth/request_token", "/oauth/access_token", "/1.1/account/verify_credentials.json")
BY_NATURE = frozenset(
    {"oauth_consumer_key", "oauth_nonce", "oauth_timestamp", "oauth_token", "oauth_verifier"}
)
_REDACTED = "<redacted>"  # mock X's recorder already hides oauth_signature
_SHAPES = (
    ("uuid", re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
    ("int", re.compile(r"-?[0-9]+")),
    # One shape for letters, digits, "-" and "_": a random token may or may not draw a "-".
    ("token", re.compile(r"[A-Za-z0-9_-]+")),
    ("base64", re.compile(r"[A-Za-z0-9+/]+=*")),
)
_HEADER_PARAM = re.compile(r'([A-Za-z0-9_]+)="([^"]*)"')


def shape(value: str) -> str:
    """The kind of a value that differs by nature: ``<uuid>``, ``<int>``, ``<token>``, ``<base64>``..."""
    if value == _REDACTED:
        return value
    for name, pattern in _SHAPES:
        if pattern.fullmatch(value):
            return f"<{name}>"
    return "<other>"


@dataclass(frozen=True)
class CallShape:
    """One call to X with its by-nature values replaced by their shape."""

    method: str
    path: str
    status: int
    authorization: str
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    callback: str | None
    headers: tuple[tuple[str, str], ...]


def _value(name: str, value: str) -> str:
    return shape(value) if name in BY_NATURE else value


def _authorization(header: str) -> str:
    # By-nature values are shaped once decoded; the others stay exactly as sent, encoding included.
    return _HEADER_PARAM.sub(
        lambda m: f'{m[1]}="{shape(unquote(m[2])) if m[1] in BY_NATURE else m[2]}"', header
    )


def _decoded_callback(value: str) -> str:
    """The connector's callback: decoded until it is a URL (the connector encodes it once itself)."""
    while "://" not in value and unquote(value) != value:
        value = unquote(value)
    return value


def _callback(record: RecordedRequest) -> tuple[str | None, str]:
    """``(fully decoded, once decoded)`` oauth_callback with its ``localState`` value as its shape."""
    sent = record.form.get("oauth_callback", record.oauth.get("oauth_callback"))
    if sent is None:
        return None, ""
    url = _decoded_callback(sent)
    state = dict(parse_qsl(urlsplit(url).query)).get("localState")
    if state:
        return url.replace(state, shape(state)), sent.replace(state, shape(state))
    return url, sent


def call_shape(record: RecordedRequest) -> CallShape:
    """The shape of one recorded call."""
    callback, sent = _callback(record)
    form = tuple((k, sent if k == "oauth_callback" else _value(k, v)) for k, v in record.form.items())
    headers = {k: v for k, v in record.headers.items() if k != "authorization"}
    return CallShape(
        method=record.method,
        path=record.path,
        status=record.status,
        authorization=_authorization(record.headers.get("authorization", "")),
        query=tuple((k, _value(k, v)) for k, v in record.query.items()),
        form=form,
        callback=callback,
        headers=tuple(sorted(headers.items())),
    )


def login_calls(x: MockXControl, consumer_key: str) -> list[RecordedRequest]:
    """The request_token, access_token and verify_credentials calls signed with ``consumer_key``."""
    return [
        r
        for path in LOGIN_PATHS
        for r in x.requests_to(path)
        if r.oauth.get("oauth_consumer_key") == consumer_key
    ]


def wire_differences(
    ours: list[RecordedRequest], theirs: list[RecordedRequest], names: tuple[str, str] = ("IS", "twitter4j")
) -> list[str]:
    """Every way the two logins' calls differ, one line each (empty: they send the same)."""
    a, b = [call_shape(r) for r in ours], [call_shape(r) for r in theirs]
    if [(c.method, c.path) for c in a] != [(c.method, c.path) for c in b]:
        calls = [[f"{c.method} {c.path}" for c in side] for side in (a, b)]
        return [f"the calls differ: {names[0]} made {calls[0]}, {names[1]} made {calls[1]}"]
    return [line for mine, other in zip(a, b, strict=True) for line in _call_differences(mine, other, names)]


def _call_differences(a: CallShape, b: CallShape, names: tuple[str, str]) -> list[str]:
    where = f"{a.method} {a.path}"
    lines = []
    for field in fields(CallShape):
        mine, other = getattr(a, field.name), getattr(b, field.name)
        if field.name == "headers":
            lines += _header_differences(where, dict(mine), dict(other), names)
        elif mine != other:
            lines.append(f"{where}: {field.name}: {names[0]} sends {mine!r}, {names[1]} sends {other!r}")
    return lines


def _header_differences(
    where: str, a: dict[str, str], b: dict[str, str], names: tuple[str, str]
) -> list[str]:
    return [
        f"{where}: header {name}: {names[0]} sends {a.get(name)!r}, {names[1]} sends {b.get(name)!r}"
        for name in sorted(a.keys() | b.keys())
        if a.get(name) != b.get(name)
    ]
