"""Deployment profiles on the harness's side: the CLI lists them, runs refuse unknown ones, the embedded
stack runs in the one chosen, and connections get what the profile's deployment sets on them."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from typer.testing import CliRunner

from harness import cli
from harness.config import HarnessSettings
from harness.targets.embedded import EmbeddedStack
from mock_is.profiles import PROFILES, UnknownProfileError, profile

_runner = CliRunner()
REQUIRED = {
    "7.0", "7.1", "7.2", "7.1-enhanced-jit", "7.1-email-usernames", "7.1-prompt-jit", "7.1-preserve-local",
    "7.1-sync-none", "7.1-associate-local", "7.1-classic-login-flow", "7.2-classic-login-flow",
}  # fmt: skip


def test_profiles_names_prints_one_name_a_line() -> None:
    result = _runner.invoke(cli.app, ["profiles", "--names"])
    assert result.exit_code == 0
    assert set(result.output.split()) == set(PROFILES) and REQUIRED <= set(PROFILES)


def test_profiles_lists_what_each_sets_and_its_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=screen, width=400))
    result = _runner.invoke(cli.app, ["profiles"])
    assert result.exit_code == 0
    shown = screen.getvalue()
    assert "7.1 (default)" in shown and "jit_enable_enhanced_feature=True" in shown
    assert "scheme=PROMPT_USERNAME_PASSWORD_CONSENT" in shown
    assert "[wso2/product-is v7.2.0 pom.xml]" in shown  # sources are shown, not eaten as markup


def test_every_behaviour_names_a_source() -> None:
    for p in PROFILES.values():
        assert p.behaviours and all(b.source and b.what for b in p.behaviours), p.name


def test_an_unknown_profile_is_a_bad_configuration() -> None:
    with pytest.raises(ValueError, match="unknown profile 'nope'"):
        HarnessSettings(profile="nope")
    result = _runner.invoke(cli.app, ["run", "--profile", "nope"])
    assert result.exit_code == 2 and "unknown profile 'nope'" in result.output
    with pytest.raises(UnknownProfileError):
        profile("7.9")


def test_the_profile_reaches_the_suite_through_the_environment() -> None:
    assert HarnessSettings(profile="7.2").to_env()["XLOGIN_PROFILE"] == "7.2"


def test_the_embedded_stack_runs_in_the_profile() -> None:
    stack = EmbeddedStack(profile="7.1-enhanced-jit")
    assert stack.is_settings.jit_enable_enhanced_feature and stack.is_settings.release == "7.1"
    assert EmbeddedStack(profile="7.2").is_settings.release == "7.2"
    assert stack.profile.name == "7.1-enhanced-jit"
