"""An external IS over HTTPS with a private CA: ``ca_bundle`` must reach every client of the suite.

The IS here is the simulator behind a trustme certificate, its X the mock on plain http. The REST
clients, the local sample app (code exchange, JWKS), the admin's Console and the person's browser all
talk to it over TLS.
With the CA the first login passes; without it the suite must refuse the certificate, not ignore it.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from safety_support import Endpoints, external_env, run_features

from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.app import create_app as create_is_app
from mock_is.settings import IsSettings, twitter4j_urls
from mock_x.app import create_app as create_x_app
from mock_x.settings import MockXSettings
from mock_x.tls import make_tls

pytestmark = [pytest.mark.e2e]


@dataclass(frozen=True)
class TlsTarget:
    """The HTTPS IS with its plain-http X and admin (no sample app: the suite serves its own), and the CA
    that signed IS's certificate."""

    endpoints: Endpoints
    ca_pem: Path


def _is_app(is_url: str, x_url: str, password: str) -> Any:
    settings = IsSettings(
        public_url=is_url, admin_user="admin", admin_password=password, **twitter4j_urls(x_url)
    )
    return create_is_app(settings)


@pytest.fixture(scope="module")
def tls_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsTarget]:
    files = make_tls(tmp_path_factory.mktemp("tls"), ("127.0.0.1", "localhost"))
    x_sock, is_sock = bind_loopback("127.0.0.1"), bind_loopback("127.0.0.1")
    x_url = f"http://127.0.0.1:{x_sock.getsockname()[1]}"
    is_url = f"https://127.0.0.1:{is_sock.getsockname()[1]}"
    password = secrets.token_urlsafe(12)
    x = BackgroundServer(create_x_app(MockXSettings(public_url=x_url)), sock=x_sock)
    health = "/oauth2/token/.well-known/openid-configuration"
    is_ = BackgroundServer(
        _is_app(is_url, x_url, password), sock=is_sock, health_path=health, tls=files.uvicorn_options()
    )
    with x, is_:
        yield TlsTarget(Endpoints(is_url, x_url, "", "admin", password), files.ca_pem)


def _first_login(target: TlsTarget, report: Path, **extra: str) -> tuple[int, str, dict[str, Any]]:
    env = external_env(target.endpoints, f"xl{uuid.uuid4().hex[:6]}", **extra)
    # One scenario the admin drives through the Console, one a person logs in through.
    return run_features(env, report, "first_login_with_x_creates or authenticator_keeps")


def test_with_the_ca_bundle_the_first_login_passes_over_tls(tls_target: TlsTarget, tmp_path: Path) -> None:
    code, output, summary = _first_login(tls_target, tmp_path, XLOGIN_CA_BUNDLE=str(tls_target.ca_pem))
    assert code == 0, output[-3000:]
    assert [s["outcome"] for s in summary["scenarios"]] == ["passed", "passed"]


def test_without_it_the_certificate_is_refused(tls_target: TlsTarget, tmp_path: Path) -> None:
    code, output, summary = _first_login(tls_target, tmp_path)
    outcomes = {s["outcome"] for s in summary["scenarios"]}
    assert code == 1 and outcomes == {"failed"}, output[-3000:]
    refused = summary["scenarios"][0]["message"] + output
    assert "CERTIFICATE_VERIFY_FAILED" in refused or "certificate verify failed" in refused
