"""Page objects of the WSO2 IS 7 Console; the same objects drive ``mock_is`` and a real IS.

Start at ``Console(page, base_url, on_drift)``: ``sign_in`` then ``connections()``, ``applications()``
or ``users()``; each verb returns the next page object; ``ConnectionPage`` includes the Just-in-Time
Provisioning tab (``JitMixin``) and the Attributes tab (``AttributesMixin``); ``ApplicationsPage``
creates a Traditional Web Application and opens ``ApplicationPage`` (its tabs, the Protocol tab's client
credentials, and the Login Flow tab in whichever editor the Console shows: ``LoginFlowMixin``).
``on_drift`` receives a
``LabelDrift`` whenever the Console shows other words than the doc for a documented control.
"""

from __future__ import annotations

from harness.pages.console.application import ApplicationPage
from harness.pages.console.applications import ApplicationsPage
from harness.pages.console.base import ConsoleError
from harness.pages.console.connection import ConnectionPage
from harness.pages.console.connections import ConnectionsPage
from harness.pages.console.console import Console
from harness.pages.console.drift import DriftCallback, LabelDrift
from harness.pages.console.users import UserPage, UsersPage

__all__ = [
    "ApplicationPage",
    "ApplicationsPage",
    "Console",
    "ConnectionPage",
    "ConnectionsPage",
    "ConsoleError",
    "DriftCallback",
    "LabelDrift",
    "UserPage",
    "UsersPage",
]
