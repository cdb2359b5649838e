"""The CI templates in examples/ci are valid YAML, run real ``xlogin`` commands with real options, take
the admin password from the CI's secret store, publish the reports, and fail the job when a run does."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from harness.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "ci"
TEMPLATES = {"github-actions.yml": "github", "gitlab-ci.yml": "gitlab"}


def _commands(kind: str, doc: dict[str, Any]) -> list[str]:
    if kind == "github":
        steps = [s for job in doc["jobs"].values() for s in job["steps"]]
        lines = [line for s in steps for line in str(s.get("run", "")).splitlines()]
    else:
        job = doc["xlogin-conformance"]
        lines = [str(line) for key in ("before_script", "script") for line in job[key]]
    return [line.strip() for line in lines if line.strip().startswith("xlogin ")]


def _check(line: str) -> None:
    """Parse ``line`` with xlogin's own command line: ``--help`` ends it before anything runs, after every
    word was parsed, so an unknown command or option (or a missing value) fails."""
    result = CliRunner().invoke(app, [*shlex.split(line)[1:], "--help"])
    assert result.exit_code == 0, f"{line}: {result.output.strip().splitlines()[-3:]}"


@pytest.fixture(params=sorted(TEMPLATES))
def template(request: pytest.FixtureRequest) -> tuple[str, str, dict[str, Any]]:
    name = str(request.param)
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return TEMPLATES[name], text, yaml.safe_load(text)


def test_runs_doctor_then_the_suite_with_real_options(template: tuple[str, str, dict[str, Any]]) -> None:
    kind, _, doc = template
    commands = _commands(kind, doc)
    assert [c.split()[1] for c in commands] == ["doctor", "run"], commands
    for line in commands:
        _check(line)


def test_an_unknown_option_would_be_caught() -> None:
    with pytest.raises(AssertionError, match="No such option"):
        _check("xlogin run --no-such-option")
    with pytest.raises(AssertionError):
        _check("xlogin nonsense")


def test_secrets_come_from_the_ci_store_and_reports_are_published(
    template: tuple[str, str, dict[str, Any]],
) -> None:
    kind, text, doc = template
    assert "XLOGIN_ADMIN_PASSWORD" in text and "admin_password" not in text.lower().replace(
        "xlogin_admin_password", ""
    )
    if kind == "github":
        job = doc["jobs"]["conformance"]
        assert job["env"]["XLOGIN_ADMIN_PASSWORD"] == "${{ secrets.XLOGIN_ADMIN_PASSWORD }}"
        upload = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact"))
        assert upload["if"] == "${{ always() }}"
        paths = upload["with"]["path"]
    else:
        job = doc["xlogin-conformance"]
        assert "XLOGIN_ADMIN_PASSWORD" not in job.get("variables", {}), "a password must not sit in the file"
        assert job["artifacts"]["when"] == "always"
        assert job["artifacts"]["reports"]["junit"] == "reports/latest/junit.xml"
        paths = "\n".join(job["artifacts"]["paths"])
    for report in ("index.html", "cucumber.json"):
        assert f"reports/latest/{report}" in paths
    assert "junit.xml" in text


def test_the_job_fails_on_a_failed_run(template: tuple[str, str, dict[str, Any]]) -> None:
    kind, text, doc = template
    # A step's non-zero exit fails the job in both systems; nothing may swallow xlogin's exit code.
    run_lines = [c for c in _commands(kind, doc) if c.startswith("xlogin run")]
    assert run_lines and not any("||" in c or c.endswith("; true") for c in run_lines)
    if kind == "github":
        step = next(s for s in doc["jobs"]["conformance"]["steps"] if "xlogin run" in str(s.get("run", "")))
        assert not step.get("continue-on-error")
    else:
        assert not doc["xlogin-conformance"].get("allow_failure")
