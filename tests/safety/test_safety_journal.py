"""``Journal``: durable before the call, folded to each entry's latest state, tolerant of a torn tail."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from harness.journal import Journal, JournalError, default_journal_path, journal_from_env

URL = "https://is.example:9443"


def test_an_entry_goes_intended_created_removed(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "run.jsonl", prefix="xl1")
    entry_id = journal.intend("connection", "xl1-X-1", URL + "/")
    assert [(e.state, e.resource_id, e.prefix, e.target_url) for e in journal.pending()] == [
        ("intended", None, "xl1", URL)
    ]
    journal.created(entry_id, "idp-42")
    assert [(e.state, e.resource_id) for e in journal.pending()] == [("created", "idp-42")]
    journal.removed(entry_id)
    assert journal.pending() == []
    assert [e.state for e in journal.entries()] == ["removed"]


def test_the_intent_is_on_disk_before_the_creation_call_runs(tmp_path: Path) -> None:
    """``track`` writes the intent first: the creation callback already finds it in the file."""
    path = tmp_path / "run.jsonl"
    seen: list[list[dict[str, object]]] = []

    def create() -> str:
        seen.append([json.loads(line) for line in path.read_text().splitlines()])
        return "app-7"

    entry_id, result = Journal(path, "xl1").track("application", "xl1-app-1", URL, create)
    assert result == "app-7"
    assert [(r["op"], r["name"]) for r in seen[0]] == [("intend", "xl1-app-1")]
    assert Journal(path).pending()[0].resource_id == "app-7" and Journal(path).pending()[0].id == entry_id


def test_a_failed_creation_stays_intended(tmp_path: Path) -> None:
    """The call may have made the object before failing, so cleanup must still look for it."""
    journal = Journal(tmp_path / "run.jsonl", "xl1")

    def create() -> str:
        raise TimeoutError("IS did not answer")

    with pytest.raises(TimeoutError):
        journal.track("user", "xl1-user-1", URL, create)
    assert [(e.name, e.state) for e in journal.pending()] == [("xl1-user-1", "intended")]


def test_a_torn_last_line_is_ignored_but_a_torn_middle_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path, "xl1")
    journal.intend("connection", "xl1-X-1", URL)
    with path.open("a") as f:
        f.write('{"op":"intend","entry":"ab')  # the writer died mid-line
    assert [e.name for e in journal.pending()] == ["xl1-X-1"]
    with path.open("a") as f:
        f.write("\n")
    journal.intend("connection", "xl1-X-2", URL)
    with pytest.raises(JournalError, match="run.jsonl:2"):
        journal.pending()


def test_unknown_kinds_and_entries_are_refused(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "run.jsonl", "xl1")
    with pytest.raises(JournalError, match="unknown kind"):
        journal.intend("role", "xl1-r", URL)  # type: ignore[arg-type]
    journal.created("nope", "id-1")
    with pytest.raises(JournalError, match="never intended"):
        journal.entries()


def test_a_missing_journal_has_nothing_pending(tmp_path: Path) -> None:
    assert Journal(tmp_path / "none.jsonl").pending() == []


def _append_many(path: str, worker: int) -> None:
    journal = Journal(Path(path), f"w{worker}")
    for n in range(50):
        journal.created(journal.intend("user", f"w{worker}-user-{n}", URL), f"id-{worker}-{n}")


def test_processes_appending_at_once_never_interleave(tmp_path: Path) -> None:
    """pytest-xdist workers share one journal: every line stays whole and every entry is kept."""
    path = tmp_path / "run.jsonl"
    workers = [multiprocessing.Process(target=_append_many, args=(str(path), w)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(30)
    entries = Journal(path).entries()
    assert len(entries) == 200 and all(e.state == "created" for e in entries)


def test_the_default_path_is_under_reports_journals() -> None:
    assert default_journal_path(Path("reports"), "20261127-1") == Path("reports/journals/20261127-1.jsonl")


def test_the_journal_comes_from_xlogin_journal(tmp_path: Path) -> None:
    """The contract with the fixtures: ``XLOGIN_JOURNAL`` names the file, the run prefix goes with it."""
    journal = journal_from_env("xl9", {"XLOGIN_JOURNAL": str(tmp_path / "j.jsonl")})
    assert journal is not None and (journal.path, journal.prefix) == (tmp_path / "j.jsonl", "xl9")
    assert journal_from_env("xl9", {}) is None
