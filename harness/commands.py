"""The ``xlogin`` commands around a run: coverage, selftest, doctor, cleanup, merge.

Each is a thin shell over a library function that returns an exit code; ``harness.cli`` registers
them on the app. Exit codes keep the CLI's meaning: 0 fine, 1 a finding (uncovered step, surviving
deviation), 2 the command could not do its job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from harness.cli_output import fail, load_settings, out

__all__ = ["cleanup", "coverage", "doctor", "merge", "selftest"]

Config = Annotated[Path | None, typer.Option("--config", help="TOML file (default ./xlogin.toml).")]


def coverage() -> None:
    """List each documented step with the scenarios that prove it; 1 when an action or check has none."""
    from harness.coverage import main

    raise typer.Exit(main(console=out))


def selftest(
    names: Annotated[list[str] | None, typer.Argument(help="Deviations to try (default: all).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Run the whole suite per deviation.")] = False,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Skip the undeviated run.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-n", min=1)] = 2,
) -> None:
    """Prove the checks bite: every mock_is deviation must fail a scenario proving the step it breaks."""
    from harness.selftest import main

    code = main(names or None, workers=workers, focused=not full, baseline=not no_baseline, console=out)
    raise typer.Exit(code)


def doctor(config: Config = None) -> None:
    """Check the configuration before a run: target, admin credentials, TLS, browser, mock X."""
    from harness.doctor import exit_code, first_failure, inputs_from_settings, run_doctor

    settings = load_settings(config)
    if settings.target == "external":
        checks = run_doctor(inputs_from_settings(settings))
    else:
        from harness.targets.embedded import EmbeddedStack

        real_x = settings.x_api_url if settings.x_mode == "real" else None
        with EmbeddedStack(settings.deviations, x_api_url=real_x) as stack:
            inputs = inputs_from_settings(settings, is_url=stack.is_url, x_url=stack.x_url)
            inputs = dataclasses.replace(
                inputs, admin_user=stack.admin_user, admin_password=stack.admin_password
            )
            checks = run_doctor(inputs)
    out.print(_checks_table(checks))
    failure = first_failure(checks)
    if failure:
        fail(failure, exit_code(checks))
    raise typer.Exit(exit_code(checks))


def _checks_table(checks: Sequence[object]) -> Table:
    table = Table("check", "", "detail", title="xlogin doctor")
    for check in checks:
        ok = bool(getattr(check, "ok", False))
        table.add_row(str(getattr(check, "name", "")), "[green]ok[/]" if ok else "[red]FAIL[/]",
                      str(getattr(check, "reason", "")))  # fmt: skip
    return table


def cleanup(
    journal: Annotated[Path | None, typer.Option("--journal", help="One run's journal file.")] = None,
    all_journals: Annotated[bool, typer.Option("--all", help="Every journal under the report dir.")] = False,
    config: Config = None,
) -> None:
    """Remove exactly what a run created on an external IS, from its journal (after a crash or Ctrl-C)."""
    from harness.clients.is_admin import IsAdmin
    from harness.journal import journals_under, run_cleanup

    settings = load_settings(config)
    paths = [journal] if journal else journals_under(settings.report_dir) if all_journals else []
    if not paths:
        fail("name a journal with --journal PATH, or use --all")

    def admin_for(url: str) -> IsAdmin:
        if settings.is_url is None or url.rstrip("/") != settings.is_url.rstrip("/"):
            raise ValueError(f"the journal names {url}, but the configured IS is {settings.is_url}")
        return settings.admin_client(url)

    raise typer.Exit(run_cleanup(paths, admin_for, out.print))


def merge(
    out: Annotated[Path, typer.Argument(help="Folder for the merged report.")],
    shards: Annotated[list[Path], typer.Argument(help="The shards' report folders.")],
) -> None:
    """Join the report folders of ``--shard K/N`` runs into one report."""
    from harness.merge import main

    raise typer.Exit(main([str(out), *map(str, shards)]))
