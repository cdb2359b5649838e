"""Helpers of the safety tests: seed a target with objects of our own, snapshot it, run the suite at it.

The suite runs in a child process exactly as a user runs it against their own IS (``XLOGIN_TARGET=
external``, harness/fixtures.py), so these tests go through the code path a real deployment sees.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.clients.is_admin import IsAdmin
from harness.clients.is_idp import TWITTER_AUTHENTICATOR_ID, TWITTER_AUTHENTICATOR_NAME
from harness.report.runner import PROJECT_ROOT

# The whole features suite, on a slow or busy machine; override with XLOGIN_SAFETY_SUITE_TIMEOUT.
SUITE_TIMEOUT = float(os.environ.get("XLOGIN_SAFETY_SUITE_TIMEOUT", "900"))
# A few selected scenarios, not the whole suite: a run that hangs fails in minutes.
_SELECTION_TIMEOUT = 180
_IDPS = "/api/server/v1/identity-providers"
_APPS = "/api/server/v1/applications"
_SCIM_JSON = {"Accept": "application/scim+json"}


@dataclass(frozen=True)
class Endpoints:
    """Where a target is and how to administer it (what ``xlogin serve --json`` prints)."""

    is_url: str
    x_url: str
    app_url: str
    admin_user: str
    admin_password: str

    def admin(self) -> IsAdmin:
        """An admin client of the target's IS."""
        return IsAdmin(self.is_url, self.admin_user, self.admin_password)


@dataclass
class Seeded:
    """The objects a test put on the target before the run: ids, and the secrets they hold."""

    connection_id: str
    app_id: str
    user_ids: list[str]
    secrets: list[str] = field(default_factory=list)


def seed(admin: IsAdmin) -> Seeded:
    """A connection with a Twitter authenticator, an application using it, and two users: none ours."""
    tag = secrets.token_hex(3)
    api_secret, passwords = secrets.token_urlsafe(24), [secrets.token_urlsafe(16) + "A1!" for _ in range(2)]
    idp = admin.identity_providers.create_connection(
        f"Seeded X {tag}", "an object the harness must not touch"
    )
    admin.identity_providers.put_twitter_authenticator(
        str(idp["id"]), f"seeded-key-{tag}", api_secret, "https://seeded.example/commonauth"
    )
    app_id = admin.applications.create_oidc_app(f"Seeded app {tag}", ["https://seeded.example/callback"])
    admin.applications.add_sign_in_option(app_id, str(idp["name"]), TWITTER_AUTHENTICATOR_NAME)
    users = [
        admin.users.create(f"seeded-{who}-{tag}", pw, email=f"{who}-{tag}@seeded.example")
        for who, pw in zip(("alice", "bob"), passwords, strict=True)
    ]
    client_secret = admin.applications.oidc_credentials(app_id).client_secret or ""
    kept = [api_secret, *passwords, client_secret]
    return Seeded(str(idp["id"]), app_id, [str(u["id"]) for u in users], [s for s in kept if s])


def snapshot(admin: IsAdmin, seeded: Seeded) -> dict[str, str]:
    """The seeded objects as the REST API shows them: each GET's body, as text."""
    idp = f"{_IDPS}/{seeded.connection_id}"
    paths = [
        idp,
        f"{idp}/federated-authenticators/{TWITTER_AUTHENTICATOR_ID}",
        f"{idp}/provisioning/jit",
        f"{idp}/claims",
        f"{_APPS}/{seeded.app_id}",
        f"{_APPS}/{seeded.app_id}/inbound-protocols/oidc",
        *(f"/scim2/Users/{user_id}" for user_id in seeded.user_ids),
    ]
    return {path: _text(admin, path) for path in paths}


def listing(admin: IsAdmin) -> dict[str, str]:
    """Every connection, application and user on the target, as the list APIs show them (text)."""
    return {
        "connections": _text(admin, f"{_IDPS}?limit=1000"),
        "applications": _text(admin, f"{_APPS}?limit=1000"),
        "users": _text(admin, "/scim2/Users?count=1000"),
    }


def listing_change(kind: str, before: str, after: str) -> str:
    """What differs between two ``listing`` texts of ``kind``, by name, for a person to read."""
    key, names = {"users": ("Resources", "userName"), "applications": ("applications", "name")}.get(
        kind, ("identityProviders", "name")
    )
    old = {str(i[names]): i for i in json.loads(before).get(key, [])}
    new = {str(i[names]): i for i in json.loads(after).get(key, [])}
    changed = sorted(n for n in old.keys() & new.keys() if old[n] != new[n])
    return (f"{kind} left behind by the run: {sorted(new.keys() - old.keys())}; gone: "
            f"{sorted(old.keys() - new.keys())}; changed: {changed}")  # fmt: skip


def _text(admin: IsAdmin, path: str) -> str:
    response = admin.http.get(path, headers=_SCIM_JSON if path.startswith("/scim2") else None)
    response.raise_for_status()
    return response.text


def names_with_prefix(admin: IsAdmin, prefix: str) -> list[str]:
    """Connections, applications and users whose name starts with the run prefix."""
    names = [str(i["name"]) for i in admin.identity_providers.search(limit=1000)]
    names += [str(a["name"]) for a in admin.applications.search(limit=1000)]
    users = admin.http.get("/scim2/Users", params={"count": 1000}, headers=_SCIM_JSON).json()
    names += [str(u["userName"]) for u in users.get("Resources", [])]
    return sorted(n for n in names if n.startswith(prefix))


def external_env(target: Endpoints, prefix: str, **extra: str) -> dict[str, str]:
    """The environment of a suite run against ``target`` as an external IS (harness/fixtures.py); without
    an ``app_url`` the suite serves its own sample app."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XLOGIN_", "PYTEST_"))}
    app = {"XLOGIN_APP_URL": target.app_url} if target.app_url else {}
    env.update(
        XLOGIN_TARGET="external",
        XLOGIN_IS_URL=target.is_url,
        XLOGIN_X_URL=target.x_url,
        **app,
        XLOGIN_ADMIN_USER=target.admin_user,
        XLOGIN_ADMIN_PASSWORD=target.admin_password,
        XLOGIN_RUN_PREFIX=prefix,
        **extra,
    )
    return env


def features_command(*extra: str) -> list[str]:
    """The conformance suite (``harness.suite``, as ``xlogin run`` runs it) ``-q`` plus ``extra``."""
    from harness.selftest import suite_args

    return [sys.executable, "-m", "pytest", *suite_args(), "-q", "-p", "no:randomly", *extra]


def run_features(env: dict[str, str], report: Path, selection: str) -> tuple[int, str, dict[str, Any]]:
    """Run the scenarios ``-k selection`` with ``env``, reporting to ``report``: the exit status, the
    output and the report's ``summary.json``."""
    command = features_command("-k", selection, f"--xlogin-report-dir={report}")
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=_SELECTION_TIMEOUT
    )
    return done.returncode, done.stdout, json.loads((report / "summary.json").read_text())


def start_features(env: dict[str, str], log: Path, *extra: str) -> subprocess.Popen[bytes]:
    """Start the features suite in its own process group (so a kill reaches its browser too)."""
    with log.open("wb") as out:
        return subprocess.Popen(
            features_command(*extra), cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the process group this test started (the suite, its browser), and reap the leader."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


def wait_until(condition: Callable[[], bool], timeout: float, poll: float = 0.05) -> bool:
    """Poll ``condition()`` until it is true or ``timeout`` seconds pass; whether it became true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(poll)
    return False
