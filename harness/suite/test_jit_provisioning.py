"""Binds features/jit_provisioning.feature."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("jit_provisioning.feature")
