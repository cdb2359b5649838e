"""``scan``: finds a planted secret in every encoding it claims, in plain files, zips and nested zips."""

from __future__ import annotations

import base64
import gzip
import html
import io
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from harness.secrets_scan import encodings, scan

SECRET = "s3cr3t/Value+with spaces&more=="  # characters every encoding treats differently
OTHER = "an-innocent-value-1234"
LOWER_HEX = re.sub("%[0-9A-F]{2}", lambda m: m[0].lower(), quote(SECRET, safe=""))
JSON_SECRET = 'pa"ss\\wörd-0123'  # a quote, a backslash and a non-ASCII letter: JSON escapes all three


def _plant(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (f"password={SECRET}".encode(), "plain"),
        (f"?client_secret={quote(SECRET, safe='')}&x=1".encode(), "url-encoded"),
        (f"client_secret={quote_plus(SECRET, safe='')}".encode(), "form-encoded"),
        (
            re.sub("%[0-9A-F]{2}", lambda m: m[0].lower(), quote(SECRET, safe="")).encode(),
            "url-encoded (lower hex)",
        ),
        (json.dumps({"secret": JSON_SECRET}, ensure_ascii=False).encode(), "json-escaped"),
        (json.dumps({"secret": JSON_SECRET}).encode(), "json-escaped (ascii)"),
        (html.escape(f"<p>{SECRET}</p>").encode(), "html-escaped"),
    ],
)
def test_a_planted_secret_is_found_in_text(tmp_path: Path, content: bytes, encoding: str) -> None:
    _plant(tmp_path, "log/out.txt", b"before " + content + b" after")
    findings = scan(tmp_path, [OTHER, JSON_SECRET if "json" in encoding else SECRET])
    assert findings, f"{encoding} form not found"
    assert all(f.path == "log/out.txt" and f.secret_index == 1 for f in findings)
    assert encoding in {f.encoding for f in findings}


@pytest.mark.parametrize("user", ["admin", "ad", "a", "service-account"])
def test_basic_auth_of_any_user_is_found(tmp_path: Path, user: str) -> None:
    """``base64(user:secret)``: the secret sits at any of the three base64 alignments."""
    header = b"Authorization: Basic " + base64.b64encode(f"{user}:{SECRET}".encode())
    _plant(tmp_path, "trace.network", header)
    assert [f.path for f in scan(tmp_path, [SECRET])] == ["trace.network"]


def test_a_secret_inside_a_zip_and_a_nested_zip_is_found(tmp_path: Path) -> None:
    """Playwright traces are zips (deflated, so the raw bytes do not show the secret)."""
    inner = _zip({"resources/abc123": f'{{"client_secret":"{SECRET}"}}'.encode()})
    _plant(tmp_path, "artifacts/test-1/trace.zip", _zip({"trace.trace": b"{}", "nested.zip": inner}))
    _plant(tmp_path, "artifacts/test-2/trace.zip", _zip({"trace.network": f"pw={SECRET}".encode()}))
    paths = sorted(f.path for f in scan(tmp_path, [SECRET]))
    assert paths == [
        "artifacts/test-1/trace.zip!nested.zip!resources/abc123",
        "artifacts/test-2/trace.zip!trace.network",
    ]


def test_a_secret_inside_gzip_is_found(tmp_path: Path) -> None:
    _plant(tmp_path, "body.gz", gzip.compress(SECRET.encode() * 3))
    assert [f.path for f in scan(tmp_path, [SECRET])] == ["body.gz!<gunzipped>"]


def test_a_clean_folder_has_no_findings(tmp_path: Path) -> None:
    """Redacted output, and partial or other values, are not findings."""
    _plant(tmp_path, "summary.json", json.dumps({"secret": "[REDACTED]", "near": SECRET[:6]}).encode())
    _plant(tmp_path, "trace.zip", _zip({"trace.trace": OTHER.encode()}))
    assert scan(tmp_path, [SECRET]) == []


def test_findings_never_show_the_secret(tmp_path: Path) -> None:
    _plant(tmp_path, "out.txt", SECRET.encode())
    (finding,) = scan(tmp_path, [SECRET])
    assert SECRET not in str(finding) and SECRET not in repr(finding)
    assert str(finding) == "out.txt: secret #1 (plain)"


def test_symlinks_are_not_followed(tmp_path: Path) -> None:
    """``reports/latest`` points at a run folder; following it would double every finding (or loop)."""
    _plant(tmp_path, "run-1/out.txt", SECRET.encode())
    (tmp_path / "latest").symlink_to("run-1")
    assert [f.path for f in scan(tmp_path, [SECRET])] == ["run-1/out.txt"]


def test_an_empty_secret_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty secret"):
        scan(tmp_path, [""])


def test_every_encoding_decodes_back_to_the_secret() -> None:
    """Guard on the encoder table itself: each base64 form is a real slice of a real encoding."""
    forms = encodings(SECRET)
    for shift in range(3):
        core = forms[f"base64 (alignment {shift})"].decode()
        assert core in base64.b64encode(b"x" * shift + SECRET.encode()).decode()
    assert forms["plain"] == SECRET.encode()
