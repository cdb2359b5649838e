"""``xlogin doctor``: check, before a run, that it can work; each failure has a one-line, actionable reason.

Issue 7, item 2: target reachable, TLS trusted, admin credentials accepted, the Twitter authenticator
installed, the browser launches, mock X reachable. The IS checks make the same calls, through the same
client (``IsAdmin``), as a run does, so what passes here passes there. Exit code rule for the CLI
(``exit_code``): 0 when every check passed, 2 (the harness could not run) otherwise.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from harness.browser import CHROMIUM_FLAGS, driver_compile_cache, find_chromium
from harness.clients.is_admin import IsAdmin
from harness.clients.is_http import IsRequestError
from harness.clients.is_idp import TWITTER_AUTHENTICATOR_NAME

if TYPE_CHECKING:
    from harness.config import HarnessSettings

__all__ = [
    "Check",
    "DoctorInputs",
    "browser_check",
    "exit_code",
    "first_failure",
    "inputs_from_settings",
    "is_checks",
    "launch_chromium",
    "mock_x_check",
    "run_doctor",
]

OK, COULD_NOT_RUN = 0, 2
_BROWSER_HINT = "install Debian's chromium or set HARNESS_BROWSER_PATH"
_MOCK_X_HEALTH = "/_mock/health"


@dataclass(frozen=True)
class Check:
    """One thing the doctor checked: its name, whether it passed, and why (one line)."""

    name: str
    ok: bool
    reason: str


@dataclass(frozen=True)
class DoctorInputs:
    """What the doctor needs from the settings; with ``x_mode`` "real" there is no mock X to reach."""

    is_url: str
    admin_user: str
    admin_password: str
    x_url: str | None
    x_mode: str = "mock"
    x_api_url: str = "https://api.twitter.com"
    x_api_key: str = ""
    x_api_secret: str = ""
    verify: bool | str = True
    browser_path: str | None = None
    browser_endpoint: str | None = None
    is_version: str | None = None
    timeout: float = 5.0

    def __repr__(self) -> str:  # the password never reaches a log through a repr
        return f"DoctorInputs(is_url={self.is_url!r}, admin_user={self.admin_user!r}, x_url={self.x_url!r})"


def inputs_from_settings(
    settings: HarnessSettings, is_url: str | None = None, x_url: str | None = None
) -> DoctorInputs:
    """Doctor inputs from a ``HarnessSettings``; ``is_url``/``x_url`` override it (an embedded stack's)."""
    return DoctorInputs(
        is_url=(is_url or settings.is_url or "").rstrip("/"),
        admin_user=settings.admin_user,
        admin_password=settings.admin_secret,
        x_url=x_url or settings.mock_x_url,
        x_mode=settings.x_mode,
        x_api_url=settings.x_api_url,
        x_api_key=settings.x_api_key or "",
        x_api_secret=settings.x_api_secret.get_secret_value() if settings.x_api_secret else "",
        verify=settings.verify,
        browser_path=settings.browser_path,
        browser_endpoint=settings.browser_endpoint,
        is_version=settings.is_version,
    )


def _cert_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _unreachable(what: str, url: str, exc: httpx.TransportError, timeout: float, hint: str) -> str:
    if isinstance(exc, httpx.TimeoutException):
        why = f"timed out after {timeout:g}s"
    elif isinstance(exc, httpx.ConnectError) and "refused" in str(exc).lower():
        why = "connection refused"
    else:
        why = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'}"
    return f"{what} at {url} is not reachable: {why}; {hint}"


def _tls_check(inputs: DoctorInputs, exc: BaseException | None) -> Check:
    url = inputs.is_url
    cert = _cert_error(exc) if exc is not None else None
    if cert is not None:
        detail = cert.verify_message or "certificate verify failed"
        reason = (
            f"IS at {url}: the certificate is not trusted ({detail}): pass --ca-bundle <pem> or --insecure"
        )
        return Check("TLS trust", False, reason)
    if not url.startswith("https://"):
        return Check("TLS trust", True, "plain HTTP: no certificate to check")
    if inputs.verify is False:
        return Check("TLS trust", True, "certificate not verified (--insecure)")
    source = f"CA bundle {inputs.verify}" if isinstance(inputs.verify, str) else "the system trust store"
    return Check("TLS trust", True, f"certificate trusted by {source}")


def _admin_checks(inputs: DoctorInputs, admin: IsAdmin) -> list[Check]:
    """Reachability, TLS and credentials from one authenticated call, the one a run makes first."""
    url = inputs.is_url
    try:
        admin.identity_providers.search(limit=1)
    except httpx.TransportError as exc:
        if _cert_error(exc) is not None:
            return [_tls_check(inputs, exc)]
        hint = "is it running? check --is-url"
        return [Check("IS reachable", False, _unreachable("IS", url, exc, inputs.timeout, hint))]
    except IsRequestError as exc:
        credentials = _refused(inputs, exc)
    else:
        credentials = Check(
            "admin credentials", True, f"admin {inputs.admin_user!r} accepted by the REST API"
        )
    return [Check("IS reachable", True, f"{url} answers"), _tls_check(inputs, None), credentials]


def _refused(inputs: DoctorInputs, exc: IsRequestError) -> Check:
    where = f"IS at {inputs.is_url}"
    if exc.status == 401:
        reason = (
            f"{where}: the admin credentials were refused (HTTP 401) for user {inputs.admin_user!r}: "
            "check --admin-user and XLOGIN_ADMIN_PASSWORD"
        )
    elif exc.status == 403:
        reason = f"{where}: user {inputs.admin_user!r} may not manage connections (HTTP 403): use an admin"
    else:
        reason = (
            f"{where} answered HTTP {exc.status} to the identity-providers API: is --is-url the IS base "
            "URL (with /t/<tenant> for a tenant)?"
        )
    return Check("admin credentials", False, reason)


def _twitter_check(inputs: DoctorInputs, admin: IsAdmin) -> Check:
    try:
        names = {str(a.get("name")) for a in admin.identity_providers.meta_federated_authenticators()}
    except (IsRequestError, httpx.TransportError) as exc:
        return Check("Twitter authenticator", False, f"could not list IS's federated authenticators: {exc}")
    if TWITTER_AUTHENTICATOR_NAME in names:
        return Check("Twitter authenticator", True, f"{TWITTER_AUTHENTICATOR_NAME} is installed")
    reason = (
        f"IS at {inputs.is_url} has no {TWITTER_AUTHENTICATOR_NAME} (meta/federated-authenticators): "
        "install the Twitter connector in IS"
    )
    return Check("Twitter authenticator", False, reason)


def _version_check(inputs: DoctorInputs) -> Check:
    # [GAP] is-rest-api.md documents no REST call that reports IS's version, so the doctor does not guess
    # one; it shows the version the configuration states, and says so when there is none.
    if inputs.is_version:
        return Check("IS version", True, f"IS {inputs.is_version} (as configured)")
    return Check("IS version", True, "not discoverable through IS's REST API; set is_version to report it")


def is_checks(inputs: DoctorInputs, transport: httpx.BaseTransport | None = None) -> list[Check]:
    """The checks of the IS target: reachable, TLS, admin credentials, Twitter authenticator, version."""
    with IsAdmin(
        inputs.is_url,
        inputs.admin_user,
        inputs.admin_password,
        verify=inputs.verify,
        timeout=inputs.timeout,
        transport=transport,
    ) as admin:
        checks = _admin_checks(inputs, admin)
        if all(c.ok for c in checks):
            checks += [_twitter_check(inputs, admin), _version_check(inputs)]
    return checks


def launch_chromium(path: str) -> None:
    """Launch Chromium at ``path`` headless, open a page, close it; raise if any of that fails.

    It runs in a thread of its own: Playwright's sync API refuses to start on a thread whose event
    loop is already running (as in a pytest session that already holds a browser).
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_launch_and_close, path).result()


def _launch_and_close(path: str) -> None:
    from playwright.sync_api import sync_playwright

    driver_compile_cache()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, timeout=30_000)
        try:
            browser.new_page().close()
        finally:
            browser.close()


def browser_check(
    inputs: DoctorInputs,
    find: Callable[[], str | None] = find_chromium,
    launch: Callable[[str], None] = launch_chromium,
) -> Check:
    """The browser the run would use is there and launches."""
    if inputs.browser_endpoint:
        return Check("browser", True, f"remote browser at {inputs.browser_endpoint} (not launched here)")
    path = inputs.browser_path or find()
    if not path:
        override = os.environ.get("HARNESS_BROWSER_PATH")
        where = f"HARNESS_BROWSER_PATH={override} is not an executable" if override else "no Chromium found"
        return Check("browser", False, f"{where}: {_BROWSER_HINT}")
    try:
        launch(path)
    except Exception as exc:  # Playwright raises its own Error types; any failure means "does not launch"
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return Check("browser", False, f"Chromium at {path} does not launch ({first}): {_BROWSER_HINT}")
    return Check("browser", True, f"Chromium at {path} launches")


def mock_x_check(inputs: DoctorInputs, transport: httpx.BaseTransport | None = None) -> Check:
    """Mock X answers its health probe; in real X mode (opt-in) X answers the app's request token."""
    if inputs.x_mode == "real":
        return real_x_check(inputs)
    hint = "start `xlogin mock-x serve` or check --mock-x-url"
    if not inputs.x_url:
        return Check("mock X", False, f"no mock X URL is configured: {hint}")
    url = inputs.x_url.rstrip("/")
    try:
        with httpx.Client(timeout=inputs.timeout, trust_env=False, transport=transport) as client:
            status = client.get(url + _MOCK_X_HEALTH).status_code
    except httpx.TransportError as exc:
        return Check("mock X", False, _unreachable("mock X", url, exc, inputs.timeout, hint))
    if status != 200:
        return Check("mock X", False, f"{url} answered HTTP {status} to {_MOCK_X_HEALTH}: not mock X; {hint}")
    return Check("mock X", True, f"mock X at {url} answers")


def real_x_check(inputs: DoctorInputs) -> Check:
    """Real X mode: X issues the configured app a request token for IS's ``/commonauth``, or says why not."""
    from harness.real_x.probe import ask_for_request_token

    callback = f"{inputs.is_url}/commonauth"
    try:
        answer = ask_for_request_token(inputs.x_api_url, inputs.x_api_key, inputs.x_api_secret, callback)
    except httpx.TransportError as exc:
        return Check("real X", False, _unreachable("X", inputs.x_api_url, exc, 20, "check x_api_url"))
    return Check("real X", answer.accepted, answer.describe())


def run_doctor(
    inputs: DoctorInputs,
    *,
    find_browser: Callable[[], str | None] = find_chromium,
    launch_browser: Callable[[str], None] = launch_chromium,
    transport: httpx.BaseTransport | None = None,
) -> list[Check]:
    """Every check, in order: IS (reachable, TLS, credentials, authenticator, version), browser, mock X."""
    checks = is_checks(inputs, transport)
    checks.append(browser_check(inputs, find_browser, launch_browser))
    checks.append(mock_x_check(inputs, transport))
    return checks


def first_failure(checks: list[Check]) -> str | None:
    """The reason of the first failed check (the CLI's one line), or None when all passed."""
    return next((c.reason for c in checks if not c.ok), None)


def exit_code(checks: list[Check]) -> int:
    """0 when every check passed, 2 (the harness could not run) otherwise."""
    return OK if all(c.ok for c in checks) else COULD_NOT_RUN
