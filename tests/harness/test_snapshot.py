"""Pictures of the report page: both PNGs from a page opened from disk, external requests blocked, and
no exception (a warning and None) when there is no page or no browser."""

from __future__ import annotations

import asyncio
import base64
import logging
import struct
import threading
import time
from pathlib import Path

import pytest

from harness.report import snapshot
from harness.report.snapshot import FULL_NAME, TOP_NAME, snapshot_report

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_EXTERNAL = "http://example.invalid/x.png"
# A 1x1 PNG, so the page also loads a sibling file: that request must go through.
_PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>report</title></head>
<body style="margin:0"><h1>x-login conformance</h1>
<img src="{_EXTERNAL}" alt="external"><img src="pixel.png" alt="local">
<div style="height:2400px;background:linear-gradient(#fff,#c62828)"></div></body></html>"""


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG spec puts first (signature, length, type)."""
    head = path.read_bytes()[:24]
    assert head[:8] == _PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "pixel.png").write_bytes(_PIXEL)
    return tmp_path


@pytest.mark.e2e
def test_writes_full_page_and_first_screenful(run_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="harness.report.snapshot"):
        full = snapshot_report(run_dir)
    assert full == run_dir / FULL_NAME
    assert _png_size(run_dir / TOP_NAME) == (1280, 900)
    width, height = _png_size(full)
    assert width == 1280 and height >= 2400  # the whole page, not the viewport
    # The external image was blocked (and named); the sibling file loaded.
    assert _EXTERNAL in caplog.text and "not self-contained" in caplog.text
    assert "pixel.png" not in caplog.text


@pytest.mark.e2e
def test_self_contained_page_logs_nothing(run_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (run_dir / "index.html").write_text(_PAGE.replace(_EXTERNAL, "pixel.png"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="harness.report.snapshot"):
        assert snapshot_report(run_dir, width=800) == run_dir / FULL_NAME
    assert _png_size(run_dir / TOP_NAME) == (800, 900)
    assert caplog.records == []


@pytest.mark.e2e
def test_works_from_inside_a_running_event_loop(run_dir: Path) -> None:
    # The sync API refuses a thread that runs an asyncio loop; the snapshot must not care who calls it.
    # The loop runs on a thread of its own: pytest-playwright may already hold one on the main thread.
    async def call() -> Path | None:
        return snapshot_report(run_dir)

    results: list[Path | None] = []
    caller = threading.Thread(target=lambda: results.append(asyncio.run(call())))
    caller.start()
    caller.join(30)
    assert results == [run_dir / FULL_NAME]
    assert _png_size(run_dir / TOP_NAME) == (1280, 900)


def test_no_index_html_gives_none_and_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="harness.report.snapshot"):
        assert snapshot_report(tmp_path) is None
    assert "index.html does not exist" in caplog.text
    assert list(tmp_path.iterdir()) == []


@pytest.mark.e2e
@pytest.mark.parametrize("executable", ["missing", "/bin/false"], ids=["missing-file", "not-a-browser"])
def test_unlaunchable_browser_gives_none_and_a_warning(
    run_dir: Path, executable: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = str(run_dir / executable) if executable == "missing" else executable
    with caplog.at_level(logging.WARNING, logger="harness.report.snapshot"):
        assert snapshot_report(run_dir, browser_path=path) is None
    assert "report snapshot skipped" in caplog.text
    assert not (run_dir / FULL_NAME).exists() and not (run_dir / TOP_NAME).exists()


def test_a_wedged_browser_is_given_up_on_within_the_budget(
    run_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A driver that never answers (no Playwright timeout covers its start-up): the caller waits out the
    # budget and no longer.
    release = threading.Event()
    monkeypatch.setattr(snapshot, "_take", lambda shot, executable: release.wait(5))
    monkeypatch.setattr(snapshot, "_BUDGET_S", 0.4)
    monkeypatch.setattr(snapshot, "_STEP_BUDGET_S", 0.2)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="harness.report.snapshot"):
        assert snapshot_report(run_dir, browser_path="/usr/bin/true") is None
    release.set()
    assert time.monotonic() - started < 2
    assert "did not finish" in caplog.text
