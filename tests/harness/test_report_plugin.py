"""The report plugin, run on small suites with pytester: verdicts, steps, xdist, secrets, interruption."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from harness.browser import CHROMIUM_FLAGS, find_chromium

pytest_plugins = ["pytester"]

_CONFTEST = """
import pytest
pytest_plugins = ["harness.report.plugin"]

def pytest_configure(config):
    config.addinivalue_line("markers", "doc(id): documented step")

def pytest_bdd_apply_tag(tag, function):
    if tag.startswith("doc:"):
        pytest.mark.doc(tag.removeprefix("doc:"))(function)
        return True
    return None
"""

_FEATURE = """Feature: Try it out
  @doc:try-1 @doc:try-2
  Scenario: Works
    Given a user
    When the user logs in
    Then the user is signed in

  @doc:try-2 @doc:try-3
  Scenario: Breaks
    Given a user
    When the user logs in
    Then the login fails loudly
    And nothing else runs

  @doc:idp-6
  Scenario: Drifts
    Given a user
    Then the button says something else
"""

_STEPS = """
import pytest
from pytest_bdd import given, when, then, scenarios

scenarios("try.feature")

@given("a user")
def _(): pass

@when("the user logs in")
def _(): pass

@then("the user is signed in")
def _(): pass

@then("the login fails loudly")
def _(report_redactor, record_property):
    import base64, pathlib
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    pathlib.Path("shot.png").write_bytes(base64.b64decode(png))
    record_property("playwright_screenshot", "shot.png")
    report_redactor.add("client-secret-42")
    raise AssertionError("IS said no to client-secret-42")

@then("nothing else runs")
def _(): pass

@then("the button says something else")
def _(doc_findings):
    doc_findings.warn("idp-6", "Sign in with X", "Sign In With Twitter", "label drift")
    doc_findings.warn("idp-6", "Sign in with X", "Sign In With Twitter", "label drift")  # met twice
    doc_findings.review("x-app-8", "request_token answered 200")

@pytest.mark.doc("jit-1")
@pytest.mark.skip(reason="needs a real X")
def test_skipped(): pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(_CONFTEST)
    pytester.makefile(".feature", **{"try": _FEATURE})
    pytester.makepyfile(test_try=_STEPS)
    return pytester


# The outer run's pytest-playwright keeps global state that an inline inner run must not touch.
# The others only take seconds to import, which a subprocess pays on every run.
_ISOLATED = tuple(
    "-p no:playwright -p no:faker -p no:hypothesispytest -p no:schemathesis -p no:anyio".split()
)


def _summary(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path / "summary.json").read_text())
    return data


def _scenario(summary: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in summary["scenarios"] if s["name"] == name)
    return found


def test_verdicts_per_documented_step(suite: pytest.Pytester) -> None:
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out").assert_outcomes(passed=2, failed=1, skipped=1)
    summary = _summary(suite.path / "out")
    verdicts = {k: v["verdict"] for k, v in summary["steps"].items()}
    assert verdicts == {
        "idp-6": "WARNING", "jit-1": "SKIPPED", "try-1": "PASS", "try-2": "FAIL", "try-3": "FAIL",
        "x-app-8": "REVIEW",
    }  # fmt: skip
    assert list(summary["steps"]) == ["idp-6", "jit-1", "try-1", "try-2", "try-3", "x-app-8"]
    assert summary["totals"] == {
        "scenarios": 4, "passed": 2, "failed": 1, "skipped": 1,
        "steps": {"FAIL": 2, "DEVIATION": 0, "WARNING": 1, "REVIEW": 1, "PASS": 1, "SKIPPED": 1},
    }  # fmt: skip
    assert summary["conformant"] is False and summary["incomplete"] is False
    assert summary["steps"]["try-2"]["messages"] == ["Breaks: AssertionError: IS said no to [REDACTED]"]
    [warning] = summary["steps"]["idp-6"]["warnings"]  # the same drift twice is one finding
    assert (warning["doc_words"], warning["deployment_words"]) == ("Sign in with X", "Sign In With Twitter")


def test_steps_are_recorded_with_their_outcome(suite: pytest.Pytester) -> None:
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out")
    breaks = _scenario(_summary(suite.path / "out"), "Breaks")
    outcomes = [(s["keyword"], s["name"], s["outcome"]) for s in breaks["steps"]]
    assert outcomes == [
        ("Given", "a user", "passed"),
        ("When", "the user logs in", "passed"),
        ("Then", "the login fails loudly", "failed"),
        ("And", "nothing else runs", "not run"),
    ]
    assert breaks["steps"][2]["error"] == "AssertionError: IS said no to [REDACTED]"
    assert breaks["feature"] == "Try it out" and breaks["docs"] == ["try-2", "try-3"]


def test_secrets_never_reach_any_report_file(suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XLOGIN_ADMIN_PASSWORD", "admin-pw-9876")
    suite.makepyfile(test_env="def test_env():\n    assert 'admin-pw-9876' == 'x'\n")
    suite.runpytest(
        *_ISOLATED, "--xlogin-report-dir=out", "--junitxml=out/junit.xml", "--cucumberjson=out/cucumber.json"
    )
    for path in (suite.path / "out").iterdir():
        text = path.read_text()
        assert "client-secret-42" not in text and "admin-pw-9876" not in text, path.name
    assert "[REDACTED]" in (suite.path / "out" / "junit.xml").read_text()


def test_under_xdist_the_controller_writes_everything(suite: pytest.Pytester) -> None:
    # A secret made inside a worker (as EmbeddedStack makes its admin password) reaches the controller.
    suite.makepyfile(
        test_made="from harness.report.redact import remember_secret\n"
        "from harness.report.plugin import set_target_info\n"
        "def test_made(request):\n    set_target_info(request.config, is_version='7.1.0')\n"
        "    remember_secret('made-in-worker-55')\n    assert 0, 'made-in-worker-55'\n"
    )
    result = suite.runpytest_subprocess(
        *_ISOLATED, "-n", "2", "--xlogin-report-dir=out", "--junitxml=out/junit.xml"
    )
    result.assert_outcomes(passed=2, failed=2, skipped=1)
    summary = _summary(suite.path / "out")
    assert summary["totals"]["scenarios"] == 5 and summary["steps"]["try-2"]["verdict"] == "FAIL"
    assert summary["incomplete"] is False and summary["collected"] == 5
    assert summary["target"]["is_version"] == "7.1.0"  # learnt on a worker, shown by the controller
    for path in (suite.path / "out").iterdir():
        text = path.read_text()
        assert "client-secret-42" not in text and "made-in-worker-55" not in text, path.name


def test_interrupted_run_writes_what_it_has_marked_incomplete(suite: pytest.Pytester) -> None:
    suite.makepyfile(test_zz_interrupt="def test_interrupt():\n    raise KeyboardInterrupt\n")
    # In a subprocess: pytester's inline run hands a KeyboardInterrupt on to the outer session.
    result = suite.runpytest_subprocess(*_ISOLATED, "--xlogin-report-dir=out")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    summary = _summary(suite.path / "out")
    assert summary["incomplete"] is True and summary["totals"]["scenarios"] >= 1


def test_nothing_written_without_a_report_dir(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XLOGIN_REPORT_DIR", raising=False)
    suite.runpytest(*_ISOLATED)
    assert not list(suite.path.rglob("summary.json"))


def test_html_report_reads_in_the_docs_order_with_evidence(suite: pytest.Pytester) -> None:
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out")
    html = (suite.path / "out" / "index.html").read_text()
    titles = ("Register WSO2 Identity Server on X", "Register the X IdP", "JIT provisioning", "Try it out")
    order = [html.index(f"<h2>{t}") if not t.startswith("JIT") else html.index(t) for t in titles]
    assert order == sorted(order)
    assert 'data-testid="overall">NOT CONFORMANT' in html
    assert "<td>Sign in with X</td><td>Sign In With Twitter</td>" in html
    assert 'src="data:image/png;base64,iVBORw0KGgo' in html
    assert "client-secret-42" not in html and "request_token answered 200" in html


def test_trace_archives_are_redacted_inside(suite: pytest.Pytester) -> None:
    suite.makepyfile(
        test_trace="""
import zipfile
def test_trace(report_redactor, record_property):
    report_redactor.add("trace-secret-77")
    with zipfile.ZipFile("out/trace.zip", "w") as z:
        z.writestr("trace.network", '{"postData": "api_secret=trace-secret-77"}')
    record_property("playwright_trace", "out/trace.zip")
"""
    )
    (suite.path / "out").mkdir()
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out", "-k", "trace")
    with zipfile.ZipFile(suite.path / "out" / "trace.zip") as archive:
        assert archive.read("trace.network") == b'{"postData": "api_secret=[REDACTED]"}'
    assert 'href="trace.zip"' in (suite.path / "out" / "index.html").read_text()


def test_deselected_scenarios_do_not_make_the_run_incomplete(suite: pytest.Pytester) -> None:
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out", "-k", "works")
    summary = _summary(suite.path / "out")
    assert (summary["collected"], summary["incomplete"], summary["conformant"]) == (1, False, True)


_UNREACHABLE = """
import pytest

@pytest.fixture
def admin_session():
    raise ConnectionError("IS did not answer")

@pytest.mark.doc("try-1")
def test_ran(): pass

@pytest.mark.doc("try-1")
@pytest.mark.doc("try-4")
def test_needs_the_admin(admin_session): pass
"""


def test_a_step_whose_scenario_could_not_run_is_not_failed(suite: pytest.Pytester) -> None:
    # Its setup failed, so no step of it ran: the step is unproven (SKIPPED), not broken by the deployment
    # (FAIL), and a passed scenario beside it does not make it PASS.
    suite.makepyfile(test_unreachable=_UNREACHABLE)
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out", "test_unreachable.py").assert_outcomes(
        passed=1, errors=1
    )
    summary = _summary(suite.path / "out")
    assert {k: v["verdict"] for k, v in summary["steps"].items()} == {"try-1": "SKIPPED", "try-4": "SKIPPED"}
    assert summary["steps"]["try-4"]["messages"] == [
        "test_needs_the_admin: not run, its setup failed: ConnectionError: IS did not answer"
    ]
    assert summary["conformant"] is False


def test_a_failed_step_keeps_a_screenshot_of_each_open_page(suite: pytest.Pytester) -> None:
    if find_chromium() is None:
        pytest.skip("no Chromium on this machine")
    suite.makeconftest(
        _CONFTEST
        + f"""
from playwright.sync_api import sync_playwright

@pytest.fixture
def page():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path={find_chromium()!r}, args={CHROMIUM_FLAGS!r})
        page = browser.new_page()
        page.set_content("<h1>IS login page</h1>")
        yield page
        browser.close()
"""
    )
    suite.makefile(
        ".feature", shot="Feature: Shots\n  Scenario: Fails on a page\n    Given a page that fails\n"
    )
    suite.makepyfile(
        test_shot="from pytest_bdd import given, scenarios\nscenarios('shot.feature')\n"
        "@given('a page that fails')\ndef _(page):\n    assert False, 'no X button'\n"
    )
    suite.runpytest_subprocess(*_ISOLATED, "--xlogin-report-dir=out", "-k", "fails_on_a_page")
    step = _scenario(_summary(suite.path / "out"), "Fails on a page")["steps"][0]
    assert step["outcome"] == "failed" and len(step["screenshots"]) == 1
    assert Path(step["screenshots"][0]).read_bytes().startswith(b"\x89PNG")
    assert (
        'alt="the page at this step" src="data:image/png;base64,'
        in (suite.path / "out" / "index.html").read_text()
    )


def test_each_example_of_an_outline_is_its_own_scenario(suite: pytest.Pytester) -> None:
    suite.makefile(
        ".feature",
        outline="Feature: JIT\n  Scenario Outline: Provisioning <state>\n    Given JIT is <state>\n"
        "    Examples:\n      | state |\n      | on    |\n      | off   |\n",
    )
    suite.makepyfile(
        test_outline="from pytest_bdd import given, parsers, scenarios\nscenarios('outline.feature')\n"
        "@given(parsers.parse('JIT is {state}'))\ndef _(state):\n    pass\n"
    )
    suite.runpytest(*_ISOLATED, "--xlogin-report-dir=out", "-k", "provisioning")
    names = [s["name"] for s in _summary(suite.path / "out")["scenarios"]]
    assert len(names) == 2 and len(set(names)) == 2 and all(n.startswith("Provisioning") for n in names)
