"""pytest plugin of the conformance report: records each scenario and its steps, writes ``summary.json``.

Listed in the root conftest's ``pytest_plugins``. Where the evidence goes follows style-anchors.md
("Evidence and reports"): the outcome comes from a ``pytest_runtest_makereport`` wrapper, the steps from
pytest-bdd's ``pytest_bdd_before_step`` / ``pytest_bdd_after_step`` / ``pytest_bdd_step_error``. Under
pytest-xdist the record of a scenario rides on its teardown report as a JSON-able attribute (pytest
serialises a report's extra attributes to the controller), and only the controller writes files.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from harness.report.findings import DocFindings
from harness.report.html import write_html
from harness.report.model import Artifact, ScenarioRecord, StepRecord
from harness.report.redact import Redactor, secrets_from_env
from harness.report.summary import build_summary, doc_step_sort_key, write_json_atomic

__all__ = ["RECORD_ATTR", "evidence_of", "register_secret", "screenshot_pages", "set_target_info"]

RECORD_ATTR = "xlogin_record"
_SECRETS_ATTR = "xlogin_secrets"
_MESSAGE_LIMIT, _DETAILS_LIMIT = 2000, 20000
_EVIDENCE_PREFIXES = ("playwright_", "screenshot", "trace", "evidence")


@dataclass
class _ItemState:
    findings: DocFindings = field(default_factory=DocFindings)
    scenario: str = ""
    feature: str = ""
    steps: list[StepRecord] = field(default_factory=list)
    step_started: float = 0.0
    reports: list[pytest.TestReport] = field(default_factory=list)


@dataclass
class _RunState:
    report_dir: Path | None
    is_worker: bool
    redactor: Redactor
    run_id: str
    target: dict[str, Any]
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    clock: float = field(default_factory=time.monotonic)
    records: dict[str, ScenarioRecord] = field(default_factory=dict)


_RUN = pytest.StashKey[_RunState]()
_ITEM = pytest.StashKey[_ItemState]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--xlogin-report-dir``: where ``summary.json`` goes (default ``$XLOGIN_REPORT_DIR``; none: off)."""
    group = parser.getgroup("xlogin", "x-login conformance report")
    group.addoption(
        "--xlogin-report-dir",
        default=None,
        help="write summary.json (and index.html) of the run into this directory",
    )


def _target_from_env() -> dict[str, Any]:
    target: dict[str, Any] = {
        "kind": os.environ.get("XLOGIN_TARGET", "embedded"),
        "x_mode": os.environ.get("XLOGIN_X_MODE", "mock"),
    }
    for key in ("is_url", "is_version", "deviations"):
        if os.environ.get(f"XLOGIN_{key.upper()}"):
            target[key] = os.environ[f"XLOGIN_{key.upper()}"]
    return target


def pytest_configure(config: pytest.Config) -> None:
    """Set up the run's state: report directory, run id, target and the secrets to redact."""
    directory = config.getoption("--xlogin-report-dir", None) or os.environ.get("XLOGIN_REPORT_DIR")
    run_id = os.environ.get("XLOGIN_RUN_ID") or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    config.stash[_RUN] = _RunState(
        report_dir=Path(directory) if directory else None,
        is_worker=hasattr(config, "workerinput"),
        redactor=Redactor(secrets_from_env()),
        run_id=run_id,
        target=_target_from_env(),
    )
    if not config.stash[_RUN].is_worker:
        config.pluginmanager.register(_Controller(config), "xlogin-report-controller")


def register_secret(config: pytest.Config, *values: str) -> None:
    """Make sure ``values`` never appear in anything the report writes."""
    config.stash[_RUN].redactor.add(*values)


def set_target_info(config: pytest.Config, **info: Any) -> None:
    """Add what is known about the target (``is_version``, ``is_url``...) to the report's header."""
    config.stash[_RUN].target.update(info)


@pytest.fixture
def report_redactor(request: pytest.FixtureRequest) -> Redactor:
    """The run's redactor: ``report_redactor.add(secret)`` for secrets made during the run."""
    return request.config.stash[_RUN].redactor


@pytest.fixture
def doc_findings(request: pytest.FixtureRequest) -> DocFindings:
    """Record doc drift (``warn``) or evidence for a person (``review``) against a documented step."""
    return _item_state(request.node).findings


def _item_state(item: pytest.Item) -> _ItemState:
    if _ITEM not in item.stash:
        item.stash[_ITEM] = _ItemState()
    return item.stash[_ITEM]


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """Lay out every step of the scenario as "not run"; the step hooks fill them in."""
    state = _item_state(request.node)
    state.scenario, state.feature = scenario.name, feature.name
    state.steps = [StepRecord(keyword=s.keyword, name=s.name, line=s.line_number) for s in scenario.steps]


def _step(state: _ItemState, step: Any) -> StepRecord:
    for record in state.steps:
        if record.line == step.line_number and record.name == step.name:
            return record
    record = StepRecord(keyword=step.keyword, name=step.name, line=step.line_number)
    state.steps.append(record)
    return record


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any, **_: Any) -> None:
    """Start the clock of a step."""
    _item_state(request.node).step_started = time.monotonic()


def pytest_bdd_after_step(request: pytest.FixtureRequest, step: Any, **_: Any) -> None:
    """A step passed."""
    state = _item_state(request.node)
    record = _step(state, step)
    record.outcome, record.duration = "passed", time.monotonic() - state.step_started


def pytest_bdd_step_error(request: pytest.FixtureRequest, step: Any, exception: Exception, **_: Any) -> None:
    """A step failed: keep the error next to the step, and what every open page showed at that moment."""
    state = _item_state(request.node)
    record = _step(state, step)
    record.outcome, record.duration = "failed", time.monotonic() - state.step_started
    record.error = f"{type(exception).__name__}: {exception}"[:_MESSAGE_LIMIT]
    run_dir = request.config.stash[_RUN].report_dir
    if run_dir is not None:
        folder = run_dir / "artifacts" / _slug(request.node.nodeid)
        record.screenshots = screenshot_pages(request, folder, f"step-{step.line_number}")


def _slug(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", nodeid).strip("-")[:120]


def _fixture_values(request: pytest.FixtureRequest) -> list[Any]:
    # When a step fails every fixture in request.fixturenames is already set up (the closure at setup,
    # the steps' own through getfixturevalue), so asking for them creates nothing new.
    values = []
    for name in request.fixturenames:
        try:
            values.append(request.getfixturevalue(name))
        except Exception:  # a fixture that failed has no value to look at
            continue
    return values


def _open_pages(request: pytest.FixtureRequest) -> list[Any]:
    """Playwright pages the test holds (a ``page`` fixture, or every page of a context fixture)."""
    from playwright.sync_api import BrowserContext, Page

    pages: list[Any] = []
    for value in _fixture_values(request):
        candidates = (
            value.pages if isinstance(value, BrowserContext) else [value] if isinstance(value, Page) else []
        )
        pages += [p for p in candidates if p not in pages and not p.is_closed()]
    return pages


def screenshot_pages(request: pytest.FixtureRequest, folder: Path, stem: str) -> list[str]:
    """Screenshot every page the test holds into ``folder``; paths of the files that could be taken."""
    from playwright.sync_api import Error as PlaywrightError

    taken = []
    for index, page in enumerate(_open_pages(request)):
        path = folder / f"{stem}-{index}.png"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(path), timeout=5000)
        except PlaywrightError:
            continue  # a crashed or closing page: the failure message still says what went wrong
        taken.append(str(path))
    return taken


def _message(report: pytest.TestReport) -> str:
    if report.skipped and isinstance(report.longrepr, tuple):
        return str(report.longrepr[2]).removeprefix("Skipped: ")
    crash = getattr(report.longrepr, "reprcrash", None)
    text = getattr(crash, "message", None) or report.longreprtext.strip().splitlines()[-1:] or [""]
    return (text if isinstance(text, str) else text[0])[:_MESSAGE_LIMIT]


def _outcome(reports: list[pytest.TestReport]) -> tuple[str, pytest.TestReport | None]:
    for wanted in ("failed", "skipped"):
        for report in reports:
            if report.outcome == wanted:
                return wanted, report
    return "passed", None


def evidence_of(properties: list[tuple[str, object]], base: Path) -> list[Artifact]:
    """Artifacts named in ``user_properties`` (pytest-playwright adds ``playwright_screenshot`` and
    ``playwright_trace`` to the teardown report), with paths made absolute against ``base``."""
    found = []
    for name, value in properties:
        if str(name).startswith(_EVIDENCE_PREFIXES):
            kind = str(name).removeprefix("playwright_")
            found.append(Artifact(kind=kind, path=str((base / str(value)).resolve())))
    return found


def _docs(item: pytest.Item) -> list[str]:
    ids = {str(arg) for mark in item.iter_markers("doc") for arg in mark.args}
    return sorted(ids, key=doc_step_sort_key)


def _record(item: pytest.Item, state: _ItemState) -> ScenarioRecord:
    outcome, deciding = _outcome(state.reports)
    return ScenarioRecord(
        nodeid=item.nodeid,
        name=state.scenario or item.name,
        feature=state.feature,
        outcome="failed" if outcome == "failed" else "skipped" if outcome == "skipped" else "passed",
        phase=(deciding.when or "call") if deciding else "call",
        message=_message(deciding) if deciding else "",
        details=deciding.longreprtext[-_DETAILS_LIMIT:] if deciding and outcome == "failed" else "",
        duration=sum(r.duration for r in state.reports),
        docs=_docs(item),
        steps=state.steps,
        findings=state.findings.items,
        evidence=evidence_of(list(item.user_properties), item.config.invocation_params.dir),
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """Keep each phase's report; at teardown attach the redacted scenario record to the report."""
    report = yield
    if not isinstance(report, pytest.TestReport):
        return report
    state, run = _item_state(item), item.config.stash[_RUN]
    state.reports.append(report)
    if report.when == "setup":
        item.user_properties.extend(("doc", d) for d in _docs(item))
    if report.when == "teardown":
        setattr(report, RECORD_ATTR, run.redactor.data(_record(item, state).model_dump(mode="json")))
        if run.is_worker:
            # Only in memory, to the controller, so it can redact the JUnit / Cucumber files it writes.
            setattr(report, _SECRETS_ATTR, sorted(run.redactor.values))
    return report


class _Controller:
    """The process that writes files: the only one without xdist, the controller with it."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.run = config.stash[_RUN]
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
        self.run.redactor.add(*getattr(report, _SECRETS_ATTR, ()))
        record = ScenarioRecord.model_validate(data)
        base = self.config.invocation_params.dir
        known = {a.path for a in record.evidence}
        record.evidence += [a for a in evidence_of(report.user_properties, base) if a.path not in known]
        self.run.records[report.nodeid] = record
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
            target=run.target,
            incomplete=incomplete,
            collected=self.collected,
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
