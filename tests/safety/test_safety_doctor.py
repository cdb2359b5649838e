"""``doctor``: each way a run cannot work is provoked for real, and each gets its one-line reason."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from harness.config import HarnessSettings
from harness.doctor import (
    Check,
    DoctorInputs,
    browser_check,
    exit_code,
    first_failure,
    inputs_from_settings,
    is_checks,
    mock_x_check,
    run_doctor,
)
from harness.targets.embedded import EmbeddedStack
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.app import create_app as create_is_app
from mock_is.settings import IsSettings
from mock_x.app import create_app as create_x_app
from mock_x.settings import MockXSettings
from mock_x.tls import TlsFiles, make_tls

PASSWORD = "the-right-admin-password"
_HEALTH = "/oauth2/token/.well-known/openid-configuration"


def _closed_port_url(scheme: str = "http") -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"{scheme}://127.0.0.1:{port}"  # nothing listens here now: connection refused


def _mock_is(url: str) -> FastAPI:
    return create_is_app(IsSettings(public_url=url, admin_password=PASSWORD))


@pytest.fixture(scope="module")
def plain_is() -> Iterator[str]:
    """The IS simulator over HTTP, admin password ``PASSWORD``."""
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with BackgroundServer(_mock_is(url), sock=sock, health_path=_HEALTH):
        yield url


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A CA no trust store knows, and a certificate it issued for 127.0.0.1."""
    return make_tls(tmp_path_factory.mktemp("tls"), ("127.0.0.1",))


@pytest.fixture(scope="module")
def tls_is(tls_files: TlsFiles) -> Iterator[str]:
    """The IS simulator over HTTPS with a certificate from a CA no trust store knows."""
    sock = bind_loopback()
    url = f"https://127.0.0.1:{sock.getsockname()[1]}"
    with BackgroundServer(_mock_is(url), sock=sock, health_path=_HEALTH, tls=tls_files.uvicorn_options()):
        yield url


@pytest.fixture
def ca_file(tls_files: TlsFiles) -> str:
    return str(tls_files.ca_pem)


def _inputs(is_url: str, password: str = PASSWORD, **more: object) -> DoctorInputs:
    return replace(DoctorInputs(is_url, "admin", password, x_url=None, timeout=3.0), **more)  # type: ignore[arg-type]


def _failed(checks: list[Check]) -> Check:
    failed = [c for c in checks if not c.ok]
    assert len(failed) == 1, checks
    return failed[0]


def test_target_down(tmp_path: Path) -> None:
    url = _closed_port_url()
    failed = _failed(is_checks(_inputs(url)))
    assert failed.name == "IS reachable"
    assert failed.reason == f"IS at {url} is not reachable: connection refused; is it running? check --is-url"


def test_target_timeout_names_the_timeout() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    failed = _failed(is_checks(_inputs("http://is.example"), transport=httpx.MockTransport(hang)))
    assert failed.reason.startswith("IS at http://is.example is not reachable: timed out after 3s;")


def test_wrong_admin_password(plain_is: str) -> None:
    failed = _failed(is_checks(_inputs(plain_is, password="not-the-password")))
    assert failed.name == "admin credentials"
    assert "the admin credentials were refused (HTTP 401) for user 'admin'" in failed.reason
    assert "not-the-password" not in failed.reason


def test_right_password_and_the_twitter_authenticator_pass(plain_is: str) -> None:
    checks = is_checks(_inputs(plain_is))
    assert [(c.name, c.ok) for c in checks] == [
        ("IS reachable", True), ("TLS trust", True), ("admin credentials", True),
        ("Twitter authenticator", True), ("IS version", True),
    ]  # fmt: skip


def test_tls_untrusted(tls_is: str) -> None:
    failed = _failed(is_checks(_inputs(tls_is)))
    assert failed.name == "TLS trust"
    assert failed.reason.startswith(f"IS at {tls_is}: the certificate is not trusted (")
    assert failed.reason.endswith("pass --ca-bundle <pem> or --insecure")


def test_tls_trusted_with_the_ca_bundle(tls_is: str, ca_file: str) -> None:
    checks = is_checks(_inputs(tls_is, verify=ca_file))
    assert all(c.ok for c in checks), checks
    assert f"certificate trusted by CA bundle {ca_file}" in [c.reason for c in checks]


def test_tls_unverified_with_insecure(tls_is: str) -> None:
    checks = is_checks(_inputs(tls_is, verify=False))
    assert all(c.ok for c in checks) and "certificate not verified (--insecure)" in [c.reason for c in checks]


def test_browser_missing_when_the_override_points_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARNESS_BROWSER_PATH", "/nonexistent")
    failed = browser_check(_inputs("http://unused"))
    assert failed == Check(
        "browser",
        False,
        "HARNESS_BROWSER_PATH=/nonexistent is not an executable: "
        "install Debian's chromium or set HARNESS_BROWSER_PATH",
    )


def test_browser_missing_when_none_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HARNESS_BROWSER_PATH", raising=False)
    failed = browser_check(_inputs("http://unused"), find=lambda: None)
    assert failed.reason == "no Chromium found: install Debian's chromium or set HARNESS_BROWSER_PATH"


def test_browser_that_does_not_launch() -> None:
    """An executable that is not Chromium: found, but the real launch fails."""
    failed = browser_check(_inputs("http://unused", browser_path="/bin/false"))
    assert not failed.ok
    assert failed.reason.startswith("Chromium at /bin/false does not launch (")
    assert failed.reason.endswith("install Debian's chromium or set HARNESS_BROWSER_PATH")
    assert "\n" not in failed.reason


def test_mock_x_unreachable() -> None:
    url = _closed_port_url()
    failed = mock_x_check(_inputs("http://unused", x_url=url))
    hint = "start `xlogin mock-x serve` or check --mock-x-url"
    assert failed.reason == f"mock X at {url} is not reachable: connection refused; {hint}"


def test_mock_x_not_configured_and_real_x() -> None:
    assert mock_x_check(_inputs("http://unused")).reason.startswith("no mock X URL is configured:")
    # Real X mode asks X itself (tests/real_x covers its answers); here X is a port nobody listens on.
    real = mock_x_check(_inputs("http://unused", x_mode="real", x_api_url="http://127.0.0.1:9"))
    assert not real.ok and real.name == "real X" and "is not reachable" in real.reason


def test_something_else_than_mock_x(plain_is: str) -> None:
    failed = mock_x_check(_inputs("http://unused", x_url=plain_is))
    assert not failed.ok and "not mock X" in failed.reason


def test_mock_x_reachable() -> None:
    with BackgroundServer(create_x_app(MockXSettings()), health_path="/_mock/health") as server:
        assert mock_x_check(_inputs("http://unused", x_url=server.url)).ok


def test_everything_passes_against_the_embedded_stack() -> None:
    """The whole doctor, real browser launch included, exits 0 against a healthy target."""
    with EmbeddedStack() as stack:
        inputs = DoctorInputs(stack.is_url, stack.admin_user, stack.admin_password, stack.x_url)
        checks = run_doctor(inputs)
    assert [c.name for c in checks if not c.ok] == [], checks
    assert exit_code(checks) == 0 and first_failure(checks) is None


def test_one_failure_makes_exit_code_2_and_names_its_reason() -> None:
    checks = [Check("a", True, "fine"), Check("b", False, "b is broken: fix b"), Check("c", False, "c too")]
    assert exit_code(checks) == 2 and first_failure(checks) == "b is broken: fix b"


def test_inputs_never_show_the_password() -> None:
    assert PASSWORD not in repr(_inputs("http://is.example"))


def test_inputs_come_from_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no xlogin.toml here
    for name in [n for n in os.environ if n.startswith("XLOGIN_")]:
        monkeypatch.delenv(name)
    settings = HarnessSettings(
        target="external",
        is_url="https://is.example/",
        admin_password=SecretStr("pw"),
        mock_x_url="http://x:1",
        insecure=True,
    )
    inputs = inputs_from_settings(settings)
    assert (inputs.is_url, inputs.admin_password, inputs.x_url, inputs.verify) == (
        "https://is.example",
        "pw",
        "http://x:1",
        False,
    )
