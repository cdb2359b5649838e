"""The run journal (what the harness created on a target) and the cleanup that removes exactly that."""

from __future__ import annotations

from harness.journal.cleanup import (
    CleanupResult,
    Outcome,
    cleanup,
    delete_object,
    journals_under,
    linked_to_run,
    run_cleanup,
)
from harness.journal.log import (
    JOURNAL_DIR,
    JOURNAL_ENV,
    Entry,
    Journal,
    JournalError,
    Kind,
    default_journal_path,
    journal_from_env,
)

__all__ = [
    "JOURNAL_DIR",
    "JOURNAL_ENV",
    "CleanupResult",
    "Entry",
    "Journal",
    "JournalError",
    "Kind",
    "Outcome",
    "cleanup",
    "default_journal_path",
    "delete_object",
    "journal_from_env",
    "journals_under",
    "linked_to_run",
    "run_cleanup",
]
