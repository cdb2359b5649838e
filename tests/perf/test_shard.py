"""``harness.shard``: the split is deterministic, covers every item once, and is balanced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.shard import Shard, parse_shard, select

ids = st.lists(st.text(min_size=1, max_size=12), max_size=60, unique=True)


def test_parse_shard_reads_k_of_n() -> None:
    assert parse_shard("2/4") == Shard(2, 4)
    assert parse_shard(" 1 / 1 ") == Shard(1, 1)
    assert str(Shard(3, 5)) == "3/5"


@pytest.mark.parametrize("text", ["", "2", "0/2", "3/2", "a/b", "1/0", "-1/2", "1/2/3"])
def test_parse_shard_rejects_what_is_not_k_of_n(text: str) -> None:
    with pytest.raises(ValueError, match="shard"):
        parse_shard(text)


# No deadline: on a loaded CI box a slow example is the machine, not the code.
@settings(deadline=None)
@given(ids, st.integers(min_value=1, max_value=7))
def test_shards_cover_every_id_exactly_once_and_are_balanced(nodeids: list[str], total: int) -> None:
    parts = [select(nodeids, Shard(k, total)) for k in range(1, total + 1)]
    assert sorted(i for part in parts for i in part) == sorted(nodeids)
    sizes = [len(part) for part in parts]
    assert max(sizes) - min(sizes) <= 1


@settings(deadline=None)
@given(ids, st.randoms())
def test_the_split_does_not_depend_on_collection_order(nodeids: list[str], rnd: object) -> None:
    shuffled = list(nodeids)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert select(shuffled, Shard(1, 3)) == select(nodeids, Shard(1, 3))


def _collect(tmp_path: Path, *args: str, shard_env: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_many.py").write_text(
        "import pytest\n\n@pytest.mark.parametrize('n', range(7))\ndef test_n(n):\n    pass\n"
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    command = [sys.executable, "-m", "pytest", "-p", "harness.shard", "--co", "-q", "-p", "no:cacheprovider"]
    # Only the plugin under test: the venv's other plugins would cost seconds of start-up per child. The
    # caller's PYTEST_ADDOPTS stays out too: "-v" beside this "-q" prints a tree instead of node ids.
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    env |= {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "XLOGIN_SHARD": shard_env}
    return subprocess.run(
        [*command, *args], cwd=tmp_path, capture_output=True, text=True, check=False, env=env
    )


def _ids(done: subprocess.CompletedProcess[str]) -> set[str]:
    return {line for line in done.stdout.splitlines() if "::" in line}


def test_the_plugin_keeps_its_shard_and_deselects_the_rest(tmp_path: Path) -> None:
    first, second = _collect(tmp_path, "--shard", "1/2"), _collect(tmp_path, "--shard=2/2")
    assert first.returncode == second.returncode == 0, first.stdout + first.stderr
    assert len(_ids(first)) == 4 and len(_ids(second)) == 3
    assert _ids(first).isdisjoint(_ids(second))
    assert _ids(first) | _ids(second) == _ids(_collect(tmp_path))
    assert "3 deselected" in first.stdout


def test_the_shard_can_come_from_the_environment(tmp_path: Path) -> None:
    from_env = _collect(tmp_path, shard_env="2/2")
    assert _ids(from_env) == _ids(_collect(tmp_path, "--shard", "2/2"))


def test_a_malformed_shard_is_a_usage_error(tmp_path: Path) -> None:
    done = _collect(tmp_path, "--shard", "3/2")
    assert done.returncode == 4  # pytest.ExitCode.USAGE_ERROR
    assert "K must be between 1 and N" in done.stderr
