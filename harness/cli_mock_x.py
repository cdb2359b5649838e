"""``xlogin mock-x serve``: the mock X provider on its own, e.g. for a real IS on another machine.

Registered by ``harness.cli`` under ``mock-x``; it does not import ``harness.cli`` (``python -m
harness.cli`` runs that as ``__main__``, so a second copy would load), only ``harness.cli_output``.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from harness.cli_output import err, fail, out, print_json_line

__all__ = ["mock_x_app", "mock_x_serve"]

mock_x_app = typer.Typer(help="The mock X provider on its own.", no_args_is_help=True)


@mock_x_app.command("serve")
def mock_x_serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind (0.0.0.0 to let a remote IS in).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0: a free one).")] = 0,
    public_url: Annotated[str | None, typer.Option(help="Base URL IS uses to reach this mock.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON line once it answers.")] = False,
    tls: Annotated[
        Path | None, typer.Option("--tls", help="Serve HTTPS; write ca.pem, server.pem, server.key here.")
    ] = None,
) -> None:
    """Serve mock X alone, e.g. for a real IS started with the printed twitter4j JVM flags."""
    from harness.targets.server import BackgroundServer, ServerStartError, ShutdownSignals, bind_loopback
    from mock_x.app import create_app
    from mock_x.jvm import twitter4j_jvm_flags
    from mock_x.settings import MockXSettings

    try:
        sock = bind_loopback(host, port)
    except OSError as exc:
        fail(f"cannot bind {host}:{port}: {exc}")
    # Bound to every interface, the mock is reached by this machine's name, not by 0.0.0.0.
    reachable = socket.getfqdn() if host in ("0.0.0.0", "::") else host
    files = _mock_x_tls(tls, reachable, public_url)
    scheme = "https" if files else "http"
    url = (public_url or f"{scheme}://{reachable}:{sock.getsockname()[1]}").rstrip("/")
    app = create_app(MockXSettings(public_url=url))
    server = BackgroundServer(app, sock=sock, tls=files.uvicorn_options() if files else None)
    with ShutdownSignals() as signals:
        try:
            server.start()
        except ServerStartError as exc:
            fail(str(exc))
        try:
            flags = twitter4j_jvm_flags(url)
            ca = str(files.ca_pem) if files else None
            print_json_line({"x": url, "jvm_flags": flags, "ca": ca}) if as_json else _print_mock_x(
                url, flags, ca
            )
            err.print(f"{signals.wait()}: stopping", style="dim")
        finally:
            server.stop()


def _mock_x_tls(directory: Path | None, host: str, public_url: str | None) -> Any:
    """With ``--tls``: a CA and a certificate for the names IS may use to reach the mock (trustme)."""
    if directory is None:
        return None
    from urllib.parse import urlsplit

    from mock_x.tls import make_tls

    names = {host, "localhost", "127.0.0.1", urlsplit(public_url or "").hostname or host}
    return make_tls(directory, tuple(sorted(names)))


def _print_mock_x(url: str, flags: list[str], ca: str | None = None) -> None:
    table = Table(title=f"mock X at {url}", show_header=False, title_justify="left")
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, path in (
        ("request token", "/oauth/request_token"),
        ("authenticate", "/oauth/authenticate"),
        ("access token", "/oauth/access_token"),
        ("verify credentials", "/1.1/account/verify_credentials.json"),
        ("control plane", "/_mock/"),
        ("developer portal", "/portal"),
    ):
        table.add_row(name, url + path)
    out.print(table)
    out.print("JVM flags for IS (bin/wso2server.sh or JAVA_OPTS):", style="bold")
    out.print(" ".join(flags), highlight=False, soft_wrap=True)
    if ca:
        out.print("IS must trust mock X's CA; import it into its client truststore:", style="bold")
        out.print(
            f"keytool -importcert -noprompt -alias mock-x -file {ca} -keystore "
            "<IS_HOME>/repository/resources/security/client-truststore.jks -storepass wso2carbon",
            highlight=False, soft_wrap=True,
        )  # fmt: skip
