"""``xlogin``: run the conformance suite, serve the embedded stack or mock X, list the deviations.

Exit codes mean one thing each (issue 7): 0 conformant (warnings allowed), 1 not conformant, 2 the
harness could not run, with the reason in one line on stderr. The commands around a run (``coverage``,
``selftest``, ``doctor``, ``cleanup``, ``merge``) live in ``harness.commands``.
"""

from __future__ import annotations

import os
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from harness import commands
from harness.cli_mock_x import mock_x_app
from harness.cli_output import err, fail, load_settings, out, print_json_line
from harness.config import HarnessSettings
from harness.shutdown import skip_final_collection

__all__ = ["app", "main"]

app = typer.Typer(
    name="xlogin",
    help="Conformance harness for WSO2 IS's 'Add X login' doc.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(mock_x_app, name="mock-x")
for _command in (commands.coverage, commands.selftest, commands.doctor, commands.cleanup, commands.merge):
    app.command()(_command)


class Tracing(StrEnum):
    """Which scenarios keep a Playwright trace."""

    on = "on"
    off = "off"
    retain_on_failure = "retain-on-failure"


class XMode(StrEnum):
    """Where X is: the mock (default) or the real X, signed in at by a person."""

    mock = "mock"
    real = "real"


Deviate = Annotated[
    list[str] | None, typer.Option("--deviate", help="Switch on a named deviation of mock IS (repeatable).")
]
ProfileName = Annotated[
    str | None,
    typer.Option("--profile", help="Deployment profile (`xlogin profiles`): the embedded stack runs in it."),
]


@app.command()
def serve(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON line once everything answers.")
    ] = False,
    deviate: Deviate = None,
    profile: ProfileName = None,
) -> None:
    """Start the embedded stack (mock X, mock IS, sample app) and keep it up until Ctrl-C / SIGTERM."""
    from harness.targets.embedded import EmbeddedStack
    from harness.targets.server import ServerStartError, ShutdownSignals
    from mock_is.deviations import UnknownDeviationError
    from mock_is.profiles import UnknownProfileError

    with ShutdownSignals() as signals:
        try:
            stack = EmbeddedStack(deviations=deviate or (), profile=profile)
            stack.start()
        except (UnknownDeviationError, UnknownProfileError, ServerStartError, OSError) as exc:
            fail(str(exc))
        try:
            _register_sample_application(stack)
            print_json_line(stack.as_json()) if as_json else _print_stack(stack)
            err.print(f"{signals.wait()}: stopping", style="dim")
        finally:
            stack.stop()


def _register_sample_application(stack: Any) -> None:
    import httpx

    try:
        stack.create_sample_application()
    except (RuntimeError, httpx.HTTPError) as exc:  # IsRequestError is a RuntimeError
        fail(f"could not register the sample app in IS: {exc}")


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
        ("Profile", f"{stack.profile.name}: {stack.profile.summary}"),
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
    headed: Annotated[
        bool, typer.Option("--headed", help="Show the browser (a person signs in at X in it, real mode).")
    ] = False,
    x_mode: Annotated[
        XMode | None, typer.Option("--x-mode", help="mock (default): mock X; real: X itself.")
    ] = None,
    snapshot: Annotated[
        bool, typer.Option(help="Also save report-top.png and report.png, pictures of index.html.")
    ] = True,
    profile: ProfileName = None,
    tracing: Annotated[
        Tracing | None, typer.Option("--tracing", help="Keep traces: retain-on-failure (default), on, off.")
    ] = None,
    alluredir: Annotated[
        Path | None, typer.Option("--alluredir", help="Also write Allure results (allure-pytest-bdd) here.")
    ] = None,
) -> None:
    """Run the conformance suite and write reports/<run-id>/ (HTML, JUnit, Cucumber JSON, summary)."""
    from harness.report.runner import run_suite

    settings = load_settings(
        config, workers=workers, deviations=deviate or None, report_dir=report_dir, driver=driver,
        shard=shard, browser_endpoint=browser_endpoint, known_deviations=known_deviations,
        # Not given: None, so xlogin.toml and the environment still decide.
        headed=True if headed else None, x_mode=x_mode.value if x_mode else None, profile=profile,
        tracing=tracing.value if tracing else None, alluredir=alluredir,
    )  # fmt: skip
    _preflight(settings)
    if out.is_terminal and not verbose:
        result = _run_with_progress(settings, keyword)
    else:
        result = run_suite(settings, keyword, stream=True)
    if snapshot and result.summary is not None:
        _snapshot(result.run_dir, settings.browser_path)
    _print_result(result)
    raise typer.Exit(result.exit_code)


def _run_with_progress(settings: HarnessSettings, keyword: str | None) -> Any:
    """On a terminal, instead of pytest's output: a live status (elapsed, scenarios done, pass/fail
    counts, each worker's scenario and step, and what a person must do when a step waits for one)."""
    from harness.report.console import progress_text
    from harness.report.progress import WorkerProgress
    from harness.report.runner import run_suite

    started = time.monotonic()
    with out.status(progress_text(None, 0.0)) as status:

        def show(summary: dict[str, Any] | None, progress: list[WorkerProgress]) -> None:
            status.update(progress_text(summary, time.monotonic() - started, progress))

        return run_suite(settings, keyword, stream=False, on_progress=show)


def _preflight(settings: HarnessSettings) -> None:
    """Refuse to start a run that cannot work, with the reason in one line."""
    from harness.browser import find_chromium
    from harness.report import runner
    from mock_is.deviations import UnknownDeviationError, validate_deviations

    try:
        validate_deviations(settings.deviations)
    except UnknownDeviationError as exc:
        fail(str(exc))
    if settings.target == "external" and settings.x_mode == "mock" and not settings.mock_x_url:
        fail("an external IS in mock X mode needs mock_x_url: the `xlogin mock-x serve` its JVM flags name")
    if not runner.SUITE_DIR.is_dir():
        fail(f"no conformance suite at {runner.SUITE_DIR}")
    if settings.browser_endpoint is None:
        path = settings.browser_path or find_chromium()
        if not path or not Path(path).is_file():
            fail("Chromium not found: run `python -m harness.browser` or set HARNESS_BROWSER_PATH")
        settings.browser_path = path
        if settings.headed and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            fail("--headed needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set")


def _snapshot(run_dir: Path, browser_path: str | None) -> None:
    """Pictures of the report for chats and notes, where only images go; a run never fails over them."""
    from harness.report.snapshot import snapshot_report

    # The Chromium _preflight settled on (a configured browser_path included), else the usual search.
    if snapshot_report(run_dir, browser_path=browser_path) is not None:
        out.print(f"Pictures: {run_dir / 'report-top.png'}, {run_dir / 'report.png'}", highlight=False)


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


@app.command()
def profiles(
    names: Annotated[bool, typer.Option("--names", help="Print only the profiles' names, one a line.")] = (
        False
    ),
) -> None:
    """List the deployment profiles (xlogin run/serve --profile NAME): what each sets, and its sources."""
    from rich.markup import escape

    from mock_is.profiles import DEFAULT_PROFILE, PROFILES

    if names:
        for name in PROFILES:
            out.print(name, highlight=False)
        return
    table = Table(title="Deployment profiles", title_justify="left", show_lines=True)
    table.add_column("Name", style="bold")
    table.add_column("What it is")
    table.add_column("What it sets, and the source each behaviour follows")
    for p in PROFILES.values():
        sets = ", ".join(f"{k}={v}" for k, v in {**p.settings, **p.connection_jit}.items())
        behaviours = "\n".join(escape(f"• {b.what} [{b.source}]") for b in p.behaviours)
        title = p.name + (" (default)" if p.name == DEFAULT_PROFILE else "")
        table.add_row(title, p.summary, f"{sets}\n{behaviours}")
    out.print(table)


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
    skip_final_collection()
    app()


if __name__ == "__main__":
    main()
