"""What every ``xlogin`` command writes: the consoles, the one-line failure, the one JSON line."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer
from rich.console import Console

__all__ = ["err", "fail", "out", "print_json_line"]

out = Console()
err = Console(stderr=True)


def fail(reason: str, code: int = 2) -> NoReturn:
    """Stop with ``code`` and the reason in one line (issue 7: exit 2 means "could not run")."""
    err.print(f"[bold red]error:[/] {reason}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def print_json_line(data: dict[str, Any]) -> None:
    """Write ``data`` as one JSON line and flush: scripts read exactly this line, before anything else."""
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
