"""``cleanup``: removes exactly the journal's pending objects from a live IS simulator, nothing else."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_support import Seeded, listing, seed, snapshot

from harness.clients.is_admin import IsAdmin
from harness.journal import Journal, cleanup, journals_under, run_cleanup
from harness.targets.server import BackgroundServer, bind_loopback
from mock_is.app import create_app
from mock_is.settings import IsSettings

_HEALTH = "/oauth2/token/.well-known/openid-configuration"


@pytest.fixture(scope="module")
def is_server() -> Iterator[BackgroundServer]:
    """The IS simulator alone, on a loopback port."""
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(IsSettings(public_url=url, admin_password="cleanup-admin-pw"))
    with BackgroundServer(app, sock=sock, health_path=_HEALTH) as server:
        yield server


@pytest.fixture
def admin(is_server: BackgroundServer) -> Iterator[IsAdmin]:
    with IsAdmin(is_server.url, "admin", "cleanup-admin-pw") as client:
        yield client


@pytest.fixture
def prefix() -> str:
    return f"xlc{secrets.token_hex(3)}"


@pytest.fixture
def journal(tmp_path: Path, prefix: str) -> Journal:
    return Journal(tmp_path / "journals" / "run.jsonl", prefix)


@pytest.fixture
def seeded(admin: IsAdmin) -> Seeded:
    return seed(admin)


def admin_url(admin: IsAdmin) -> str:
    return str(admin.http.base_url)


def _connection(journal: Journal, admin: IsAdmin, name: str) -> str:
    """Create a connection the way World does it: journal first, then the call."""

    def create() -> dict[str, object]:
        return admin.identity_providers.create_connection(name)

    _, idp = journal.track("connection", name, admin_url(admin), create, lambda made: str(made["id"]))
    admin.identity_providers.put_twitter_authenticator(str(idp["id"]), "key", "api-secret-of-the-test")
    return str(idp["id"])


def _application(journal: Journal, admin: IsAdmin, name: str, connection: str) -> str:
    def create() -> str:
        return admin.applications.create_oidc_app(name, ["https://app.example/cb"])

    _, app_id = journal.track("application", name, admin_url(admin), create)
    admin.applications.add_sign_in_option(app_id, connection, "TwitterAuthenticator")
    return app_id


def test_created_objects_are_removed_newest_first_and_seeded_ones_kept(
    admin: IsAdmin, journal: Journal, seeded: Seeded, prefix: str
) -> None:
    """The application goes before the connection it uses (a non-forced delete would fail otherwise)."""
    before = snapshot(admin, seeded)
    _connection(journal, admin, f"{prefix}-X-1")
    _application(journal, admin, f"{prefix}-app-2", f"{prefix}-X-1")
    user_entry = journal.intend("user", f"{prefix}-user-3", admin_url(admin))
    journal.created(user_entry, str(admin.users.create(f"{prefix}-user-3", "Pw-123456789")["id"]))
    result = cleanup(journal, admin)
    assert [(o.entry.kind, o.result) for o in result.outcomes] == [
        ("user", "removed"), ("application", "removed"), ("connection", "removed")
    ]  # fmt: skip
    assert result.ok and journal.pending() == []
    assert admin.identity_providers.find_by_name(f"{prefix}-X-1") is None
    assert admin.applications.find_by_name(f"{prefix}-app-2") is None
    assert admin.users.find_by_username(f"{prefix}-user-3") is None
    assert snapshot(admin, seeded) == before


def test_an_intended_entry_is_found_by_its_exact_name(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    """The process died during the call: the object exists but the journal has no id for it."""
    journal.intend("connection", f"{prefix}-X-9", admin_url(admin))
    admin.identity_providers.create_connection(f"{prefix}-X-9")
    journal.intend("application", f"{prefix}-app-never", admin_url(admin))
    result = cleanup(journal, admin)
    assert [o.result for o in result.outcomes] == ["never created", "removed"]
    assert admin.identity_providers.find_by_name(f"{prefix}-X-9") is None
    assert journal.pending() == []


def test_a_namesake_without_the_prefix_is_not_touched(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    """An unprefixed name found on the target is someone else's until proven ours."""
    name = f"alice-{prefix}"  # carries the prefix, but not as the prefix: not a name the harness makes
    user = admin.users.create(name, "Pw-123456789")
    journal.intend("user", name, admin_url(admin))
    result = cleanup(journal, admin)
    assert [o.result for o in result.outcomes] == ["not ours"] and not result.ok
    assert admin.users.find_by_username(name) is not None
    assert [e.name for e in journal.pending()] == [name]
    admin.users.delete(str(user["id"]))


def test_a_jit_user_linked_to_our_connection_is_ours(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    """IS names a JIT user after the X account; its link to one of our connections proves it ours."""
    _connection(journal, admin, f"{prefix}-X-4")
    x_id = str(secrets.randbelow(10**18))
    journal.intend("user", x_id, admin_url(admin))
    user = admin.users.create(x_id, "Pw-123456789")
    admin.associations.add(str(user["id"]), f"{prefix}-X-4", x_id)
    result = cleanup(journal, admin)
    assert [(o.entry.kind, o.result) for o in result.outcomes] == [
        ("user", "removed"),
        ("connection", "removed"),
    ]
    assert admin.users.find_by_username(x_id) is None


def test_an_object_already_gone_counts_as_removed(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    idp_id = _connection(journal, admin, f"{prefix}-X-5")
    admin.identity_providers.delete(idp_id)
    result = cleanup(journal, admin)
    assert [o.result for o in result.outcomes] == ["already gone"] and result.ok
    assert journal.pending() == []


def test_entries_of_another_target_are_left_alone(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    other = journal.intend("connection", f"{prefix}-X-6", "https://other-is.example:9443")
    journal.created(other, "same-ids-mean-nothing-elsewhere")
    assert cleanup(journal, admin).outcomes == []
    assert [e.id for e in journal.pending()] == [other]


def test_a_connection_an_app_not_ours_uses_is_refused_not_forced(
    admin: IsAdmin, journal: Journal, seeded: Seeded, prefix: str
) -> None:
    """Cleanup never forces: IS refuses to delete a connection someone else's application uses."""
    _connection(journal, admin, f"{prefix}-X-7")
    admin.applications.add_sign_in_option(seeded.app_id, f"{prefix}-X-7", "TwitterAuthenticator")
    before = snapshot(admin, seeded)
    result = cleanup(journal, admin)
    assert [o.result for o in result.outcomes] == ["failed"] and not result.ok
    assert snapshot(admin, seeded) == before


def test_run_cleanup_prints_each_removal_and_exits_0(
    admin: IsAdmin, journal: Journal, is_server: BackgroundServer, prefix: str
) -> None:
    """What ``xlogin cleanup --all`` does: every journal under reports/journals, one line per object."""
    _connection(journal, admin, f"{prefix}-X-8")
    lines: list[str] = []
    paths = journals_under(journal.path.parent.parent)
    assert paths == [journal.path]
    code = run_cleanup(paths, lambda url: IsAdmin(url, "admin", "cleanup-admin-pw"), lines.append)
    assert code == 0 and len(lines) == 1
    assert f"removed connection {prefix}-X-8" in lines[0] and is_server.url in lines[0]
    assert run_cleanup(paths, lambda url: IsAdmin(url, "admin", "x"), lines.append) == 0
    assert lines[-1].endswith("nothing to clean up")


def test_run_cleanup_exits_2_when_something_is_left(admin: IsAdmin, journal: Journal, prefix: str) -> None:
    _connection(journal, admin, f"{prefix}-X-10")
    lines: list[str] = []
    refused = run_cleanup([journal.path], lambda url: IsAdmin(url, "admin", "wrong-password"), lines.append)
    assert refused == 2 and "failed connection" in lines[0] and "401" in lines[0]
    assert [e.name for e in journal.pending()] == [f"{prefix}-X-10"]
    listing_before = listing(admin)
    assert (
        run_cleanup([journal.path], lambda url: IsAdmin(url, "admin", "cleanup-admin-pw"), lines.append) == 0
    )
    assert listing(admin) != listing_before
