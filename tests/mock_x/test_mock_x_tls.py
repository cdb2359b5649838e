"""mock X over HTTPS with a trustme CA: clients that trust the exported CA PEM complete the flow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mock_x_clients import Twitter4jClient, form_of

from harness.targets.server import BackgroundServer, bind_loopback
from mock_x.app import create_app
from mock_x.mock import MockX
from mock_x.settings import MockXSettings
from mock_x.tls import TlsFiles, make_tls


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, MockX, TlsFiles]]:
    """mock X on ``https://127.0.0.1:<port>`` with a certificate from a fresh CA."""
    files = make_tls(tmp_path_factory.mktemp("tls"))
    sock = bind_loopback()
    url = f"https://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(MockXSettings(public_url=url))
    with BackgroundServer(app, sock=sock, health_path="/_mock/health", tls=files.uvicorn_options()):
        yield url, app.state.mock, files


def test_exported_ca_is_pem_and_key_is_private(tls_server: tuple[str, MockX, TlsFiles]) -> None:
    """The CA a real IS imports is a PEM certificate; the key file is owner-only."""
    _url, _mock, files = tls_server
    assert files.ca_pem.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert Path(files.key_pem).stat().st_mode & 0o077 == 0


def test_request_token_over_https(tls_server: tuple[str, MockX, TlsFiles]) -> None:
    """The signature base URL uses ``https`` as the client addressed it; untrusted clients are refused."""
    url, mock, files = tls_server
    app = mock.register_app("TLS", ["https://127.0.0.1:9443/commonauth"])
    with httpx.Client(verify=files.client_context(), trust_env=False) as http:
        t4j = Twitter4jClient(http, url, app.consumer_key, app.consumer_secret)
        answer = t4j.request_token("https://127.0.0.1:9443/commonauth?localState=x&loginType=twitter")
        assert answer.status_code == 200 and form_of(answer)["oauth_callback_confirmed"] == "true"
    with httpx.Client(trust_env=False) as untrusted, pytest.raises(httpx.ConnectError):
        untrusted.get(url + "/_mock/health")
