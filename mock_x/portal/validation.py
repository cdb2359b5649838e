"""The portal's checks on "User authentication settings" (x-protocol.md §4.3, §4.4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from mock_x.callbacks import CallbackRejected, validate_callback_urls
from mock_x.mock import ACCESS_LEVELS
from mock_x.mock import APP_TYPES as MOCK_APP_TYPES

# The portal's labels for the values ``MockX.register_app`` accepts (one list of valid values, in mock.py).
PERMISSIONS = dict(
    zip(ACCESS_LEVELS, ("Read", "Read and write", "Read and write and Direct message"), strict=True)
)
_APP_TYPE_LABELS = ("Web App, Automated App or Bot", "Native App", "Single page App")  # MOCK_APP_TYPES' order
# The portal lists the types alphabetically (Native, Single page, Web), not in mock.py's order.
APP_TYPES = dict(sorted(zip(MOCK_APP_TYPES, _APP_TYPE_LABELS, strict=True)))
USE_CASES = (
    "Making a bot",
    "Exploring the API",
    "Building tools for businesses",
    "Building customized solutions in-house",
    "Doing academic research",
    "Building consumer tools (hobbyist)",
)
# [GAP] §4.3: the current inline wording is unpublished; the old portal's text is reused for URL errors.
NOT_A_URL = "The client application failed validation: Not a valid URL format."
WEBSITE_REQUIRED = "Website URL is required."
CALLBACK_REQUIRED = "Callback URI / Redirect URL is required."
EMAIL_NEEDS_POLICIES = "Request email from users requires a Terms of service and a Privacy policy URL."


@dataclass
class AuthSettings:
    """What the "User authentication settings" form submitted, and what is wrong with it."""

    access_level: str = "read"
    request_email: bool = False
    app_type: str = "web"
    callback_urls: list[str] = field(default_factory=list)
    website_url: str = ""
    organization_name: str = ""
    organization_url: str = ""
    terms_url: str = ""
    privacy_url: str = ""
    errors: list[str] = field(default_factory=list)


def parse_auth_settings(form: list[tuple[str, str]]) -> AuthSettings:
    """Read the form (``callback_url`` repeats) and validate it as the portal does."""
    values = {k: v.strip() for k, v in form}
    found = AuthSettings(
        access_level=values.get("access_level", ""),
        request_email=values.get("request_email") == "on",
        app_type=values.get("app_type", ""),
        callback_urls=[v.strip() for k, v in form if k == "callback_url" and v.strip()],
        website_url=values.get("website_url", ""),
        organization_name=values.get("organization_name", ""),
        organization_url=values.get("organization_url", ""),
        terms_url=values.get("terms_url", ""),
        privacy_url=values.get("privacy_url", ""),
    )
    found.errors = _errors(found)
    return found


def _errors(found: AuthSettings) -> list[str]:
    errors = []
    if found.access_level not in PERMISSIONS:
        errors.append("Choose the App permissions.")
    if found.app_type not in APP_TYPES:
        errors.append("Choose the Type of App.")
    errors += _callback_errors(found.callback_urls)
    errors += _website_errors(found.website_url)
    for url in (found.organization_url, found.terms_url, found.privacy_url):
        if url and not _http_url(url):
            errors.append(f"{NOT_A_URL} ({url})")
    if found.request_email and not (found.terms_url and found.privacy_url):
        errors.append(EMAIL_NEEDS_POLICIES)
    return errors


def _callback_errors(urls: list[str]) -> list[str]:
    if not urls:
        return [CALLBACK_REQUIRED]
    try:
        validate_callback_urls(urls)
    except CallbackRejected as exc:
        return [str(exc)]
    return []


def _website_errors(url: str) -> list[str]:
    if not url:
        return [WEBSITE_REQUIRED]
    host = urlsplit(url).hostname if _http_url(url) else None
    # §4.3 [OBS]: localhost and 127.0.0.1 are refused as a Website URL; http://www.localhost:port works.
    if host is None or host in ("localhost", "127.0.0.1"):
        return [f"{NOT_A_URL} ({url})"]
    return []


def _http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
