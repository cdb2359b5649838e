"""Keep secrets (API secret, client secrets, admin password) out of everything the report writes."""

from __future__ import annotations

import io
import os
import re
import threading
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from harness.report.atomic import write_atomic

__all__ = ["REDACTED", "Redactor", "remember_secret", "secrets_from_env"]

REDACTED = "[REDACTED]"
# Shorter values are too likely to be ordinary words or numbers; redacting them would garble the report.
_MIN_LENGTH = 4
_SECRET_ENV = re.compile(r"^XLOGIN_.*(PASSWORD|SECRET|TOKEN|KEY)$")


# Secrets the harness makes in this process (the embedded admin password, client secrets), remembered
# where they are made so no caller has to pass them on; every Redactor also redacts these.
_REMEMBERED: set[str] = set()
_REMEMBERED_LOCK = threading.Lock()


def remember_secret(*values: str) -> None:
    """Mark ``values`` as secret for every report written by this process."""
    with _REMEMBERED_LOCK:
        _REMEMBERED.update(v for v in values if v and len(v) >= _MIN_LENGTH)


def secrets_from_env(environ: dict[str, str] | None = None) -> set[str]:
    """Values of ``XLOGIN_*PASSWORD/SECRET/TOKEN/KEY`` variables: secrets the user handed the harness."""
    env = os.environ if environ is None else environ
    return {value for name, value in env.items() if _SECRET_ENV.match(name) and value}


class Redactor:
    """Replace every known secret value by ``[REDACTED]`` in strings, JSON-like data and files."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self.add(*secrets)

    def add(self, *values: str) -> None:
        """Learn more secret values."""
        self._secrets.update(v for v in values if v and len(v) >= _MIN_LENGTH)

    @property
    def values(self) -> frozenset[str]:
        """The secret values known so far, this redactor's and the process's (kept in memory only)."""
        with _REMEMBERED_LOCK:
            return frozenset(self._secrets | _REMEMBERED)

    def text(self, value: str) -> str:
        """``value`` with every secret replaced (longest first, so no secret is half-replaced)."""
        for secret in sorted(self.values, key=len, reverse=True):
            value = value.replace(secret, REDACTED)
        return value

    def data(self, value: Any) -> Any:
        """A copy of JSON-like ``value`` with every string redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.data(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(v) for v in value]
        return value

    def bytes_(self, content: bytes) -> bytes:
        """``content`` redacted if it is UTF-8 text; binary content (images) as it is."""
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return content
        return self.text(text).encode("utf-8")

    def file(self, path: Path) -> None:
        """Redact a file in place: text files (JUnit XML, Cucumber JSON) and the text inside zip archives
        (Playwright traces hold requests, DOM snapshots and console logs as JSON members)."""
        if not self.values or not path.is_file():
            return
        if zipfile.is_zipfile(path):
            self._zip(path)
            return
        original = path.read_bytes()
        redacted = self.bytes_(original)
        if redacted != original:
            write_atomic(path, redacted)

    def _zip(self, path: Path) -> None:
        buffer = io.BytesIO()
        changed = False
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info)
                redacted = self.bytes_(content)
                changed = changed or redacted != content
                target.writestr(info, redacted)
        if changed:
            write_atomic(path, buffer.getvalue())

    def tree(self, root: Path) -> None:
        """Redact every file under ``root``."""
        for path in sorted(root.rglob("*")):
            self.file(path)
