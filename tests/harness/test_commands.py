"""The commands around a run, through the CLI: exit codes and one-line reasons."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app

runner = CliRunner()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_coverage_passes_on_the_project_features() -> None:
    result = runner.invoke(app, ["coverage"])
    assert result.exit_code == 0, result.output
    assert "documented steps are proved" in result.output


def test_doctor_names_a_target_that_is_down_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    for name, value in {"TARGET": "external", "IS_URL": url, "ADMIN_PASSWORD": "pw"}.items():
        monkeypatch.setenv(f"XLOGIN_{name}", value)
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 2
    assert f"IS at {url} is not reachable" in result.output


def test_cleanup_needs_a_journal(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cleanup"])
    assert result.exit_code == 2 and "--journal" in result.output


def test_merge_refuses_folders_without_a_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["merge", str(tmp_path / "out"), str(tmp_path / "missing")])
    assert result.exit_code == 2


def test_run_refuses_a_malformed_shard() -> None:
    result = runner.invoke(app, ["run", "--shard", "3"])
    assert result.exit_code == 2 and "shard" in result.output
