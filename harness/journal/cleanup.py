"""Remove exactly what a journal says the harness created, and nothing else (issue 7, item 3).

Rules, each a guard for a shared deployment:
- only the journal's pending entries, newest first (an application goes before the connection it uses);
- only entries of the target the admin client talks to (ids mean nothing on another server);
- an entry with the target's id is deleted by that id; an entry that was only *intended* (the process
  died during the creation call) is looked up by its exact name and deleted only if found *and* provably
  ours: its name carries the run prefix, or (a just-in-time user, named by IS after the X account) it is
  linked to a connection whose name carries the run prefix;
- a 404 means the object is already gone: success. Connections are deleted without ``force``, so IS
  refuses (and we report) rather than strip a connection out of an application that is not ours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from harness.clients.is_admin import IsAdmin
from harness.clients.is_http import IsRequestError
from harness.journal.log import JOURNAL_DIR, Entry, Journal, Kind

__all__ = [
    "CleanupResult",
    "Outcome",
    "cleanup",
    "delete_object",
    "journals_under",
    "linked_to_run",
    "run_cleanup",
]

Result = Literal["removed", "already gone", "never created", "not ours", "failed"]
_DONE: frozenset[str] = frozenset({"removed", "already gone", "never created"})
EXIT_CLEAN, EXIT_LEFTOVERS = 0, 2


@dataclass(frozen=True)
class Outcome:
    """What cleanup did with one journal entry."""

    entry: Entry
    result: Result
    detail: str = ""

    @property
    def done(self) -> bool:
        """The object is no longer on the target (and the journal says so)."""
        return self.result in _DONE

    def line(self) -> str:
        """One line for a person: ``removed connection xl1-X-3 (id ...) at <url>``."""
        ident = f" (id {self.entry.resource_id})" if self.entry.resource_id else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.result} {self.entry.kind} {self.entry.name}{ident} at {self.entry.target_url}{detail}"


@dataclass
class CleanupResult:
    """Every entry cleanup handled, in the order it handled them (newest first)."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def removed(self) -> list[Entry]:
        """Entries whose object is gone now (removed, already gone, or never made)."""
        return [o.entry for o in self.outcomes if o.done]

    @property
    def left(self) -> list[Outcome]:
        """Entries whose object may still be there (not provably ours, or the removal failed)."""
        return [o for o in self.outcomes if not o.done]

    @property
    def ok(self) -> bool:
        """Nothing the journal names is left on the target."""
        return not self.left


def _find(admin: IsAdmin, kind: Kind, name: str) -> dict[str, Any] | None:
    if kind == "connection":
        return admin.identity_providers.find_by_name(name)
    if kind == "application":
        return admin.applications.find_by_name(name)
    return admin.users.find_by_username(name)


def delete_object(admin: IsAdmin, kind: Kind, resource_id: str) -> None:
    """Delete the object of ``kind`` with the target's id ``resource_id`` (a connection without ``force``)."""
    if kind == "connection":
        admin.identity_providers.delete(resource_id)
    elif kind == "application":
        admin.applications.delete(resource_id)
    else:
        admin.users.delete(resource_id)


def _prefixed(name: str, prefix: str) -> bool:
    return bool(prefix) and name.startswith(f"{prefix}-")


def linked_to_run(admin: IsAdmin, user_id: str, prefix: str) -> bool:
    """Whether the user is linked to a connection whose name carries the run ``prefix``.

    A JIT user is named by IS after the X account, not by us: this link is what proves it is the run's.
    """
    return any(_prefixed(name, prefix) for name in admin.associations.idp_names(user_id))


def _owned(admin: IsAdmin, entry: Entry, found: dict[str, Any]) -> bool:
    """Proof that an object found by name is the one this run made, not a namesake of someone else's."""
    if _prefixed(entry.name, entry.prefix):
        return True
    return entry.kind == "user" and linked_to_run(admin, str(found["id"]), entry.prefix)


def _resolve(admin: IsAdmin, entry: Entry) -> str | Outcome:
    """The id to delete, or the outcome when there is nothing (of ours) to delete."""
    if entry.resource_id is not None:
        return entry.resource_id
    found = _find(admin, entry.kind, entry.name)
    if found is None:
        return Outcome(entry, "never created", "no object of that name")
    if not _owned(admin, entry, found):
        return Outcome(entry, "not ours", "an object of that name exists but nothing proves this run made it")
    return str(found["id"])


def _remove(admin: IsAdmin, entry: Entry) -> Outcome:
    try:
        resolved = _resolve(admin, entry)
        if isinstance(resolved, Outcome):
            return resolved
        delete_object(admin, entry.kind, resolved)
    except IsRequestError as exc:
        if exc.status == 404:
            return Outcome(entry, "already gone")
        return Outcome(entry, "failed", str(exc))
    except httpx.HTTPError as exc:
        return Outcome(entry, "failed", f"{type(exc).__name__}: {exc}")
    return Outcome(entry, "removed")


def _base_url(admin: IsAdmin) -> str:
    return str(admin.http.base_url).rstrip("/")


def cleanup(journal: Journal, admin: IsAdmin) -> CleanupResult:
    """Remove the journal's pending objects on the admin's target, newest first; record each removal."""
    result = CleanupResult()
    target = _base_url(admin)
    for entry in reversed(journal.pending()):
        if entry.target_url.rstrip("/") != target:
            continue
        outcome = _remove(admin, entry)
        if outcome.done:
            journal.removed(entry.id)
        result.outcomes.append(outcome)
    return result


def journals_under(report_dir: Path) -> list[Path]:
    """Every journal under ``<report_dir>/journals`` (what ``xlogin cleanup --all`` walks)."""
    return sorted((report_dir / JOURNAL_DIR).glob("*.jsonl"))


def _targets(journal: Journal) -> list[str]:
    return sorted({e.target_url for e in journal.pending()})


def run_cleanup(
    paths: Iterable[Path], admin_for: Callable[[str], IsAdmin], echo: Callable[[str], None] = print
) -> int:
    """What ``xlogin cleanup`` does: clean each journal on each of its targets, print every removal.

    ``admin_for(target_url)`` builds the admin client (credentials come from the settings); it may
    raise ``ValueError`` to refuse a target it has no credentials for. Exit code: 0 when nothing any
    journal names is left, 2 otherwise.
    """
    code = EXIT_CLEAN
    for path in paths:
        journal = Journal(path)
        targets = _targets(journal)
        if not targets:
            echo(f"{path}: nothing to clean up")
        for url in targets:
            code = max(code, _clean_target(journal, url, admin_for, echo))
    return code


def _clean_target(
    journal: Journal, url: str, admin_for: Callable[[str], IsAdmin], echo: Callable[[str], None]
) -> int:
    try:
        admin = admin_for(url)
    except ValueError as exc:
        echo(f"{journal.path}: skipped {url}: {exc}")
        return EXIT_LEFTOVERS
    with admin:
        result = cleanup(journal, admin)
    for outcome in result.outcomes:
        echo(f"{journal.path}: {outcome.line()}")
    return EXIT_CLEAN if result.ok else EXIT_LEFTOVERS
