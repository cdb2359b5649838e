"""The app the user registered on the real X: its keys come from the configuration, not from X."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from harness.report.redact import remember_secret

__all__ = ["ConfiguredXApp", "configured_x_app"]


@dataclass(frozen=True)
class ConfiguredXApp:
    """API Key and API Key Secret of a real X app (``x_api_key`` / ``x_api_secret``)."""

    consumer_key: str
    consumer_secret: str = field(repr=False)

    @property
    def name(self) -> str:
        """X's name for the app is not visible through the API; the key's start stands in for it."""
        return f"the X app with API Key {self.consumer_key[:4]}…"


def configured_x_app() -> ConfiguredXApp:
    """The configured real X app; its secret is registered for redaction before anything uses it."""
    key, secret = os.environ.get("XLOGIN_X_API_KEY"), os.environ.get("XLOGIN_X_API_SECRET")
    if not (key and secret):
        raise RuntimeError("x_mode 'real' needs x_api_key and x_api_secret (XLOGIN_X_API_KEY, ...)")
    remember_secret(secret)
    return ConfiguredXApp(key, secret)
