"""Binds features/enable_x_login.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("enable_x_login.feature")
