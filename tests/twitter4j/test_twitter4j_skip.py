"""Without ``java`` or ``mvn``: the twitter4j build says so and succeeds, the tests skip with the reason."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from twitter4j_jvm import ROOT, missing_tools


def test_twitter4j_tests_skip_with_the_reason_without_java_or_mvn(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The reason names what is missing; with both on PATH there is none (so here they never skip)."""
    monkeypatch.setenv("PATH", str(tmp_path))
    assert missing_tools() == (
        "the real twitter4j 4.0.7 needs java and mvn on PATH "
        "(a Java 17 JVM, and Maven to build tests/twitter4j)"
    )
    (tmp_path / "java").symlink_to(shutil.which("true") or "/bin/true")
    assert missing_tools() is not None and "needs mvn on PATH" in str(missing_tools())


def test_twitter4j_make_target_succeeds_without_java_or_mvn(tmp_path: Path) -> None:
    """``make twitter4j`` (forced, as if the sources had changed) only explains, and exits 0."""
    make = shutil.which("make")
    assert make is not None
    done = subprocess.run(
        [make, "-s", "-B", "twitter4j"], cwd=ROOT, env={"PATH": str(tmp_path)}, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout) == (
        0,
        "twitter4j: java or mvn not found, so tests/twitter4j will skip\n",
    )
