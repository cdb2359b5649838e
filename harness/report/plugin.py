"""pytest plugin of the conformance report: records each scenario and its steps, writes ``summary.json``.

Listed in the root conftest's ``pytest_plugins``. Where the evidence goes follows style-anchors.md
("Evidence and reports"): the outcome comes from a ``pytest_runtest_makereport`` wrapper, the steps from
pytest-bdd's ``pytest_bdd_before_step`` / ``pytest_bdd_after_step`` / ``pytest_bdd_step_error``. Under
pytest-xdist the record of a scenario rides on its teardown report as a JSON-able attribute (pytest
serialises a report's extra attributes to the controller), and only the controller writes files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from harness.report.controller import RECORD_ATTR, RUN, SECRETS_ATTR, TARGET_ATTR, Controller, RunState
from harness.report.evidence import evidence_of, screenshot_pages, slug
from harness.report.findings import DocFindings
from harness.report.known import KnownDeviation, KnownDeviationsError, load_known
from harness.report.model import ScenarioRecord, StepRecord
from harness.report.moments import proving_with
from harness.report.progress import clear_progress, mark_idle, mark_step
from harness.report.proof import ProofCamera, camera_of, proof_pages
from harness.report.redact import Redactor, secrets_from_env
from harness.report.scenario import note_report, scenario_artifacts
from harness.report.summary import doc_step_sort_key
from mock_is.profiles import DEFAULT_PROFILE

__all__ = ["RECORD_ATTR", "proof_camera", "register_secret", "set_target_info"]

_MESSAGE_LIMIT, _DETAILS_LIMIT = 2000, 20000


@dataclass
class _ItemState:
    findings: DocFindings = field(default_factory=DocFindings)
    scenario: str = ""
    feature: str = ""
    steps: list[StepRecord] = field(default_factory=list)
    step_started: float = 0.0
    reports: list[pytest.TestReport] = field(default_factory=list)


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
    target.update(_profile_of(target["kind"]))
    return target


def _profile_of(kind: str) -> dict[str, str]:
    """The deployment profile the run assumes, and how it was known (the report's header names both)."""
    name = os.environ.get("XLOGIN_PROFILE")
    if kind == "embedded":
        how = "the embedded simulator runs in it" + ("" if name else " (the default profile)")
    else:
        how = "assumed from the profile setting" if name else "assumed: no profile set, so the default"
    return {"profile": name or DEFAULT_PROFILE, "profile_source": how}


def _known_from_env() -> list[KnownDeviation]:
    path = os.environ.get("XLOGIN_KNOWN_DEVIATIONS")
    if not path:
        return []
    try:
        return load_known(Path(path))
    except KnownDeviationsError as exc:
        raise pytest.UsageError(str(exc)) from exc


def pytest_configure(config: pytest.Config) -> None:
    """Set up the run's state: report directory, run id, target and the secrets to redact."""
    directory = config.getoption("--xlogin-report-dir", None) or os.environ.get("XLOGIN_REPORT_DIR")
    run_id = os.environ.get("XLOGIN_RUN_ID") or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    config.stash[RUN] = RunState(
        report_dir=Path(directory) if directory else None,
        is_worker=hasattr(config, "workerinput"),
        redactor=Redactor(secrets_from_env()),
        run_id=run_id,
        target=_target_from_env(),
        known=_known_from_env(),
    )
    if not config.stash[RUN].is_worker:
        config.pluginmanager.register(Controller(config), "xlogin-report-controller")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller removes the live progress files: with the session over, nothing runs."""
    # Workers have finished every teardown (and so written "idle") before the controller's session ends.
    run = session.config.stash[RUN]
    if not run.is_worker and run.report_dir is not None:
        clear_progress(run.report_dir)


def register_secret(config: pytest.Config, *values: str) -> None:
    """Make sure ``values`` never appear in anything the report writes."""
    config.stash[RUN].redactor.add(*values)


def set_target_info(config: pytest.Config, **info: Any) -> None:
    """Add what is known about the target (``is_version``, ``is_url``...) to the report's header."""
    config.stash[RUN].target.update(info)


@pytest.fixture
def report_redactor(request: pytest.FixtureRequest) -> Redactor:
    """The run's redactor: ``report_redactor.add(secret)`` for secrets made during the run."""
    return request.config.stash[RUN].redactor


@pytest.fixture
def doc_findings(request: pytest.FixtureRequest) -> DocFindings:
    """Record doc drift (``warn``) or evidence for a person (``review``) against a documented step."""
    return _item_state(request.node).findings


def _camera(item: pytest.Item) -> ProofCamera:
    run = item.config.stash[RUN]
    return camera_of(item, scenario_artifacts(item), lambda: run.redactor.values)


@pytest.fixture
def proof_camera(request: pytest.FixtureRequest) -> ProofCamera:
    """Take the picture that proves documented steps: ``proof_camera.capture(["jit-4"], page, "…")``."""
    return _camera(request.node)


def _item_state(item: pytest.Item) -> _ItemState:
    if _ITEM not in item.stash:
        item.stash[_ITEM] = _ItemState()
    return item.stash[_ITEM]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """While the scenario runs, its camera takes the pictures page objects ask for at proving moments
    (``harness.report.moments.prove``), of the documented steps it is tagged with."""
    with proving_with(_camera(item), _docs(item)):
        return (yield)


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """Lay out every step of the scenario as "not run"; the step hooks fill them in."""
    state = _item_state(request.node)
    state.scenario, state.feature = scenario.name, feature.name
    state.steps = [StepRecord(keyword=s.keyword, name=s.name, line=s.line_number) for s in scenario.steps]


def pytest_bdd_after_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """Every documented step the scenario proved gets a picture, when none was taken where it was proved."""
    pages = proof_pages(request.node)
    for kind, fixture in (("person", "page"), ("developer", "developer_page")):
        if kind not in pages and fixture in request.fixturenames:
            pages[kind] = request.getfixturevalue(fixture)
    _camera(request.node).fill_gaps(_docs(request.node), pages, f"the end of “{scenario.name}”")


def _step(state: _ItemState, step: Any) -> StepRecord:
    for record in state.steps:
        if record.line == step.line_number and record.name == step.name:
            return record
    record = StepRecord(keyword=step.keyword, name=step.name, line=step.line_number)
    state.steps.append(record)
    return record


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any, **_: Any) -> None:
    """Start the clock of a step, and tell ``xlogin run`` which step this process runs now."""
    state = _item_state(request.node)
    state.step_started = time.monotonic()
    mark_step(request.config, _display_name(request.node, state), f"{step.keyword} {step.name}")


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
    run_dir = request.config.stash[RUN].report_dir
    if run_dir is not None:
        folder = run_dir / "artifacts" / slug(request.node.nodeid)
        record.screenshots = screenshot_pages(request, folder, f"step-{step.line_number}")


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


def _docs(item: pytest.Item) -> list[str]:
    ids = {str(arg) for mark in item.iter_markers("doc") for arg in mark.args}
    return sorted(ids, key=doc_step_sort_key)


def _display_name(item: pytest.Item, state: _ItemState) -> str:
    # A Scenario Outline runs once per example: the parameter id tells the runs apart in the report.
    callspec = getattr(item, "callspec", None)
    suffix = f" [{callspec.id}]" if callspec is not None and callspec.id else ""
    return (state.scenario or item.name) + suffix


def _record(item: pytest.Item, state: _ItemState, teardown: pytest.TestReport) -> ScenarioRecord:
    outcome, deciding = _outcome(state.reports)
    return ScenarioRecord(
        nodeid=item.nodeid,
        name=_display_name(item, state),
        feature=state.feature,
        outcome="failed" if outcome == "failed" else "skipped" if outcome == "skipped" else "passed",
        phase=(deciding.when or "call") if deciding else "call",
        message=_message(deciding) if deciding else "",
        details=deciding.longreprtext[-_DETAILS_LIMIT:] if deciding and outcome == "failed" else "",
        duration=sum(r.duration for r in state.reports),
        docs=_docs(item),
        steps=state.steps,
        findings=state.findings.items,
        # The teardown report's properties: the item's (record_property) plus pytest-playwright's trace and
        # screenshot, which its trylast wrapper (inner to this one, so already done) adds to the report only.
        evidence=evidence_of(teardown.user_properties, item.config.invocation_params.dir),
        proofs=list(_camera(item).proofs.values()),
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """Keep each phase's report; at teardown attach the redacted scenario record to the report."""
    report = yield
    if not isinstance(report, pytest.TestReport):
        return report
    state, run = _item_state(item), item.config.stash[RUN]
    state.reports.append(report)
    note_report(item, report)
    if report.when == "setup":
        item.user_properties.extend(("doc", d) for d in _docs(item))
    if report.when == "teardown":
        mark_idle(item.config)
        setattr(report, RECORD_ATTR, run.redactor.data(_record(item, state, report).model_dump(mode="json")))
        if run.is_worker:
            # Only in memory, to the controller, so it can redact the JUnit / Cucumber files it writes.
            setattr(report, SECRETS_ATTR, sorted(run.redactor.values))
            setattr(report, TARGET_ATTR, run.redactor.data(run.target))  # set_target_info of a worker
    return report
