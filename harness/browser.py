"""Find (or install) the Chromium the harness drives, and the flags it runs with.

Order of preference: ``HARNESS_BROWSER_PATH``, a system Chromium on PATH (Debian's ``chromium``),
then Playwright's own downloaded browser. ``python -m harness.browser`` makes sure one exists and prints
its path (the Makefile calls it on every run, so it returns at once when Chromium is already there).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from collections.abc import MutableMapping
from pathlib import Path

__all__ = [
    "CHROMIUM_FLAGS",
    "BrowserNotFound",
    "driver_compile_cache",
    "ensure_chromium",
    "find_chromium",
    "main",
]

# Chromium features the harness switches off beside Playwright's own. Headless Chromium is the whole browser
# with hidden windows, and each new window (one per browser context) preloads the omnibox's two WebUI
# popups (chrome://omnibox-popup.top-chrome/, a renderer each): about 1.4 of the 1.9 CPU-s a new context
# cost here, for a popup no headless run ever opens (docs/performance.md, "Where a run's CPU goes").
IDLE_UI_FEATURES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "PreloadTopChromeWebUI")


def playwright_disabled_features() -> list[str]:
    """The features Playwright's driver disables in every Chromium it launches (its ``disabledFeatures``),
    read from the driver this venv runs; [] when its bundle does not have that list where expected.

    Chromium honours only the last ``--disable-features`` on its command line, and Playwright puts its own
    before the caller's flags, so a flag of ours must repeat Playwright's list or it would switch those
    features back on (tests/harness/test_browser.py checks the launched browser's command line)."""
    import playwright

    lib = Path(playwright.__file__).parent / "driver" / "package" / "lib"
    for source in (lib / "coreBundle.js", lib / "server" / "chromium" / "chromiumSwitches.js"):
        try:
            text = source.read_text(encoding="utf-8")
        except OSError:
            continue
        start = text.find("disabledFeatures = [")
        if start >= 0:
            body = re.sub(r"//[^\n]*", "", text[start : text.find("]", start)])
            return re.findall(r'"([A-Za-z0-9_]+)"', body)
    return []


def _disable_features_flag() -> list[str]:
    playwrights = playwright_disabled_features()
    # Without Playwright's list, a flag of ours would drop it: then the preloads stay (slower, not wrong).
    return [f"--disable-features={','.join([*playwrights, *IDLE_UI_FEATURES])}"] if playwrights else []


# No sandbox: CI containers run as root without user namespaces. The rest keep Chromium off the network
# (no QUIC, no background fetches, no component or sync updates): the harness talks only to loopback.
CHROMIUM_FLAGS: list[str] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    *_disable_features_flag(),
]

_SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def driver_compile_cache(environ: MutableMapping[str, str] = os.environ) -> str | None:
    """Let Playwright's Node driver keep its compiled JavaScript between runs; the folder, or None when
    ``environ`` already says what to do (``NODE_COMPILE_CACHE`` set, or ``NODE_DISABLE_COMPILE_CACHE``).

    The driver is 7 MB of bundled JavaScript that Node compiles at every start: with Node's compile cache
    (keyed by each file's contents and Node's version, so an upgraded Playwright never reads a stale
    entry) it starts in 0.37-0.55 s instead of 0.56-0.68 s here, 0.1-0.2 CPU-s less (docs/performance.md,
    "The stack answers before SCIM is loaded"). A folder Node cannot write only leaves the cache off. Call
    it before Playwright starts: the driver inherits this process's environment."""
    if "NODE_COMPILE_CACHE" in environ or "NODE_DISABLE_COMPILE_CACHE" in environ:
        return None
    cache_home = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = str(Path(cache_home) / "xlogin" / "node-compile-cache")
    environ["NODE_COMPILE_CACHE"] = folder
    return folder


class BrowserNotFound(RuntimeError):
    """No Chromium could be found or installed."""


def _executable(path: str | None) -> str | None:
    return path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None


def _playwright_chromium() -> str | None:
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache" / "ms-playwright")
    patterns = ("chromium-*/chrome-linux*/chrome", "chromium_headless_shell-*/chrome-*/headless_shell")
    for pattern in patterns:
        for candidate in sorted(glob.glob(os.path.join(root, pattern)), reverse=True):
            if _executable(candidate):
                return candidate
    return None


def _override() -> str | None:
    # HARNESS_BROWSER_PATH is the user's knob (README, Makefile); XLOGIN_BROWSER_PATH is what `xlogin run`
    # hands the pytest process (harness.config), so both name the same choice.
    return os.environ.get("HARNESS_BROWSER_PATH") or os.environ.get("XLOGIN_BROWSER_PATH")


def find_chromium() -> str | None:
    """Path of a usable Chromium, or None when there is none."""
    override = _override()
    if override:
        # An explicit choice is never second-guessed: a wrong path is an error, not a fallback.
        return _executable(override)
    for candidate in ("/usr/bin/chromium", *_SYSTEM_NAMES):
        found = _executable(candidate) if candidate.startswith("/") else shutil.which(candidate)
        if found:
            return found
    return _playwright_chromium()


def _run(command: list[str]) -> bool:
    print("+ " + " ".join(command), file=sys.stderr, flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(command, check=False, stdout=sys.stderr, env=env).returncode == 0


def _install_with_apt() -> bool:
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return False
    return _run(["apt-get", "update"]) and _run(["apt-get", "install", "-y", "chromium"])


def _install_with_playwright() -> bool:
    return _run([sys.executable, "-m", "playwright", "install", "chromium"])


def ensure_chromium() -> str:
    """Path of Chromium, installing it (apt as root, else Playwright) when it is missing."""
    found = find_chromium()
    if found:
        return found
    override = _override()
    if override:
        raise BrowserNotFound(f"HARNESS_BROWSER_PATH={override} is not an executable file")
    for install in (_install_with_apt, _install_with_playwright):
        if install() and (found := find_chromium()):
            return found
    raise BrowserNotFound(
        "Chromium is missing and could not be installed (apt-get as root, then `playwright install "
        "chromium`); install it or set HARNESS_BROWSER_PATH to its executable"
    )


def main() -> int:
    """Entry point of ``python -m harness.browser``: print the Chromium path, or the reason there is none."""
    try:
        print(ensure_chromium())
    except BrowserNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
