"""The suite gives the same verdicts however it is spread out: 2 xdist workers, reversed or shuffled
order, 2 shards merged, or a browser from a Playwright server (issue 8 item 3). Each variant runs the
suite in a child pytest and is compared, scenario by scenario and documented step by step, with the
plain run (conftest ``plain_run``). The variants share one file so that ``make test``'s ``--dist
loadfile`` runs them on one worker, and the plain run once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from perf_scope import ORDER_PLUGIN_DIR, assert_same_verdicts, perf_paths
from playwright_server import playwright_server

from bench.suite import SuiteRun, run_suite
from harness.merge import merge

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _with_order_plugin() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ORDER_PLUGIN_DIR), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path}


def _remote_env(endpoint: str) -> dict[str, str]:
    return {
        "XLOGIN_BROWSER_ENDPOINT": endpoint,
        "XLOGIN_REMOTE_BROWSER_PATH": "/usr/bin/chromium",
        # No local Chromium: a run that passes cannot have launched one itself.
        "HARNESS_BROWSER_PATH": "/nonexistent/chromium",
        **_with_order_plugin(),
    }


def _cucumber_scenarios(run: SuiteRun) -> list[str]:
    features = json.loads((run.report_dir / "cucumber.json").read_text())
    return sorted(f"{e['name']} ({len(e['steps'])} steps)" for f in features for e in f["elements"])


def test_two_workers_decide_as_one_process(plain_run: SuiteRun, tmp_path: Path) -> None:
    run = run_suite(tmp_path, ["-n", "2"], paths=perf_paths())
    assert_same_verdicts(plain_run, run, "-n 2")
    # The workers' scenario records reach the controller's Cucumber JSON (pytest-bdd alone wrote "[]").
    assert _cucumber_scenarios(run) == _cucumber_scenarios(plain_run) != []


@pytest.mark.parametrize("order", ["reverse", "random:8"])
def test_scenarios_do_not_depend_on_their_order(plain_run: SuiteRun, tmp_path: Path, order: str) -> None:
    extra = ["-p", "order_plugin", f"--xlogin-order={order}"]
    run = run_suite(tmp_path, extra, paths=perf_paths(), env=_with_order_plugin())
    ran = [s["nodeid"] for s in run.require_summary()["scenarios"]]
    planned = [s["nodeid"] for s in plain_run.require_summary()["scenarios"]]
    assert len(ran) < 2 or ran != planned, f"--xlogin-order={order} did not change the order"
    assert_same_verdicts(plain_run, run, order)


def test_two_shards_merged_decide_as_one_run(plain_run: SuiteRun, tmp_path: Path) -> None:
    shards = [run_suite(tmp_path / f"shard{k}", ["-p", "harness.shard", f"--shard={k}/2"], paths=perf_paths())
              for k in (1, 2)]  # fmt: skip
    sizes = [len(s.require_summary()["scenarios"]) for s in shards]
    assert abs(sizes[0] - sizes[1]) <= 1 and min(sizes) > 0, sizes
    merged = merge([s.report_dir for s in shards], tmp_path / "merged")
    assert_same_verdicts(plain_run, merged, "2 shards merged")
    assert merged["conformant"] == plain_run.require_summary()["conformant"]


def test_the_suite_through_a_playwright_server_decides_as_a_plain_run(
    plain_run: SuiteRun, tmp_path: Path
) -> None:
    log = tmp_path / "run-server.log"
    with playwright_server(log) as endpoint:
        run = run_suite(tmp_path / "remote", [], paths=perf_paths(), env=_remote_env(endpoint))
    assert_same_verdicts(plain_run, run, "remote browser")
    served = log.read_text()
    assert "engaged launch mode" in served, f"the suite never asked the server for a browser:\n{served}"
