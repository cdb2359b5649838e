"""``xlogin``: run the conformance suite, serve the embedded stack or mock X, list the deviations.

Exit codes mean one thing each (issue 7): 0 conformant (warnings allowed), 1 not conformant, 2 the
harness could not run, with the reason in one line on stderr. The commands around a run (``coverage``,
``selftest``, ``doctor``, ``cleanup``, ``merge``) live in ``harness.commands``.
"""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from harness import commands
from harness.config import HarnessSettings

__all__ = ["app", "main"]

app = typer.Typer(
    name="xlogin",
    help="Conformance harness for WSO2 IS's 'Add X login' doc.",
    no_args_is_help=True,
    add_completion=False,
)
mock_x_app = typer.Typer(help="The mock X provider on its own.", no_args_is_help=True)
app.add_typer(mock_x_app, name="mock-x")
for _command in (commands.coverage, commands.selftest, commands.doctor, commands.cleanup, commands.merge):
    app.command()(_command)

out = Console()
err = Console(stderr=True)

Deviate = Annotated[
    list[str] | None, typer.Option("--deviate", help="Switch on a named deviation of mock IS (repeatable).")
]


def _fail(reason: str, code: int = 2) -> NoReturn:
    """Stop with ``code`` and the reason in one line (issue 7: exit 2 means "could not run")."""
    err.print(f"[bold red]error:[/] {reason}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _print_json_line(data: dict[str, Any]) -> None:
    # Scripts read exactly this one line; write it whole and flush before anything else can happen.
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


@app.command()
def serve(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON line once everything answers.")
    ] = False,
    deviate: Deviate = None,
) -> None:
    """Start the embedded stack (mock X, mock IS, sample app) and keep it up until Ctrl-C / SIGTERM."""
    from harness.targets.embedded import EmbeddedStack
    from harness.targets.server import ServerStartError, ShutdownSignals
    from mock_is.deviations import UnknownDeviationError

    with ShutdownSignals() as signals:
        try:
            stack = EmbeddedStack(deviations=deviate or ())
            stack.start()
        except (UnknownDeviationError, ServerStartError, OSError) as exc:
            _fail(str(exc))
        try:
            _register_sample_application(stack)
            _print_json_line(stack.as_json()) if as_json else _print_stack(stack)
            err.print(f"{signals.wait()}: stopping", style="dim")
        finally:
            stack.stop()


def _register_sample_application(stack: Any) -> None:
    import httpx

    try:
        stack.create_sample_application()
    except (RuntimeError, httpx.HTTPError) as exc:  # IsRequestError is a RuntimeError
        _fail(f"could not register the sample app in IS: {exc}")


def _print_stack(stack: Any) -> None:
    table = Table(title="x-login embedded stack", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    rows = (
        ("Sample app", f"{stack.app_url}/  (Login → IS → X)"),
        ("IS Console", f"{stack.is_url}/console"),
        ("IS base URL", stack.is_url),
        ("Admin", f"{stack.admin_user} / {stack.admin_password}"),
        ("Mock X", stack.x_url),
        ("Deviations", ", ".join(sorted(stack.deviations)) or "none"),
    )
    for row in rows:
        table.add_row(*row)
    out.print(table)
    out.print("Press Ctrl-C to stop.", style="dim")


@app.command()
def run(
    workers: Annotated[int | None, typer.Option("--workers", "-n", min=1, help="Parallel workers.")] = None,
    deviate: Deviate = None,
    report_dir: Annotated[Path | None, typer.Option("--report-dir", help="Where run folders go.")] = None,
    keyword: Annotated[
        str | None, typer.Option("-k", help="Only scenarios matching this expression.")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="TOML file (default ./xlogin.toml).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show pytest's output as it runs.")
    ] = False,
    driver: Annotated[
        str | None,
        typer.Option("--driver", help="console (default) or api, for documented steps."),
    ] = None,
    shard: Annotated[str | None, typer.Option("--shard", help="K/N: run only the K-th of N slices.")] = None,
    browser_endpoint: Annotated[
        str | None, typer.Option("--browser-endpoint", help="ws:// URL of a Playwright server.")
    ] = None,
    known_deviations: Annotated[
        Path | None, typer.Option("--known-deviations", help="YAML list of steps known to fail here.")
    ] = None,
) -> None:
    """Run the conformance suite and write reports/<run-id>/ (HTML, JUnit, Cucumber JSON, summary)."""
    from harness.report.runner import run_suite

    settings = _settings(
        config, workers=workers, deviations=deviate or None, report_dir=report_dir, driver=driver,
        shard=shard, browser_endpoint=browser_endpoint, known_deviations=known_deviations,
    )  # fmt: skip
    _preflight(settings)
    if out.is_terminal and not verbose:
        result = _run_with_progress(settings, keyword)
    else:
        result = run_suite(settings, keyword, stream=True)
    _print_result(result)
    raise typer.Exit(result.exit_code)


def _run_with_progress(settings: HarnessSettings, keyword: str | None) -> Any:
    """On a terminal: a live line (elapsed, scenarios done, pass/fail counts) instead of pytest's output."""
    from harness.report.console import progress_text
    from harness.report.runner import run_suite

    started = time.monotonic()
    with out.status(progress_text(None, 0.0)) as status:
        return run_suite(
            settings,
            keyword,
            stream=False,
            on_progress=lambda summary: status.update(progress_text(summary, time.monotonic() - started)),
        )


def _settings(config: Path | None, **flags: Any) -> HarnessSettings:
    try:
        return HarnessSettings.load(config, **flags)
    except (ValidationError, FileNotFoundError, ValueError) as exc:
        _fail(f"bad configuration: {_first_line(exc)}")


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc']) or 'settings'}: {first['msg']}"
    return str(exc).splitlines()[0]


def _preflight(settings: HarnessSettings) -> None:
    """Refuse to start a run that cannot work, with the reason in one line."""
    from harness.browser import find_chromium
    from harness.report.runner import PROJECT_ROOT
    from mock_is.deviations import UnknownDeviationError, validate_deviations

    try:
        validate_deviations(settings.deviations)
    except UnknownDeviationError as exc:
        _fail(str(exc))
    if not (PROJECT_ROOT / "tests" / "features").is_dir():
        _fail(f"no conformance suite at {PROJECT_ROOT / 'tests' / 'features'}")
    if settings.browser_endpoint is None:
        path = settings.browser_path or find_chromium()
        if not path or not Path(path).is_file():
            _fail("Chromium not found: run `python -m harness.browser` or set HARNESS_BROWSER_PATH")
        settings.browser_path = path


def _print_result(result: Any) -> None:
    from harness.report.console import totals_line, verdict_table

    if result.summary is not None:
        out.print(verdict_table(result.summary))
        out.print(totals_line(result.summary))
    out.print(f"Report: {result.run_dir}  (also {result.run_dir.parent / 'latest'})", highlight=False)
    verdicts = {0: "[bold green]CONFORMANT[/]", 1: "[bold red]NOT CONFORMANT[/]"}
    if result.exit_code in verdicts:
        out.print(verdicts[result.exit_code])
        return
    if result.summary is None and result.output_tail:
        err.print("".join(result.output_tail[-15:]), highlight=False, markup=False, end="")
    err.print(f"[bold red]error:[/] {result.reason}", highlight=False, soft_wrap=True)


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
    import mock_x
    from harness.targets.server import BackgroundServer, ServerStartError, ShutdownSignals, bind_loopback

    try:
        sock = bind_loopback(host, port)
    except OSError as exc:
        _fail(f"cannot bind {host}:{port}: {exc}")
    # Bound to every interface, the mock is reached by this machine's name, not by 0.0.0.0.
    reachable = socket.getfqdn() if host in ("0.0.0.0", "::") else host
    files = _mock_x_tls(tls, reachable, public_url)
    scheme = "https" if files else "http"
    url = (public_url or f"{scheme}://{reachable}:{sock.getsockname()[1]}").rstrip("/")
    app = mock_x.create_app(mock_x.MockXSettings(public_url=url))
    server = BackgroundServer(app, sock=sock, tls=files.uvicorn_options() if files else None)
    with ShutdownSignals() as signals:
        try:
            server.start()
        except ServerStartError as exc:
            _fail(str(exc))
        try:
            flags = mock_x.twitter4j_jvm_flags(url)
            ca = str(files.ca_pem) if files else None
            _print_json_line({"x": url, "jvm_flags": flags, "ca": ca}) if as_json else _print_mock_x(
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


@app.command()
def deviations() -> None:
    """List the named deviations mock IS can switch on (--deviate NAME) and the steps each breaks."""
    from mock_is.deviations import DEVIATIONS

    table = Table(title="Deviations of mock IS", title_justify="left")
    table.add_column("Name", style="bold")
    table.add_column("Breaks documented steps")
    table.add_column("What it does")
    for deviation in sorted(DEVIATIONS.values(), key=lambda d: d.name):
        table.add_row(deviation.name, ", ".join(deviation.breaks), deviation.description)
    out.print(table)


def main() -> None:
    """Console-script entry point ``xlogin``."""
    app()


if __name__ == "__main__":
    main()
