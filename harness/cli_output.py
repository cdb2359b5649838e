"""What every ``xlogin`` command writes: the consoles, the one-line failure, the one JSON line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console

from harness.config import HarnessSettings

__all__ = ["err", "fail", "load_settings", "out", "print_json_line"]

out = Console()
err = Console(stderr=True)


def fail(reason: str, code: int = 2) -> NoReturn:
    """Stop with ``code`` and the reason in one line (issue 7: exit 2 means "could not run")."""
    err.print(f"[bold red]error:[/] {reason}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def load_settings(config: Path | None, **flags: Any) -> HarnessSettings:
    """The run's settings (``config`` file, environment, ``flags``), or exit 2 naming what is wrong."""
    try:
        return HarnessSettings.load(config, **flags)
    except (ValidationError, FileNotFoundError, ValueError) as exc:
        fail(f"bad configuration: {_first_line(exc)}")


def _first_line(exc: Exception) -> str:
    # A ValidationError's own first line says only "1 validation error for HarnessSettings": name the field.
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc']) or 'settings'}: {first['msg']}"
    return str(exc).splitlines()[0]


def print_json_line(data: dict[str, Any]) -> None:
    """Write ``data`` as one JSON line and flush: scripts read exactly this line, before anything else."""
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
