"""Which X a run talks to, and the reason a scenario gives when it skips because it needs mock X."""

from __future__ import annotations

import os

__all__ = ["NEEDS_MOCK_X", "real_x_mode", "x_api_url"]

NEEDS_MOCK_X = (
    "needs mock X (x_mode=real): the real X's accounts, apps and pages cannot be scripted, "
    "and what IS sent to X cannot be read back"
)
DEFAULT_X_API_URL = "https://api.twitter.com"


def real_x_mode() -> bool:
    """Whether this run's IS talks to the real X (``XLOGIN_X_MODE=real``)."""
    return os.environ.get("XLOGIN_X_MODE", "mock") == "real"


def x_api_url() -> str:
    """Where the real X answers OAuth 1.0a (``XLOGIN_X_API_URL``; twitter4j's default host otherwise)."""
    return os.environ.get("XLOGIN_X_API_URL", DEFAULT_X_API_URL).rstrip("/")
