"""A harness process exits without Python's final garbage collection (``harness.shutdown``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Registered first, so it runs last among the atexit handlers: it sees what the interpreter's final
# collection would find.
_PROBE = """
import atexit, gc
atexit.register(lambda: print("frozen" if gc.get_freeze_count() else "not frozen"))
from harness.shutdown import skip_final_collection
{call}
"""


def _probe(call: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _PROBE.format(call=call)]
    return subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, check=True
    )


def _exit_state(call: str) -> str:
    return _probe(call).stdout.strip()


def test_the_objects_are_frozen_once_every_other_exit_handler_ran() -> None:
    assert _exit_state("skip_final_collection(); skip_final_collection()") == "frozen"


def test_without_it_nothing_is_frozen() -> None:
    assert _exit_state("") == "not frozen"


def test_the_cli_exits_so() -> None:
    call = "import sys; from harness.cli import main; sys.argv = ['xlogin', '--help']; main()"
    assert _exit_state(call).splitlines()[-1] == "frozen"


def test_a_pytest_run_with_the_suites_plugin_exits_so(tmp_path: Path) -> None:
    args = ["-p", "harness.suite.plugin", "-p", "no:cacheprovider", "-q", str(tmp_path)]
    call = f"import pytest; pytest.main({args!r})"
    assert _exit_state(call).splitlines()[-1] == "frozen"


def test_the_stacks_process_exits_so() -> None:
    # It answers, finds its standard input closed, stops its servers and ends; the suite waits for that.
    done = _probe("from harness.targets.stack_process import main; main()")
    assert '"is_url"' in done.stdout  # it did start and answer
    # After its answer the process writes to standard error only (harness.targets.stack_process).
    assert done.stderr.strip().splitlines()[-1] == "frozen", done.stderr


_STARTUP = """
import gc
from harness.shutdown import freeze_startup_heap
freeze_startup_heap()
after_startup = gc.get_freeze_count()
scenario_garbage = [[] for _ in range(1000)]
freeze_startup_heap()
print(after_startup > 0, gc.get_freeze_count() == after_startup)
"""


def test_start_up_is_frozen_once_and_what_scenarios_make_never() -> None:
    # A second call must not freeze the scenarios' objects: pytest's unraisable-exception check would
    # then never see their garbage.
    done = subprocess.run(
        [sys.executable, "-c", _STARTUP], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["True", "True"]
