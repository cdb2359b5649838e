"""External-target options the suite honours in its own process: its own sample app when none is
given, the target's TLS trust, and the tenant."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from safety_support import Endpoints, external_env, run_features

from harness import fixtures
from harness.config import HarnessSettings


@pytest.mark.e2e
def test_without_an_app_url_the_suite_serves_its_own_sample_app(endpoints: Endpoints, tmp_path: Path) -> None:
    env = external_env(replace(endpoints, app_url=""), f"xl{uuid.uuid4().hex[:6]}")
    code, output, summary = run_features(env, tmp_path, "first_login_with_x_creates")
    assert code == 0, output[-3000:]
    assert [s["outcome"] for s in summary["scenarios"]] == ["passed"]


@pytest.mark.parametrize(
    ("env", "verify"),
    [
        ({}, True),
        ({"XLOGIN_INSECURE": "true"}, False),
        ({"XLOGIN_CA_BUNDLE": "/etc/is-ca.pem"}, "/etc/is-ca.pem"),
        ({"XLOGIN_INSECURE": "false", "XLOGIN_CA_BUNDLE": "/etc/is-ca.pem"}, "/etc/is-ca.pem"),
    ],
)  # fmt: skip
def test_the_suite_trusts_the_target_as_configured(
    env: dict[str, str], verify: bool | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XLOGIN_INSECURE", raising=False)
    monkeypatch.delenv("XLOGIN_CA_BUNDLE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert fixtures._verify() == verify


def test_settings_hand_the_trust_to_the_suite(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    settings = HarnessSettings.load(ca_bundle=bundle)
    assert settings.to_env()["XLOGIN_CA_BUNDLE"] == str(bundle) and settings.browser_ignores_tls_errors
    assert HarnessSettings.load(insecure=True).to_env()["XLOGIN_INSECURE"] == "true"
    assert not HarnessSettings.load().browser_ignores_tls_errors


@pytest.mark.parametrize(
    ("is_url", "tenant", "expected"),
    [
        ("https://is.example:9443", "carbon.super", "https://is.example:9443"),
        ("https://is.example:9443/", "acme.com", "https://is.example:9443/t/acme.com"),
        ("https://is.example:9443/t/acme.com", "acme.com", "https://is.example:9443/t/acme.com"),
    ],
)
def test_a_tenant_qualifies_the_is_url(is_url: str, tenant: str, expected: str) -> None:
    settings = HarnessSettings.load(target="external", is_url=is_url, admin_password="pw", tenant=tenant)
    assert settings.is_url == expected
    again = settings.to_env()["XLOGIN_IS_URL"]  # the child process must not qualify it twice
    rebuilt = HarnessSettings.load(target="external", is_url=again, admin_password="pw", tenant=tenant)
    assert rebuilt.is_url == expected
