"""Finding Chromium: the user's explicit path first, then the system's, then Playwright's download."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from harness import browser
from harness.browser import IDLE_UI_FEATURES


def _fake_exe(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


@pytest.fixture
def no_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A machine with no system Chromium and an empty Playwright cache under ``tmp_path``."""
    monkeypatch.delenv("HARNESS_BROWSER_PATH", raising=False)
    monkeypatch.delenv("XLOGIN_BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "pw"))
    real_executable = browser._executable
    monkeypatch.setattr(
        browser, "_executable", lambda p: None if p == "/usr/bin/chromium" else real_executable(p)
    )
    return tmp_path


def test_explicit_path_wins(no_system: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = _fake_exe(no_system / "my" / "chrome")
    _fake_exe(no_system / "bin" / "chromium")
    monkeypatch.setenv("HARNESS_BROWSER_PATH", exe)
    assert browser.find_chromium() == exe


def test_explicit_path_that_is_wrong_is_an_error(no_system: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_exe(no_system / "bin" / "chromium")
    monkeypatch.setenv("HARNESS_BROWSER_PATH", str(no_system / "missing"))
    assert browser.find_chromium() is None
    with pytest.raises(browser.BrowserNotFound, match="HARNESS_BROWSER_PATH"):
        browser.ensure_chromium()


def test_system_browser_on_path(no_system: Path) -> None:
    exe = _fake_exe(no_system / "bin" / "google-chrome")
    assert browser.find_chromium() == exe


def test_playwright_download_last(no_system: Path) -> None:
    assert browser.find_chromium() is None
    exe = _fake_exe(no_system / "pw" / "chromium-1200" / "chrome-linux" / "chrome")
    assert browser.find_chromium() == exe


def test_ensure_installs_when_missing_and_reports_failure(
    no_system: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def apt_fails() -> bool:
        calls.append("apt")
        return False

    def playwright_installs() -> bool:
        calls.append("pw")
        return bool(_fake_exe(no_system / "pw" / "chromium-1" / "chrome-linux" / "chrome"))

    monkeypatch.setattr(browser, "_install_with_apt", apt_fails)
    monkeypatch.setattr(browser, "_install_with_playwright", playwright_installs)
    assert browser.ensure_chromium().endswith("chrome") and calls == ["apt", "pw"]
    os.remove(browser.ensure_chromium())
    monkeypatch.setattr(browser, "_install_with_playwright", lambda: False)
    with pytest.raises(browser.BrowserNotFound, match="could not be installed"):
        browser.ensure_chromium()


def test_flags_keep_chromium_off_the_network() -> None:
    assert {"--no-sandbox", "--disable-quic", "--disable-background-networking"} <= set(
        browser.CHROMIUM_FLAGS
    )


def test_xlogin_browser_path_from_the_cli_counts_too(
    no_system: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = _fake_exe(no_system / "cli" / "chrome")
    monkeypatch.setenv("XLOGIN_BROWSER_PATH", exe)
    assert browser.find_chromium() == exe


def _disabled(switches: list[str]) -> list[set[str]]:
    prefix = "--disable-features="
    return [set(s.removeprefix(prefix).split(",")) for s in switches if s.startswith(prefix)]


@pytest.mark.e2e
def test_the_launched_chromium_keeps_playwrights_features_off_and_preloads_no_omnibox_popup(
    browser: Browser,
) -> None:
    """The suite's own browser (launched with ``harness.fixtures``' flags): Chromium honours only its last
    --disable-features, so ours must hold Playwright's as well as its own, and a new context (a hidden
    window) must open no WebUI beside its page."""
    context = browser.new_context()
    try:
        version = context.new_page()
        version.goto("chrome://version")  # its "Command Line" row is the browser's own command line
        switches = version.locator("#command_line").inner_text().split()
        fresh = browser.new_context()
        fresh.new_page().goto("about:blank")
        targets = browser.new_browser_cdp_session().send("Target.getTargets")["targetInfos"]
        fresh.close()
    finally:
        context.close()
    *playwrights, effective = _disabled(switches)
    assert playwrights and all(earlier <= effective for earlier in playwrights), switches
    assert set(IDLE_UI_FEATURES) <= effective
    assert not [t["url"] for t in targets if "omnibox-popup" in t["url"]], targets


def test_playwrights_list_is_read_from_the_driver_and_without_it_no_flag_is_added(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "PaintHolding" in browser.playwright_disabled_features()  # playwright#28023
    monkeypatch.setattr(browser, "playwright_disabled_features", list)
    assert browser._disable_features_flag() == []


def test_the_drivers_compile_cache_goes_under_the_users_cache_and_yields_to_their_choice(
    tmp_path: Path,
) -> None:
    environ = {"XDG_CACHE_HOME": str(tmp_path)}
    folder = browser.driver_compile_cache(environ)
    assert folder == str(tmp_path / "xlogin" / "node-compile-cache") == environ["NODE_COMPILE_CACHE"]
    for chosen in ({"NODE_COMPILE_CACHE": "/elsewhere"}, {"NODE_DISABLE_COMPILE_CACHE": "1"}):
        assert browser.driver_compile_cache(dict(chosen)) is None
    assert browser.driver_compile_cache(bare := {}) == str(Path.home() / ".cache/xlogin/node-compile-cache")
    assert bare["NODE_COMPILE_CACHE"] == str(Path.home() / ".cache/xlogin/node-compile-cache")


_START_DRIVER = "from playwright.sync_api import sync_playwright\nwith sync_playwright(): pass\n"


def test_playwrights_driver_keeps_its_compiled_code_in_that_folder(tmp_path: Path) -> None:
    # Node writes the cache as the driver exits; a driver that ignored the variable would leave it empty.
    environ = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    environ.pop("NODE_COMPILE_CACHE", None)
    environ.pop("NODE_DISABLE_COMPILE_CACHE", None)
    folder = Path(browser.driver_compile_cache(environ) or "")
    subprocess.run([sys.executable, "-c", _START_DRIVER], env=environ, check=True, timeout=60)
    cached = [p for p in folder.rglob("*") if p.is_file()]
    assert cached and sum(p.stat().st_size for p in cached) > 100_000, cached
