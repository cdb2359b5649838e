"""Binds features/user_attributes.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("user_attributes.feature")
