"""Find secrets in a folder of run output, including inside zips (Playwright traces) and gzip files.

Issue 7, item 6: "secrets redacted everywhere ... finds none of them in any file under the run's report
folder, traces included". A secret can leak in other spellings than its own, so each is searched in the
forms it takes on the wire and in files: verbatim, URL-encoded (RFC 3986 §2.1, either hex case, and
``+`` for spaces as in forms), JSON-escaped, HTML-escaped, and base64 (standard and URL-safe) at every
byte alignment, which covers ``Authorization: Basic base64(user:secret)`` (RFC 7617 §2) whatever the
user name. Findings name the file and the encoding, never the secret.
"""

from __future__ import annotations

import base64
import gzip
import html
import io
import json
import os
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

__all__ = ["Finding", "encodings", "scan", "scan_bytes"]

# Zips inside zips (a trace inside a zipped report): deep enough for real output, bounded for zip bombs.
_MAX_DEPTH = 3
# Fewer base64 characters than this could match by chance; the alignment trimming leaves at least this.
_MIN_B64 = 8


@dataclass(frozen=True)
class Finding:
    """A secret found in a file (``a.zip!inner/file`` for a member of a zip), and in which encoding."""

    path: str
    secret_index: int
    encoding: str

    def __str__(self) -> str:
        return f"{self.path}: secret #{self.secret_index + 1} ({self.encoding})"


def _url_forms(secret: str) -> dict[str, str]:
    upper = quote(secret, safe="")
    forms = {"url-encoded": upper, "form-encoded": quote_plus(secret, safe="")}
    # Percent-encoding is case-insensitive in its hex digits (RFC 3986 §2.1); some encoders write lower.
    forms["url-encoded (lower hex)"] = _lower_hex(upper)
    return forms


def _lower_hex(encoded: str) -> str:
    parts = encoded.split("%")
    return parts[0] + "".join("%" + p[:2].lower() + p[2:] for p in parts[1:])


def _base64_forms(secret: bytes) -> dict[str, str]:
    """The base64 characters that depend only on ``secret``, for each of the 3 alignments it can have."""
    forms: dict[str, str] = {}
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + secret).decode()
        start = 4 if shift else 0  # the first quantum mixes in the bytes before the secret
        full_groups = (shift + len(secret)) // 3
        core = encoded[start : full_groups * 4]  # a partial last quantum depends on the bytes after it
        if len(core) >= _MIN_B64 or (shift == 0 and core == encoded):
            forms[f"base64 (alignment {shift})"] = core
            forms[f"base64url (alignment {shift})"] = core.replace("+", "-").replace("/", "_")
    return forms


def encodings(secret: str) -> dict[str, bytes]:
    """Every form of ``secret`` the scan looks for, by name (forms equal to the plain one are dropped)."""
    raw = secret.encode()
    forms = {
        "plain": secret,
        **_url_forms(secret),
        "json-escaped": json.dumps(secret, ensure_ascii=False)[1:-1],
    }
    forms["json-escaped (ascii)"] = json.dumps(secret, ensure_ascii=True)[1:-1]
    forms["html-escaped"] = html.escape(secret)
    forms |= _base64_forms(raw)
    unique: dict[str, bytes] = {}
    for name, form in forms.items():
        if form and form.encode() not in unique.values():
            unique[name] = form.encode()
    return unique


def _unpacked(data: bytes) -> Iterator[tuple[str, bytes]]:
    """Members of ``data`` if it is a zip or gzip, as (name, bytes); nothing otherwise."""
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    if not info.is_dir():
                        yield info.filename, archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError):
            return  # not really a zip: its raw bytes were scanned already
    elif data[:2] == b"\x1f\x8b":
        try:
            yield "<gunzipped>", gzip.decompress(data)
        except (OSError, EOFError):
            return


def scan_bytes(
    name: str, data: bytes, patterns: Sequence[dict[str, bytes]], depth: int = 0
) -> Iterator[Finding]:
    """Findings in ``data`` (called ``name``), then in the members it unpacks to."""
    for index, forms in enumerate(patterns):
        for encoding, form in forms.items():
            if form in data:
                yield Finding(name, index, encoding)
    if depth < _MAX_DEPTH:
        for member, content in _unpacked(data):
            yield from scan_bytes(f"{name}!{member}", content, patterns, depth + 1)


def _files(folder: Path) -> Iterator[Path]:
    # Symlinks are not followed: reports/latest points at a run folder that is scanned on its own.
    for root, _dirs, names in os.walk(folder, followlinks=False):
        for name in sorted(names):
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                yield path


def scan(folder: Path, secrets: Sequence[str]) -> list[Finding]:
    """Every place under ``folder`` where one of ``secrets`` appears, in any encoding ``encodings`` lists."""
    if any(not s for s in secrets):
        raise ValueError("an empty secret would match everywhere; pass only non-empty secrets")
    patterns = [encodings(s) for s in secrets]
    findings: list[Finding] = []
    for path in _files(Path(folder)):
        findings.extend(scan_bytes(str(path.relative_to(folder)), path.read_bytes(), patterns))
    return findings
