"""Real X mode (opt-in, never the default, never gating): what the harness can prove about an app on
the real X without scripting X, and the pause in which a person signs in at X themselves."""

from __future__ import annotations

from harness.real_x.app import ConfiguredXApp, configured_x_app
from harness.real_x.mode import NEEDS_MOCK_X, real_x_mode, x_api_url
from harness.real_x.person import PersonAtX
from harness.real_x.probe import RequestTokenAnswer, ask_for_request_token

__all__ = [
    "NEEDS_MOCK_X",
    "ConfiguredXApp",
    "PersonAtX",
    "RequestTokenAnswer",
    "ask_for_request_token",
    "configured_x_app",
    "real_x_mode",
    "x_api_url",
]
