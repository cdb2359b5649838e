"""Binds features/register_on_x.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("register_on_x.feature")
