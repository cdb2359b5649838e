"""Drivers of the documented configuration steps: the Console (default) or the REST API.

``XLOGIN_DRIVER=api`` (``xlogin run --driver api``) makes the scenarios configure IS through REST;
anything else, or nothing, through the Console.
"""

from __future__ import annotations

import os

from harness.drivers.api import ApiDriver, claims_body
from harness.drivers.base import AttributePlan, ConfigDriver
from harness.drivers.claims import LOCAL_CLAIMS, local_claim_uri
from harness.drivers.console import ConsoleDriver

__all__ = [
    "DRIVERS",
    "LOCAL_CLAIMS",
    "ApiDriver",
    "AttributePlan",
    "ConfigDriver",
    "ConsoleDriver",
    "claims_body",
    "driver_name",
    "local_claim_uri",
]

DRIVERS = ("console", "api")


def driver_name(environ: dict[str, str] | None = None) -> str:
    """The driver chosen by ``XLOGIN_DRIVER`` (``console`` unless it says ``api``); unknown names fail."""
    name = (
        (environ if environ is not None else dict(os.environ)).get("XLOGIN_DRIVER", "console").strip().lower()
    )
    if name not in DRIVERS:
        raise ValueError(f"XLOGIN_DRIVER={name!r} is not a driver; choose one of: {', '.join(DRIVERS)}")
    return name
