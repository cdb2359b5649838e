"""Shared router plumbing: the store and settings of the app a request reached, SCIM's JSON response."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import JSONResponse

from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["SettingsDep", "StoreDep", "scim_response"]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _settings(request: Request) -> IsSettings:
    settings: IsSettings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[IsSettings, Depends(_settings)]


def scim_response(
    body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
) -> JSONResponse:
    """``body`` as SCIM's ``application/scim+json`` (RFC 7644 §3.1)."""
    return JSONResponse(body, status_code=status, media_type="application/scim+json", headers=headers)
