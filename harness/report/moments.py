"""Proving moments: where a page object or journey reaches the moment that proves a documented step.

``prove(step_ids, page, caption)`` is called at that moment (the login page offering X, X's sign-in page,
the Console after an Update, the application signed in). While a scenario runs, its ``ProofCamera`` is the
current one (``harness.report.plugin`` sets it around each scenario) and takes the picture, but only of the
steps the scenario is tagged with (``@doc:<id>``): a journey that passes the login page in a scenario about
attribute mappings takes no picture of it. Outside a scenario (the project's own tests of page objects, the
CLI) there is no camera and ``prove`` does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from harness.report.proof import ProofCamera

__all__ = ["current_camera", "prove", "proving_with"]

_CAMERA: ContextVar[tuple[ProofCamera, frozenset[str]] | None] = ContextVar("xlogin_proof", default=None)


@contextmanager
def proving_with(camera: ProofCamera, step_ids: Sequence[str]) -> Iterator[None]:
    """Make ``camera`` the current one for the scenario tagged with ``step_ids``."""
    token = _CAMERA.set((camera, frozenset(step_ids)))
    try:
        yield
    finally:
        _CAMERA.reset(token)


def current_camera() -> ProofCamera | None:
    """The camera of the scenario running now, if any."""
    current = _CAMERA.get()
    return current[0] if current else None


def prove(step_ids: Sequence[str], page: Any, caption: str) -> None:
    """A picture of ``page`` now as the proof of those of ``step_ids`` the running scenario is about."""
    current = _CAMERA.get()
    if current is None:
        return
    camera, tagged = current
    wanted = [s for s in step_ids if s in tagged]
    if wanted:
        camera.capture(wanted, page, caption)
