"""Where the sample app serves each of its clients: what the suite registers in IS and opens in the
browser. Apart from ``clients`` so that the suite's process reads them without authlib's Starlette client."""

from __future__ import annotations

__all__ = ["callback_url", "home_url"]


def home_url(app_url: str, key: str) -> str:
    """The home page (with the Login button) of the client ``key`` of the sample app at ``app_url``."""
    return f"{app_url.rstrip('/')}/apps/{key}/"


def callback_url(app_url: str, key: str) -> str:
    """The redirect URI to register in IS for the client ``key`` of the sample app at ``app_url``."""
    return f"{app_url.rstrip('/')}/apps/{key}/callback"
