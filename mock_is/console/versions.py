"""Which Console release the simulator renders for the IS release it follows.

wso2/product-is ``pom.xml`` pins the Console (wso2/identity-apps) each release ships
(``identity.apps.console.version``): IS 7.0.0 (tag ``v7.0.0``) console 2.12.46, IS 7.1.0 (``v7.1.0``
@0ecc73ef) 2.41.52, IS 7.2.0 (``v7.2.0`` @4b5d04be) 2.81.6. The app renders two variants: the 7.1 one
(identity-apps as of 2024-05, PROVENANCE.md "F") and the 7.2 one (2025 file versions), where
``frontend/src`` says they differ. [GAP] no 2.12.46 source was read: a 7.0 deployment gets the 7.1 variant,
the nearest read, and the report says which Console was assumed.
"""

from __future__ import annotations

from dataclasses import dataclass

from mock_is.settings import IsSettings

__all__ = ["CONSOLE_RELEASES", "ConsoleRelease", "console_release"]


@dataclass(frozen=True)
class ConsoleRelease:
    """An IS release and the Console it ships."""

    is_version: str
    console_version: str


CONSOLE_RELEASES: dict[str, ConsoleRelease] = {
    "7.0": ConsoleRelease("7.0", "2.12.46"),
    "7.1": ConsoleRelease("7.1", "2.41.52"),
    "7.2": ConsoleRelease("7.2", "2.81.6"),
}


def console_release(settings: IsSettings) -> ConsoleRelease:
    """The Console of the settings' IS release."""
    return CONSOLE_RELEASES[settings.release]
