"""JIT provisioning of federated users into local userstores (IS 7's JIT handler and provisioning handler)."""

from __future__ import annotations

from mock_is.provisioning.jit import ProvisioningError, ProvisioningResult, provision
from mock_is.provisioning.rules import JitConfig, jit_active, jit_config, jit_username, synced_claims

__all__ = [
    "JitConfig",
    "ProvisioningError",
    "ProvisioningResult",
    "jit_active",
    "jit_config",
    "jit_username",
    "provision",
    "synced_claims",
]
