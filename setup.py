"""Build steps pyproject.toml cannot say: the packages (features/ ships as ``xlogin_features``, the suite's
Gherkin as package data) and the simulated Console's bundle, built from mock_is/console/frontend when a
source tree has none (``make console`` does the same), so ``pip wheel .`` makes a wheel whose Console
works."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
FRONTEND = ROOT / "mock_is" / "console" / "frontend"
BUNDLE = ROOT / "mock_is" / "console" / "bundle"


class BuildWithConsole(build_py):
    """``build_py`` that first builds the Console's bundle if it is missing."""

    def run(self) -> None:
        if not (BUNDLE / "index.html").is_file():
            npm = shutil.which("npm")
            if npm is None:
                raise SystemExit("the Console's bundle is not built and npm is missing: install Node.js 20")
            npx = shutil.which("npx") or "npx"
            subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=FRONTEND, check=True)
            subprocess.run([npx, "--no-install", "vite", "build"], cwd=FRONTEND, check=True)
        super().run()


setup(
    packages=[*find_packages(include=["mock_x*", "mock_is*", "harness*", "steps*"]), "xlogin_features"],
    package_dir={"xlogin_features": "features"},
    cmdclass={"build_py": BuildWithConsole},
)
