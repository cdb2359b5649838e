"""Callback URL rules: registration limits and the request-time match (x-protocol.md §4.3, §4.4)."""

from __future__ import annotations

from urllib.parse import SplitResult, unquote, urlencode, urlsplit

MAX_CALLBACK_URLS = 10  # x-protocol.md §4.3: a hard limit of 10 per app.
# x-protocol.md §4.3: schemes the portal refuses outright.
DISALLOWED_SCHEMES = frozenset(
    "vbscript javascript vbs data mocha keyword livescript ftp file gopher acrobat callto daap itpc itms "
    "firefoxurl hcp ldap mailto mmst mmsu msbd rtsp mso-offdap snews news nntp outlook stssync rlogin "
    "telnet tn3270 shell sip".split()
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class CallbackRejected(ValueError):
    """A callback URL the Developer Portal would not save."""


def validate_callback_urls(urls: list[str]) -> list[str]:
    """Check registered callbacks as the portal does; returns them stripped or raises ``CallbackRejected``."""
    cleaned = [u.strip() for u in urls if u.strip()]
    if len(cleaned) > MAX_CALLBACK_URLS:
        raise CallbackRejected(f"You can add up to {MAX_CALLBACK_URLS} callback URLs.")
    for url in cleaned:
        _validate_one(url)
    return cleaned


def _validate_one(url: str) -> None:
    parts = _split(url)
    if parts is None or not parts.scheme:
        raise CallbackRejected(f"Not a valid URL format: {url}")
    if parts.scheme.lower() in DISALLOWED_SCHEMES:
        raise CallbackRejected(f"This URL scheme is not allowed: {parts.scheme}")
    if parts.query:
        # §4.3: "we do not allow you to add query strings to the end of the callback URL".
        raise CallbackRejected(f"Callback URLs cannot contain query strings: {url}")
    if parts.scheme.lower() in _DEFAULT_PORTS and not parts.hostname:
        raise CallbackRejected(f"Not a valid URL format: {url}")


def decode_callback(value: str) -> str:
    """Undo the WSO2 connector's extra encoding of ``oauth_callback`` (x-authenticator.md §1.4).

    After form decoding the connector's value is still ``https%3A%2F%2F...``; real X must decode it once
    more or the connector would never have worked, so a value with no ``://`` that gains one when
    unquoted is unquoted again.
    """
    if "://" not in value and "://" in unquote(value):
        return unquote(value)
    return value


def callback_allowed(callback: str, registered: list[str]) -> bool:
    """True when scheme, host, port and path equal a registered URL; extra query is allowed (§4.4)."""
    wanted = _key(callback)
    return wanted is not None and any(_key(url) == wanted for url in registered)


def append_query(url: str, params: list[tuple[str, str]]) -> str:
    """Append parameters to the callback's own query, as X does (x-protocol.md §1.2)."""
    parts = urlsplit(url)
    extra = urlencode(params)
    query = f"{parts.query}&{extra}" if parts.query else extra
    return parts._replace(query=query).geturl()


def _key(url: str) -> tuple[str, str, int | None, str] | None:
    parts = _split(url)
    if parts is None or not parts.scheme:
        return None
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        return None
    return scheme, (parts.hostname or ""), port, parts.path


def _split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url)
    except ValueError:
        return None
