"""Binds features/real_x.feature (deselected unless x_mode=real; see harness.fixtures)."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("real_x.feature")
