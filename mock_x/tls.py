"""TLS for mock X: a throwaway CA and server certificate made with trustme (issue 3 §9).

The CA is exported as PEM so a real IS can trust it (import it into the JVM truststore, x-authenticator.md
§4: twitter4j uses the JVM's default trust). The server certificate names X's hosts and loopback, so the
same certificate serves ``https://127.0.0.1:PORT`` and a DNS override of ``api.twitter.com``.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trustme

__all__ = ["DEFAULT_TLS_HOSTS", "TlsFiles", "make_tls"]

DEFAULT_TLS_HOSTS = ("127.0.0.1", "localhost", "api.twitter.com", "api.x.com", "twitter.com", "x.com")


@dataclass(frozen=True)
class TlsFiles:
    """Where the PEM files were written: the CA to trust, the server's chain and its private key."""

    ca_pem: Path
    cert_pem: Path
    key_pem: Path

    def uvicorn_options(self) -> dict[str, Any]:
        """Keyword arguments for ``uvicorn.Config`` / ``uvicorn.run`` to serve HTTPS."""
        return {"ssl_certfile": str(self.cert_pem), "ssl_keyfile": str(self.key_pem)}

    def client_context(self) -> ssl.SSLContext:
        """An SSL context that trusts only this CA (for httpx ``verify=``)."""
        return ssl.create_default_context(cafile=str(self.ca_pem))


def make_tls(directory: Path, hosts: tuple[str, ...] = DEFAULT_TLS_HOSTS) -> TlsFiles:
    """Make a CA and a server certificate for ``hosts``; write ca.pem, server.pem and server.key."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="mock X test CA")
    server = ca.issue_cert(*hosts)
    files = TlsFiles(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    ca.cert_pem.write_to_path(str(files.ca_pem))
    server.private_key_pem.write_to_path(str(files.key_pem))
    files.cert_pem.write_bytes(b"".join(blob.bytes() for blob in server.cert_chain_pems))
    files.key_pem.chmod(0o600)  # the private key is a secret: owner-only
    return files
