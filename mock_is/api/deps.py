"""Shared router plumbing: the store and settings of the app a request reached."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["SettingsDep", "StoreDep"]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _settings(request: Request) -> IsSettings:
    settings: IsSettings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[IsSettings, Depends(_settings)]
