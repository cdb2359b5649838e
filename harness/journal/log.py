"""The run journal: an append-only record, on disk, of every object the harness creates on a target.

Issue 7 ("External targets, safely"): each creation is written and fsynced *before* the call that makes
it, so a run killed at any moment leaves a journal that names everything it may have made; cleanup
(``harness.journal.cleanup``) removes exactly those objects and nothing else. One JSON object per line:
``{"op": "intend", "entry", "kind", "name", "target_url", "prefix", "at"}``, then
``{"op": "created", "entry", "resource_id"}`` and ``{"op": "removed", "entry"}``. Several pytest-xdist
workers may append to the same file: each record is one ``write`` on an ``O_APPEND`` descriptor, and
entry ids are random, so their lines never interleave or collide.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

__all__ = [
    "JOURNAL_DIR",
    "JOURNAL_ENV",
    "Entry",
    "Journal",
    "JournalError",
    "Kind",
    "default_journal_path",
    "journal_from_env",
]

Kind = Literal["connection", "application", "user"]
State = Literal["intended", "created", "removed"]
KINDS: tuple[str, ...] = get_args(Kind)
JOURNAL_DIR = Path("journals")
JOURNAL_ENV = "XLOGIN_JOURNAL"
_T = TypeVar("_T")


class JournalError(RuntimeError):
    """The journal file is unreadable, or a call broke its rules (unknown kind or entry)."""


@dataclass(frozen=True)
class Entry:
    """One object the harness created (or was about to create) on a target."""

    id: str
    kind: Kind
    name: str
    target_url: str
    prefix: str
    state: State = "intended"
    resource_id: str | None = None

    @property
    def pending(self) -> bool:
        """Still (possibly) on the target: intended or created, not yet removed."""
        return self.state != "removed"


def journal_from_env(prefix: str, environ: Mapping[str, str] | None = None) -> Journal | None:
    """The run's journal when ``XLOGIN_JOURNAL`` names one (what the fixtures hand ``World``), else None."""
    path = (os.environ if environ is None else environ).get(JOURNAL_ENV)
    return Journal(Path(path), prefix) if path else None


def default_journal_path(report_dir: Path, run_id: str) -> Path:
    """Where a run's journal lives by default: ``<report_dir>/journals/<run-id>.jsonl``."""
    return report_dir / JOURNAL_DIR / f"{run_id}.jsonl"


class Journal:
    """Append-only JSON-lines journal of one run's creations; ``prefix`` is the run's name prefix."""

    def __init__(self, path: Path, prefix: str = "") -> None:
        self.path = Path(path)
        self.prefix = prefix

    def intend(self, kind: Kind, name: str, target_url: str) -> str:
        """Record, durably, that ``name`` is about to be created; the entry's id."""
        if kind not in KINDS:
            raise JournalError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        entry_id = uuid.uuid4().hex
        record = {"op": "intend", "entry": entry_id, "kind": kind, "name": name,
                  "target_url": target_url.rstrip("/"), "prefix": self.prefix,
                  "at": datetime.now(UTC).isoformat(timespec="milliseconds")}  # fmt: skip
        self._append(record)
        return entry_id

    def created(self, entry_id: str, resource_id: str) -> None:
        """Record the id the target gave the object of ``entry_id``."""
        self._append({"op": "created", "entry": entry_id, "resource_id": resource_id})

    def removed(self, entry_id: str) -> None:
        """Record that the object of ``entry_id`` is gone from the target."""
        self._append({"op": "removed", "entry": entry_id})

    def track(
        self,
        kind: Kind,
        name: str,
        target_url: str,
        create: Callable[[], _T],
        id_of: Callable[[_T], str] = str,
    ) -> tuple[str, _T]:
        """``intend``, run ``create``, record ``created`` with ``id_of(result)``; (entry id, result).

        If ``create`` raises, the entry stays "intended": the call may still have made the object, so
        cleanup looks it up by name.
        """
        entry_id = self.intend(kind, name, target_url)
        result = create()
        self.created(entry_id, id_of(result))
        return entry_id, result

    def entries(self) -> list[Entry]:
        """Every entry, in the order it was intended, folded to its latest state."""
        folded: dict[str, Entry] = {}
        for record in self._records():
            _apply(folded, record)
        return list(folded.values())

    def pending(self) -> list[Entry]:
        """Entries whose object may still be on the target (intended or created, not removed)."""
        return [e for e in self.entries() if e.pending]

    def _records(self) -> list[dict[str, Any]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        records: list[dict[str, Any]] = []
        for number, line in enumerate(lines, 1):
            try:
                records.append(json.loads(line))
            except ValueError as exc:
                if number == len(lines):
                    break  # a torn last line: the process died while writing it, before the call
                raise JournalError(f"{self.path}:{number}: not a journal record ({exc})") from exc
        return records

    def _append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        new = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
            os.fsync(fd)  # durable before the creation call it announces (issue 7)
        finally:
            os.close(fd)
        if new:
            _fsync_dir(self.path.parent)


def _fsync_dir(directory: Path) -> None:
    # A new file's directory entry must be durable too, or a crash can lose the whole journal.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _apply(folded: dict[str, Entry], record: dict[str, Any]) -> None:
    op, entry_id = record.get("op"), str(record.get("entry", ""))
    if op == "intend":
        folded[entry_id] = Entry(entry_id, record["kind"], record["name"], record["target_url"],
                                 record.get("prefix", ""))  # fmt: skip
        return
    current = folded.get(entry_id)
    if current is None:
        raise JournalError(f"journal record {op!r} names entry {entry_id!r} that was never intended")
    if op == "created":
        folded[entry_id] = replace(current, state="created", resource_id=str(record["resource_id"]))
    elif op == "removed":
        folded[entry_id] = replace(current, state="removed")
    else:
        raise JournalError(f"unknown journal record {op!r}")
