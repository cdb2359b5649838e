"""A run killed outright (SIGKILL: no teardown, no ``finally``) is cleaned up afterwards from its journal:
every object it made is gone, and the target's own objects are byte-for-byte untouched (issue 7, item 3).

Contract with ``World`` (the lead wires it): with ``XLOGIN_JOURNAL=<path>`` in the environment, the
fixtures give ``World`` a ``harness.journal.Journal(path, prefix)`` and every creation on IS goes through
it (intent fsynced before the call, id after it).
"""

from __future__ import annotations

import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from safety_support import (
    Endpoints,
    Seeded,
    external_env,
    kill_group,
    listing,
    listing_change,
    names_with_prefix,
    seed,
    snapshot,
    start_features,
    wait_until,
)

from harness.clients.is_admin import IsAdmin
from harness.journal import CleanupResult, Journal, cleanup

# Long enough for the suite to start and reach its first creation on a loaded machine.
_FIRST_CREATION = 90.0


@dataclass(frozen=True)
class KilledRun:
    """The state of the target before the run, right after the kill, and after the journal cleanup."""

    seeded: Seeded
    before: dict[str, str]
    after: dict[str, str]
    listing_before: dict[str, str]
    listing_after: dict[str, str]
    left_by_kill: list[str]
    left_after_cleanup: list[str]
    result: CleanupResult
    journal: Journal


def _has_created_application(journal: Journal) -> bool:
    return any(e.kind == "application" and e.state == "created" for e in journal.entries())


class _Watch:
    """Watch the target and the journal while the suite runs; stop at the first created application,
    or at the first prefixed object the target shows that the journal did not announce before it."""

    def __init__(self, admin: IsAdmin, journal: Journal, suite: subprocess.Popen[bytes]) -> None:
        self.admin, self.journal, self.suite = admin, journal, suite
        self.unannounced: list[str] = []

    def done(self) -> bool:
        # The target first, then the journal: an intent is written before its object exists.
        on_target = names_with_prefix(self.admin, self.journal.prefix)
        announced = {e.name for e in self.journal.entries()}
        self.unannounced = [n for n in on_target if n not in announced]
        return (
            bool(self.unannounced) or _has_created_application(self.journal) or self.suite.poll() is not None
        )

    def failure(self, log: Path) -> str | None:
        """Why the run cannot be killed and cleaned up as planned, or None."""
        tail = log.read_text(errors="replace")[-2000:]
        if self.unannounced:
            return f"objects appeared on the target with no journal entry before them: {self.unannounced}"
        if not _has_created_application(self.journal):
            return f"the run journaled no created application: is XLOGIN_JOURNAL wired into World?\n{tail}"
        return None


@pytest.fixture(scope="module")
def killed_run(endpoints: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> KilledRun:
    """Seed, start the suite with a journal, SIGKILL it once it made objects, clean up from the journal."""
    folder, prefix = tmp_path_factory.mktemp("killed"), f"xlkill{secrets.token_hex(3)}"
    journal = Journal(folder / "journals" / "run.jsonl", prefix)
    with endpoints.admin() as admin:
        seeded = seed(admin)
        before, listing_before = snapshot(admin, seeded), listing(admin)
        env = external_env(endpoints, prefix, XLOGIN_JOURNAL=str(journal.path))
        suite = start_features(env, folder / "suite.log")
        watch = _Watch(admin, journal, suite)
        try:
            wait_until(watch.done, _FIRST_CREATION, poll=0.1)
        finally:
            kill_group(suite)
        failure = watch.failure(folder / "suite.log")
        assert failure is None, failure
        left_by_kill = names_with_prefix(admin, prefix)
        result = cleanup(journal, admin)
        after, listing_after = snapshot(admin, seeded), listing(admin)
        left_after = names_with_prefix(admin, prefix)
    return KilledRun(
        seeded, before, after, listing_before, listing_after, left_by_kill, left_after, result, journal
    )


pytestmark = pytest.mark.slow


def test_the_kill_left_objects_behind(killed_run: KilledRun) -> None:
    """Sanity: SIGKILL skipped the run's own cleanup, so there was something to clean up."""
    assert killed_run.left_by_kill, "the killed run left nothing: the test would prove nothing"


def test_cleanup_removes_every_prefixed_object(killed_run: KilledRun) -> None:
    assert killed_run.result.ok, [o.line() for o in killed_run.result.left]
    assert killed_run.left_after_cleanup == []
    assert killed_run.journal.pending() == []


def test_the_target_lists_exactly_what_it_listed_before(killed_run: KilledRun) -> None:
    """Nothing of the run survives (JIT users included), and nothing else went."""
    for kind, before in killed_run.listing_before.items():
        after = killed_run.listing_after[kind]
        assert after == before, listing_change(kind, before, after)


def test_seeded_objects_are_byte_for_byte_the_same(killed_run: KilledRun) -> None:
    changed = [path for path, body in killed_run.before.items() if killed_run.after[path] != body]
    assert not changed, f"the run or its cleanup changed objects it did not create: {changed}"
