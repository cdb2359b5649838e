"""HarnessSettings: flags over XLOGIN_* variables over xlogin.toml, secrets kept secret."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from harness.config import HarnessSettings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("XLOGIN_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults_are_the_embedded_target_with_mock_x() -> None:
    settings = HarnessSettings.load()
    assert (settings.target, settings.x_mode, settings.workers, settings.deviations) == (
        "embedded",
        "mock",
        len(os.sched_getaffinity(0)),  # as many workers as the run may use cores (issue 14)
        [],
    )
    assert settings.report_dir == Path("reports") and settings.verify is True


def test_flags_beat_environment_beat_toml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "xlogin.toml").write_text('workers = 2\ntenant = "t1"\ndeviations = ["jit-ignored"]\n')
    monkeypatch.setenv("XLOGIN_WORKERS", "3")
    monkeypatch.setenv("XLOGIN_DEVIATIONS", "api-secret-not-saved, jit-ignored")
    settings = HarnessSettings.load(workers=4)
    assert (settings.workers, settings.tenant) == (4, "t1")
    assert settings.deviations == ["api-secret-not-saved", "jit-ignored"]


def test_named_config_file_and_missing_one(tmp_path: Path) -> None:
    config = tmp_path / "staging.toml"
    config.write_text(
        'target = "external"\nis_url = "https://is.example:9443"\nadmin_password = "pw-1234"\n'
        'ca_bundle = "/etc/ca.pem"\n'
    )
    settings = HarnessSettings.load(config)
    assert settings.target == "external" and settings.verify == "/etc/ca.pem"
    assert "pw-1234" not in repr(settings) and "pw-1234" not in str(settings.model_dump())
    with pytest.raises(FileNotFoundError, match="nope.toml"):
        HarnessSettings.load(tmp_path / "nope.toml")


def test_external_target_needs_url_and_password() -> None:
    with pytest.raises(ValidationError, match="needs is_url and admin_password"):
        HarnessSettings.load(target="external")
    with pytest.raises(ValidationError, match="x_api_key"):
        HarnessSettings.load(x_mode="real")


def test_to_env_round_trips_into_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = HarnessSettings.load(
        target="external",
        is_url="https://is:9443",
        admin_password="pw-1234",
        insecure=True,
        deviations=["a", "b"],
        workers=2,
    )
    env = settings.to_env()
    assert env["XLOGIN_ADMIN_PASSWORD"] == "pw-1234" and env["XLOGIN_INSECURE"] == "true"
    assert env["XLOGIN_DEVIATIONS"] == "a,b" and "XLOGIN_REPORT_DIR" not in env
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    child = HarnessSettings()
    assert child.admin_password is not None and child.admin_password.get_secret_value() == "pw-1234"
    assert (child.insecure, child.deviations, child.workers, child.verify) == (True, ["a", "b"], 2, False)
