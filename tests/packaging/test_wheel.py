"""The package: ``pip wheel .`` builds a wheel holding everything a run needs (the suite's bindings and
pytest.ini, the features and catalog, the templates, the Console's bundle), and the ``xlogin`` it installs
runs the suite from any working directory.

The wheel goes into a fresh virtual environment of its own (no editable install in sight); its
dependencies come from the project's environment through a path file, so the test needs no download.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDED = (
    "harness/suite/pytest.ini",
    "harness/suite/conftest.py",
    "harness/suite/test_try_it_out.py",
    "xlogin_features/catalog.yaml",
    "xlogin_features/try_it_out.feature",
    "xlogin_features/add-x-login.doc.txt",
    "harness/report/templates/report.html",
    "mock_is/templates/login.html",
    "mock_is/console/bundle/index.html",
    "mock_is/console/PROVENANCE.md",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("x_login_conformance-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with only the wheel installed (``--no-deps``), borrowing the dependencies."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # A plain path line: the project's site-packages joins sys.path after the venv's own, and its .pth files
    # (the editable install's finder among them) are not run, so `harness` is the wheel's.
    Path(site, "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return venv


def test_the_wheel_holds_what_a_run_needs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in NEEDED if n not in names]
    assert missing == [], f"the wheel lacks {missing}"
    assert any(n.startswith("mock_is/console/bundle/assets/") and n.endswith(".js") for n in names)
    assert not any("node_modules" in n or n.startswith("tests/") for n in names)


def test_the_installed_xlogin_runs_the_suite_from_another_folder(installed: Path, tmp_path: Path) -> None:
    xlogin = installed / "bin" / "xlogin"
    where = subprocess.run(
        [installed / "bin" / "python", "-c", "import harness; print(harness.__file__)"],
        cwd=tmp_path, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert str(installed) in where, f"harness was not imported from the wheel: {where}"
    names = subprocess.run([xlogin, "profiles", "--names"], capture_output=True, text=True, check=True)
    assert "7.1" in names.stdout.split()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XLOGIN_", "PYTEST_"))}
    done = subprocess.run(
        [xlogin, "run", "--driver", "api", "--no-snapshot", "-k", "first_login_with_x_creates"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    summary = json.loads((tmp_path / "reports" / "latest" / "summary.json").read_text())
    assert summary["totals"]["passed"] >= 1 and summary["conformant"]
    assert (tmp_path / "reports" / "latest" / "index.html").is_file()
    assert shutil.which("xlogin", path=str(installed / "bin"))
