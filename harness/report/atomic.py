"""Write a report file so a reader never sees half of it, even if the run is killed meanwhile."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Write ``data`` (``str`` as UTF-8) to a temporary file beside ``path``, then rename it over ``path``;
    ``mode``: the file's permissions (default: the umask's)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own per call: two writers of one path never share a temporary file, and a file
    # left by a killed run is never mistaken for this one's.
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        if mode is not None:
            tmp.chmod(mode)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
