"""mock_is: a simulator of WSO2 Identity Server 7.x for the surfaces "Add X login" touches."""

from __future__ import annotations

from mock_is.app import create_app
from mock_is.settings import IsSettings
from mock_is.store import FederatedAssociation, LocalUser, Store

__all__ = ["FederatedAssociation", "IsSettings", "LocalUser", "Store", "create_app"]
