"""A full run against a target that holds objects of its own: they come out byte-for-byte the same,
nothing the run made is left, and no secret reaches any file of the run's report (issue 7, items 3, 6).

One suite run (the slow part) feeds the three tests; each asserts one thing.
"""

from __future__ import annotations

import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from safety_support import (
    Endpoints,
    Seeded,
    external_env,
    listing,
    names_with_prefix,
    run_features,
    seed,
    snapshot,
)

from harness.secrets_scan import scan
from harness.targets.embedded import EmbeddedStack

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class SeededRun:
    """What the run saw and left: snapshots before and after, the suite's result, its report folder."""

    seeded: Seeded
    before: dict[str, str]
    after: dict[str, str]
    listing_before: dict[str, str]
    listing_after: dict[str, str]
    leftovers: list[str]
    result: subprocess.CompletedProcess[str]
    report: Path
    prefix: str


def _report_options(report: Path) -> list[str]:
    # What `xlogin run` writes (harness/report/runner.py) plus every trace and screenshot, so the scan
    # covers Playwright's zips whatever the outcome.
    return [
        f"--junitxml={report / 'junit.xml'}",
        f"--cucumberjson={report / 'cucumber.json'}",
        f"--xlogin-report-dir={report}",
        "--tracing=on",
        "--screenshot=on",
        f"--output={report / 'artifacts'}",
    ]


@pytest.fixture(scope="module")
def seeded_run(endpoints: Endpoints, tmp_path_factory: pytest.TempPathFactory) -> SeededRun:
    """Seed the target, snapshot it, run the whole suite at it as an external target, snapshot again."""
    prefix, report = f"xlsafe{secrets.token_hex(3)}", tmp_path_factory.mktemp("report")
    with endpoints.admin() as admin:
        seeded = seed(admin)
        before, listing_before = snapshot(admin, seeded), listing(admin)
        result = run_features(external_env(endpoints, prefix), *_report_options(report))
        after, listing_after = snapshot(admin, seeded), listing(admin)
        leftovers = names_with_prefix(admin, prefix)
    return SeededRun(seeded, before, after, listing_before, listing_after, leftovers, result, report, prefix)


def test_the_suite_passes_against_the_external_target(seeded_run: SeededRun) -> None:
    """Sanity: the run did its work (else "nothing changed" would prove nothing)."""
    output = seeded_run.result.stdout[-3000:] + seeded_run.result.stderr[-2000:]
    assert seeded_run.result.returncode == 0, output
    assert " passed" in seeded_run.result.stdout, output


def test_seeded_objects_are_byte_for_byte_the_same(seeded_run: SeededRun) -> None:
    """Every GET of every seeded object answers the same bytes after the run as before it."""
    changed = [path for path, body in seeded_run.before.items() if seeded_run.after[path] != body]
    assert not changed, f"the run changed objects it did not create: {changed}"


def test_the_run_leaves_nothing_behind(seeded_run: SeededRun) -> None:
    """No object with the run prefix remains, and the target lists exactly what it listed before."""
    assert seeded_run.leftovers == [], f"objects with prefix {seeded_run.prefix!r} were left behind"
    for kind, before in seeded_run.listing_before.items():
        assert seeded_run.listing_after[kind] == before, f"the {kind} list changed across the run"


def _known_secrets(stack: EmbeddedStack, issued: list[str], seeded: Seeded) -> list[str]:
    x_apps = list(stack.mock_x.store.apps.values())
    x_secrets = [s for a in x_apps for s in (a.consumer_secret, a.bearer_token, a.client_secret) if s]
    assert x_secrets and issued, "the run registered no X app or issued no client secret: nothing to look for"
    return sorted({stack.admin_password, *x_secrets, *issued, *seeded.secrets})


def test_no_secret_reaches_the_report_folder(
    seeded_run: SeededRun, stack: EmbeddedStack, issued_client_secrets: list[str]
) -> None:
    """Admin password, X app secrets and every client secret: in no file, in no encoding, traces included."""
    written = {p.name for p in seeded_run.report.rglob("*") if p.is_file()}
    assert {"junit.xml", "cucumber.json", "summary.json", "trace.zip"} <= written, sorted(written)
    known = _known_secrets(stack, issued_client_secrets, seeded_run.seeded)
    findings = scan(seeded_run.report, known)
    assert findings == [], "secrets found in the report folder:\n" + "\n".join(map(str, findings))
