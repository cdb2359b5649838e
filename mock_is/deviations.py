"""Named ways a deployment can drift from the "Add X login" doc, switched on at start.

Each one exists so the harness can prove its checks bite: run with ``--deviate NAME`` and the
scenario tagged with a step in ``breaks`` must fail. Step ids are those of the doc under test
(``x-app-*``, ``idp-*``, ``jit-*``, ``login-*``, ``try-*``, ``attr-*``). The REST-side ones
(``jit-default-on``, ``api-secret-not-saved``, ``login-flow-not-saved``) are implemented in
``mock_is.api``; the runtime ones in ``mock_is.authn`` / ``mock_is.provisioning``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DEVIATIONS", "Deviation", "UnknownDeviationError", "validate_deviations"]


@dataclass(frozen=True)
class Deviation:
    """One drift from the doc: its name, the documented steps it breaks, and what it does."""

    name: str
    breaks: tuple[str, ...]
    description: str

    @property
    def is_defect(self) -> bool:
        """Whether it breaks a documented step (presentation switches break none)."""
        return bool(self.breaks)


def _d(name: str, breaks: tuple[str, ...], description: str) -> tuple[str, Deviation]:
    return name, Deviation(name, breaks, description)


DEVIATIONS: dict[str, Deviation] = dict(
    [
        _d("jit-ignored", ("jit-3", "try-5"), "JIT is on but the first login creates no local account."),
        _d(
            "jit-always-on",
            ("jit-default-off", "jit-3"),
            "Accounts are provisioned on first login even when JIT is off on the connection.",
        ),
        _d(
            "jit-default-on",
            ("jit-default-off",),
            "A connection created without a provisioning section has JIT enabled.",
        ),
        _d(
            "subject-attribute-ignored",
            ("attr-6",),
            "The connection's subject attribute is ignored; the subject is always X's numeric id.",
        ),
        _d(
            "attribute-mapping-ignored",
            ("attr-4", "try-5"),
            "External-to-local attribute mappings are ignored; no mapped claims reach the user.",
        ),
        _d(
            "provisioning-attributes-ignored",
            ("attr-7",),
            "Provisioning attributes (and their default values) are not applied to JIT accounts.",
        ),
        _d(
            "callback-url-ignored",
            ("idp-6",),
            "The Twitter authenticator always uses <server>/commonauth, ignoring the Callback URL.",
        ),
        _d(
            "api-secret-not-saved",
            ("idp-6",),
            "Saving the Twitter authenticator silently drops the API Secret.",
        ),
        _d(
            "login-flow-not-saved",
            ("login-3",),
            "Updating an application's login flow answers 200 but stores nothing.",
        ),
        _d(
            "sign-in-button-missing",
            ("try-3", "login-2"),
            "The login page shows no 'Sign in with <connection>' button.",
        ),
        _d("denied-still-logs-in", ("try-3",), "Cancelling at X (denied) still signs the user in."),
        _d(
            "no-override-on-email-match",
            ("jit-override-on-email-match",),
            "A local account with the same email is associated but its attributes are not overridden.",
        ),
        # Not a defect: the Console shows the doc's words instead of the real Console's, so the
        # harness's drift warnings can be shown both ways. It breaks no step, so selftest skips it.
        _d(
            "console-labels-as-documented",
            (),
            "The Console renders the doc's labels (Finish, Confirm, ...) instead of IS 7's real ones.",
        ),
    ]
)


class UnknownDeviationError(ValueError):
    """Raised for a deviation name that is not in the catalog."""


def validate_deviations(names: Iterable[str]) -> frozenset[str]:
    """The given deviation names as a frozenset, or ``UnknownDeviationError`` naming the unknown ones."""
    wanted = frozenset(n.strip() for n in names if n.strip())
    unknown = sorted(wanted - DEVIATIONS.keys())
    if unknown:
        known = ", ".join(sorted(DEVIATIONS))
        raise UnknownDeviationError(f"unknown deviation(s): {', '.join(unknown)}; known: {known}")
    return wanted
