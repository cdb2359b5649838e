"""The process that writes the report files: the only one without xdist, the controller with it."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from harness.report.html import write_html
from harness.report.known import KnownDeviation
from harness.report.model import ScenarioRecord
from harness.report.redact import Redactor
from harness.report.summary import build_summary, write_json_atomic

__all__ = ["RECORD_ATTR", "RUN", "SECRETS_ATTR", "TARGET_ATTR", "Controller", "RunState"]

# The scenario record rides on its teardown report under this attribute (pytest serialises a report's
# extra attributes from xdist workers to the controller); the secrets a worker learnt ride along, in
# memory only, so the controller can redact the JUnit and Cucumber files it writes.
RECORD_ATTR = "xlogin_record"
SECRETS_ATTR = "xlogin_secrets"
TARGET_ATTR = "xlogin_target"


@dataclass
class RunState:
    """What the whole run shares: where the report goes, its id, target, secrets and records."""

    report_dir: Path | None
    is_worker: bool
    redactor: Redactor
    run_id: str
    target: dict[str, Any]
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    clock: float = field(default_factory=time.monotonic)
    records: dict[str, ScenarioRecord] = field(default_factory=dict)
    known: list[KnownDeviation] = field(default_factory=list)


RUN = pytest.StashKey[RunState]()


def _with_defaults(target: dict[str, Any]) -> dict[str, Any]:
    """The target as the report shows it: the embedded simulator names the IS release it follows
    (applied here, not per worker, so a version a worker learnt is never overwritten by the default)."""
    if target.get("kind", "embedded") != "embedded" or target.get("is_version"):
        return target
    from mock_is.console.versions import CONSOLE_RELEASES
    from mock_is.profiles import profile

    release = CONSOLE_RELEASES[profile(target.get("profile")).release]
    return {
        **target,
        "is_version": f"{release.is_version} (simulator)",
        "console_version": f"{release.console_version} (simulator)",
    }


class Controller:
    """The process that writes files: the only one without xdist, the controller with it."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.run = config.stash[RUN]
        self.collected = 0

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Know how many scenarios the run holds, for progress and the incomplete check."""
        self.collected = max(self.collected, len(session.items))
        self._write(incomplete=True)

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        """(xdist) the controller collects nothing itself; the workers tell it what they found."""
        self.collected = max(self.collected, len(ids))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Collect the record of a finished scenario and refresh the partial summary."""
        data = getattr(report, RECORD_ATTR, None)
        if report.when != "teardown" or data is None:
            return
        self.run.redactor.add(*getattr(report, SECRETS_ATTR, ()))
        self.run.target.update(getattr(report, TARGET_ATTR, {}))
        self.run.records[report.nodeid] = ScenarioRecord.model_validate(data)
        # Rewritten after every scenario so a run killed outright still leaves what it had.
        self._write(incomplete=True)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        """Write the final summary; a run cut short is marked ``incomplete``."""
        interrupted = exitstatus == pytest.ExitCode.INTERRUPTED or bool(session.shouldstop)
        # session.items after deselection (-k), not testscollected, which counts deselected items too.
        missing = self.collected > len(self.run.records)
        summary = self._write(incomplete=interrupted or missing)
        if summary is not None and self.run.report_dir is not None:
            self._redact_other_reports()
            # Rendered from the redacted summary; embeds screenshots, so it comes after the sweep.
            try:
                write_html(summary, self.run.report_dir)
            except Exception as exc:  # the JSON, JUnit and Cucumber reports stand without the page
                # Not warnings.warn: under filterwarnings=error that would end the session after all.
                print(f"xlogin report: index.html not written: {type(exc).__name__}: {exc}", file=sys.stderr)

    def _write(self, *, incomplete: bool) -> dict[str, Any] | None:
        run = self.run
        if run.report_dir is None:
            return None
        summary = build_summary(
            run.records.values(),
            run_id=run.run_id,
            started=run.started,
            duration=time.monotonic() - run.clock,
            target=_with_defaults(run.target),
            incomplete=incomplete,
            collected=self.collected,
            known=run.known,
        )
        redacted: dict[str, Any] = run.redactor.data(summary)
        write_json_atomic(run.report_dir / "summary.json", redacted)
        return redacted

    def _redact_other_reports(self) -> None:
        # JUnit XML and Cucumber JSON come from other plugins' sessionfinish, which ran before this one;
        # traces and screenshots from pytest-playwright's fixtures. Everything under the run's folder is
        # swept, and those two files too if they were written elsewhere.
        assert self.run.report_dir is not None
        self.run.redactor.tree(self.run.report_dir)
        for option in ("xmlpath", "cucumber_json_path"):
            path = getattr(self.config.option, option, None)
            if path:
                self.run.redactor.file(Path(path))
        # Allure results (allure-pytest-bdd's --alluredir): results, proof pictures and trace attachments.
        allure_dir = getattr(self.config.option, "allure_report_dir", None)
        if allure_dir and Path(allure_dir).is_dir():
            self.run.redactor.tree(Path(allure_dir))
