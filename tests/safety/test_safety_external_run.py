"""The whole suite against ``xlogin serve`` started on its own, as an external target (issue 7, items 3
and 6): the code path a real IS takes, through nothing but URLs and the admin's credentials.

The served IS holds objects of its own (seeded by this test); after the run they are byte-for-byte the
same, nothing the run made is left, no secret reached any file of the run's report (traces included),
and ``serve`` stops cleanly on SIGTERM. One run, started in the background (``conftest.py``), feeds
every test here; each asserts one thing.
"""

from __future__ import annotations

import zipfile

import pytest
from safety_serve import BackgroundExternalRun, ExternalRun
from safety_support import SUITE_TIMEOUT, listing_change

from harness.secrets_scan import scan

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(background_external_run: BackgroundExternalRun) -> ExternalRun:
    """The finished run (waits for the background thread)."""
    return background_external_run.outcome(SUITE_TIMEOUT + 120)


def test_serve_announces_the_target_in_one_json_line(run: ExternalRun) -> None:
    """The line names every URL and the admin, as docs/architecture.md says."""
    assert set(run.announced) == {"is", "x", "app", "admin_user", "admin_password"}


def test_the_suite_passes_against_serve_as_an_external_target(run: ExternalRun) -> None:
    """Every scenario passes through the external-target path (else "nothing changed" proves little)."""
    output = run.result.stdout[-3000:] + run.result.stderr[-2000:]
    assert run.result.returncode == 0, output
    assert " passed" in run.result.stdout and " failed" not in run.result.stdout, output


def test_seeded_objects_are_byte_for_byte_the_same(run: ExternalRun) -> None:
    """Every GET of every seeded object answers the same bytes after the run as before it."""
    changed = [path for path, body in run.before.items() if run.after[path] != body]
    assert not changed, f"the run changed objects it did not create: {changed}"


def test_no_object_with_the_run_prefix_is_left(run: ExternalRun) -> None:
    assert run.leftovers == [], f"objects with prefix {run.prefix!r} were left behind"


def test_the_target_lists_exactly_what_it_listed_before(run: ExternalRun) -> None:
    """Nothing of the run survives (JIT users, named after X accounts, included), and nothing else went."""
    for kind, before in run.listing_before.items():
        assert run.listing_after[kind] == before, listing_change(kind, before, run.listing_after[kind])


def test_no_secret_reaches_the_report_folder(run: ExternalRun) -> None:
    """Admin password, X apps' secrets, every client secret: in no file, in no encoding, traces included."""
    written = {p.name for p in run.report.rglob("*") if p.is_file()}
    assert {"junit.xml", "cucumber.json", "summary.json", "trace.zip"} <= written, sorted(written)
    assert len(run.issued_secrets) >= 2, "the spy saw no X app or client secret: the scan would miss them"
    known = sorted({run.announced["admin_password"], *run.seeded.secrets, *run.issued_secrets})
    findings = scan(run.report, known)
    assert findings == [], "secrets found in the report folder:\n" + "\n".join(map(str, findings))


def test_every_trace_records_the_dom_without_a_screencast(run: ExternalRun) -> None:
    """The person's trace (pytest-playwright's ``trace.zip``) and the Console's are recorded as
    harness.tracing says: DOM snapshots, which the trace viewer shows, and no screencast frames."""
    traces = sorted(run.report.rglob("trace*.zip"))
    assert {p.name for p in traces} >= {"trace.zip", "trace-console.zip"}, traces
    for trace in traces:
        with zipfile.ZipFile(trace) as archive:
            events = archive.read("trace.trace").decode()
        assert '"frame-snapshot"' in events and '"screencast-frame"' not in events, trace


def test_serve_exits_zero_on_sigterm(run: ExternalRun) -> None:
    """SIGTERM stops ``serve`` cleanly."""
    assert run.serve_exit == 0
