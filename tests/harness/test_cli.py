"""The ``xlogin`` CLI: serve's JSON line and signals, run's report folder and exit codes, the listings."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from harness import cli, suite
from harness.config import HarnessSettings
from harness.report import runner
from harness.report.progress import WorkerProgress

_runner = CliRunner()


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "harness.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def serving() -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    process = _start("serve", "--json", "--deviate", "jit-ignored")
    assert process.stdout is not None
    line = process.stdout.readline()
    yield process, json.loads(line)
    if process.poll() is None:
        process.kill()
        process.wait()


def test_serve_json_prints_one_line_then_stops_cleanly_on_sigterm(
    serving: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    process, data = serving
    assert list(data) == ["is", "x", "app", "admin_user", "admin_password"]
    with httpx.Client(trust_env=False) as http:
        assert http.get(data["app"] + "/healthz").status_code == 200
        clients = http.get(data["app"] + "/_sample/clients").json()
        assert [c["key"] for c in clients] == ["default"]  # the "Sample app" registered in IS at start
        assert http.get(data["is"] + "/oauth2/token/.well-known/openid-configuration").status_code == 200
    process.send_signal(signal.SIGTERM)
    stdout, _ = process.communicate(timeout=20)
    assert process.returncode == 0 and stdout == ""


def test_mock_x_serve_json_and_jvm_flags() -> None:
    process = _start("mock-x", "serve", "--json")
    assert process.stdout is not None
    data = json.loads(process.stdout.readline())
    try:
        assert f"-Dtwitter4j.oauth.requestTokenURL={data['x']}/oauth/request_token" in data["jvm_flags"]
        assert httpx.post(data["x"] + "/oauth/request_token", trust_env=False).status_code in (400, 401)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert process.returncode == 0


def test_mock_x_serve_over_tls_is_trusted_through_the_ca_it_writes(tmp_path: Path) -> None:
    process = _start("mock-x", "serve", "--json", "--tls", str(tmp_path / "tls"))
    assert process.stdout is not None
    data = json.loads(process.stdout.readline())
    try:
        assert data["x"].startswith("https://127.0.0.1:") and data["ca"] == str(tmp_path / "tls" / "ca.pem")
        trusted = httpx.post(data["x"] + "/oauth/request_token", verify=data["ca"], trust_env=False)
        assert trusted.status_code in (400, 401)  # X's refusal of an unsigned call, over verified TLS
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.post(data["x"] + "/oauth/request_token", trust_env=False)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert process.returncode == 0


def test_unknown_deviation_is_exit_2_with_one_line() -> None:
    result = _runner.invoke(cli.app, ["serve", "--json", "--deviate", "no-such-thing"])
    assert result.exit_code == 2 and "unknown deviation(s): no-such-thing" in result.output


def test_deviations_lists_names_and_broken_steps() -> None:
    result = _runner.invoke(cli.app, ["deviations"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "jit-ignored" in result.output and "try-5" in result.output


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in suite (the runner's SUITE_DIR) with a tiny suite; the browser check is satisfied."""
    features = tmp_path / "tests" / "features"
    features.mkdir(parents=True)
    (features / "conftest.py").write_text(
        'import pytest\npytest_plugins = ["harness.report.plugin"]\n'
        "def pytest_configure(config):\n"
        '    config.addinivalue_line("markers", "doc(id): step")\n'
    )
    (features / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    monkeypatch.setattr(runner, "SUITE_DIR", features)
    monkeypatch.setattr(runner, "SUITE_INI", features / "pytest.ini")
    monkeypatch.setattr(runner, "FEATURES", features)
    monkeypatch.setenv("HARNESS_BROWSER_PATH", sys.executable)  # any executable file passes the check
    # No stand-in test uses the embedded stack: its process (harness.suite.early_stack) is not started.
    with_stack = suite.plugin_args
    monkeypatch.setattr(suite, "plugin_args", lambda **kw: _without_early_stack(with_stack(**kw)))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _without_early_stack(args: list[str]) -> list[str]:
    at = args.index(suite.EARLY_STACK_PLUGIN)
    assert args[at - 1] == "-p", args
    return args[: at - 1] + args[at + 1 :]


def _suite(project: Path, body: str) -> None:
    (project / "tests" / "features" / "test_suite.py").write_text("import pytest\n" + body)


def test_run_conformant_writes_reports_and_latest(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _suite(project, '@pytest.mark.doc("try-1")\ndef test_ok():\n    pass\n')
    terminal = io.StringIO()  # a terminal gets the live progress line instead of pytest's output
    monkeypatch.setattr(cli, "out", Console(file=terminal, force_terminal=True, width=200))
    result = _runner.invoke(cli.app, ["run", "--report-dir", "out"])
    assert result.exit_code == 0, result.output
    latest = project / "out" / "latest"
    written = {p.name for p in latest.iterdir()}
    assert latest.is_symlink() and {"junit.xml", "cucumber.json", "summary.json", "index.html"} <= written
    # The project's fake browser cannot take the report's pictures: the run is still conformant without them.
    assert "report.png" not in written
    summary = json.loads((latest / "summary.json").read_text())
    assert summary["steps"]["try-1"]["verdict"] == "PASS" and summary["run_id"] == latest.resolve().name
    assert summary["target"]["is_version"] == "7.1 (simulator)"  # the release the embedded IS follows
    shown = terminal.getvalue()
    assert "CONFORMANT" in shown and "Try it out" in shown and "test session starts" not in shown
    assert "Pictures:" not in shown


def test_run_with_a_failure_is_exit_1(project: Path) -> None:
    _suite(project, '@pytest.mark.doc("idp-5")\ndef test_bad():\n    assert False, "secret is wrong"\n')
    result = _runner.invoke(cli.app, ["run", "--report-dir", "out", "--no-snapshot"], env={"COLUMNS": "200"})
    assert result.exit_code == 1 and "NOT CONFORMANT" in result.output
    assert "idp-5" in result.output and "secret is wrong" in result.output


def test_run_that_cannot_run_is_exit_2(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _suite(project, "@pytest.fixture\ndef stack():\n    raise RuntimeError('port taken')\n"
           "def test_x(stack):\n    pass\n")  # fmt: skip
    result = _runner.invoke(cli.app, ["run", "--report-dir", "out", "--no-snapshot"], env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "setup failed: RuntimeError: port taken" in result.output
    monkeypatch.setenv("HARNESS_BROWSER_PATH", "/nonexistent/chrome")
    result = _runner.invoke(cli.app, ["run"])
    assert result.exit_code == 2 and "Chromium not found" in result.output


def test_bad_configuration_is_exit_2(project: Path) -> None:
    missing = _runner.invoke(cli.app, ["run", "--config", "nope.toml"])
    assert missing.exit_code == 2 and "nope.toml does not exist" in missing.output
    (project / "xlogin.toml").write_text('target = "external"\n')
    external = _runner.invoke(cli.app, ["run"])
    assert external.exit_code == 2 and "needs is_url and admin_password" in external.output


def test_sigterm_mid_run_stops_pytest_cleanly_and_marks_the_report_incomplete(project: Path) -> None:
    _suite(
        project,
        "import time\ndef test_a():\n    pass\ndef test_b():\n    time.sleep(600)\ndef test_c():\n    pass\n",
    )

    # test_b outlasts any start-up on a loaded machine, so the signal always lands in it (or just before
    # it): the wait is for test_a's record, not for a time.
    def terminate_after_first_scenario() -> None:
        deadline = time.monotonic() + 540
        while time.monotonic() < deadline:
            done = [json.loads(p.read_text()) for p in (project / "out").glob("*/summary.json")]
            if done and done[0]["totals"]["scenarios"] >= 1:
                time.sleep(0.5)  # let pytest get into test_b
                os.kill(os.getpid(), signal.SIGTERM)
                return
            time.sleep(0.1)

    threading.Thread(target=terminate_after_first_scenario, daemon=True).start()
    # As when started in the background by a non-interactive shell: SIGINT ignored, and inherited so by
    # pytest, which must still take the SIGINT the runner sends it (harness/suite/__main__.py).
    ignored = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        # One worker: the scenarios run in order, so test_c is still ahead when test_b is interrupted.
        result = runner.run_suite(HarnessSettings.load(report_dir=Path("out"), workers=1), stream=False)
    finally:
        signal.signal(signal.SIGINT, ignored)
    assert result.exit_code == 2 and "interrupted" in result.reason
    assert result.summary is not None and result.summary["incomplete"] is True
    assert [s["name"] for s in result.summary["scenarios"]] == ["test_a"]
    assert (result.run_dir / "index.html").is_file() and (project / "out" / "latest").is_symlink()


def test_serve_that_cannot_register_the_sample_app_is_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from harness.targets.embedded import EmbeddedStack

    def refuse(self: EmbeddedStack, name: str = "", key: str = "") -> str:
        raise RuntimeError("HTTP 409 APP-60007: Application already exists")

    monkeypatch.setattr(EmbeddedStack, "create_sample_application", refuse)
    result = _runner.invoke(cli.app, ["serve", "--json"])
    assert result.exit_code == 2 and "could not register the sample app in IS: HTTP 409" in result.output
    assert result.stdout == ""  # no JSON line: scripts must not take a half-started stack for a ready one


def test_run_progress_reaches_the_caller_with_the_step_running_now(project: Path) -> None:
    (project / "tests" / "features" / "slow.feature").write_text(
        "Feature: Slow\n  Scenario: Takes its time\n    Given a step that takes a second\n"
    )
    _suite(
        project,
        "import time\nfrom pytest_bdd import given, scenarios\nscenarios('slow.feature')\n"
        "@given('a step that takes a second')\ndef _():\n    time.sleep(1.5)\n",
    )
    seen: list[tuple[str | None, str | None]] = []

    def on_progress(summary: dict[str, Any] | None, progress: list[WorkerProgress]) -> None:
        seen.extend((w.scenario, w.step) for w in progress)

    result = runner.run_suite(
        HarnessSettings.load(report_dir=Path("out")), stream=False, on_progress=on_progress
    )
    assert result.exit_code == 0, result.output_tail
    assert ("Takes its time", "Given a step that takes a second") in seen
    assert not (result.run_dir / "progress").exists()


def test_run_passes_headed_and_x_mode_only_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[dict[str, Any]] = []

    def capture(config: Path | None, **flags: Any) -> HarnessSettings:
        passed.append(flags)
        raise typer.Exit(7)

    monkeypatch.setattr(cli, "load_settings", capture)
    assert _runner.invoke(cli.app, ["run", "--headed", "--x-mode", "real"]).exit_code == 7
    assert _runner.invoke(cli.app, ["run"]).exit_code == 7
    assert (passed[0]["headed"], passed[0]["x_mode"]) == (True, "real")
    assert (passed[1]["headed"], passed[1]["x_mode"]) == (None, None)  # xlogin.toml / env still decide
    bad = _runner.invoke(cli.app, ["run", "--x-mode", "fake"])
    assert bad.exit_code == 2 and len(passed) == 2


def test_headed_without_a_display_is_exit_2_before_anything_starts(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    result = _runner.invoke(cli.app, ["run", "--headed", "--report-dir", "out"], env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "--headed needs a display" in result.output
    assert not (project / "out").exists()


def test_external_in_mock_x_mode_without_a_mock_x_url_is_exit_2(project: Path) -> None:
    (project / "xlogin.toml").write_text('target = "external"\nis_url = "https://is.example"\n')
    result = _runner.invoke(cli.app, ["run"], env={"XLOGIN_ADMIN_PASSWORD": "pw-1234", "COLUMNS": "200"})
    assert result.exit_code == 2 and "needs mock_x_url" in result.output


def test_a_browser_that_does_not_launch_is_exit_2_not_a_failed_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real suite with a Chromium that exits at once: the harness could not run, which says nothing of
    the deployment, so the run must not come out NOT CONFORMANT (harness/suite/conftest.py)."""
    monkeypatch.setenv("HARNESS_BROWSER_PATH", "/bin/false")
    run = _start("run", "-n", "1", "--no-snapshot", "--report-dir", str(tmp_path), "-k", "first_login_with_x")
    stdout, stderr = run.communicate(timeout=300)
    assert run.returncode == 2, stdout[-2000:] + stderr[-2000:]
    assert "setup failed:" in stderr and "BrowserType.launch" in stderr, stderr[-2000:]
    assert "NOT CONFORMANT" not in stdout
    summary = json.loads(next(tmp_path.glob("*/summary.json")).read_text())
    # The scenario keeps its own name: no "[chromium]" from a browser fixture asked for as an argument.
    assert [s["nodeid"].split("::")[-1] for s in summary["scenarios"]] == [
        "test_the_first_login_with_x_creates_the_users_account_managed_by_x"
    ]
    # Nor does its step table blame the deployment: the steps it would have proven were not run.
    assert summary["steps"] and {s["verdict"] for s in summary["steps"].values()} == {"SKIPPED"}
