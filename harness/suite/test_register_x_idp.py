"""Binds features/register_x_idp.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("register_x_idp.feature")
