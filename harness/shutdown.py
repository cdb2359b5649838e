"""Let a harness process end without walking its whole heap for garbage.

At exit, after the atexit handlers, CPython collects garbage once more over every object still alive.
A suite run holds some 160 000 objects from its imports alone (FastAPI's and scim2-models' pydantic
models, Playwright, the stack), and that last pass took 0.9–1.0 s of a one-scenario run's ~10 s here;
with the objects frozen first it takes 0.2 s (docs/performance.md, "Fixed cost"). Nothing a run writes
depends on it: reports are written and closed in pytest's hooks, and Python still flushes its standard
streams. Cycles still alive at exit are the only thing not collected, and the process is ending.
"""

from __future__ import annotations

import atexit
import gc

__all__ = ["freeze_startup_heap", "skip_final_collection"]

_registered = False
_frozen = False


def skip_final_collection() -> None:
    """Freeze every object at exit (after pytest's own last collection, which runs before atexit), so the
    interpreter's final collection has nothing to traverse. Idempotent."""
    global _registered
    if not _registered:
        atexit.register(gc.freeze)
        _registered = True


def freeze_startup_heap() -> None:
    """Freeze what start-up made (imports, the stack, the browser's objects), once per process.

    pytest's unraisable-exception check collects garbage over the whole heap at the end of the session,
    0.3–0.4 s in a suite run (two passes over ~176 000 objects). What start-up made is not a scenario's
    garbage; frozen, it is left out of every later collection, and the check still walks everything the
    scenarios made, which is what it is for. Idempotent: freezing again would also freeze the garbage of
    the scenarios run so far, so only the first call freezes."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True
