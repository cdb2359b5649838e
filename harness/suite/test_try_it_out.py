"""Binds features/try_it_out.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("try_it_out.feature")
