"""Checks of the local accounts IS keeps, through what IS exposes (SCIM 2.0, federated associations).

Failure messages speak the doc's language ("JIT provisioning made no local account") and say what IS
showed instead, so a failing scenario reads as a broken promise, not as a bare ``assert``.
"""

from __future__ import annotations

from typing import Any

from harness.world import Connection, World

__all__ = [
    "USER_SOURCE_ID",
    "expect_account",
    "expect_managed_by",
    "expect_no_account",
    "scim_attribute",
    "source_of",
    "split_user_name",
    "userstore_of",
]

JSON = dict[str, Any]
_WSO2 = "urn:scim:wso2:schema"
USER_SOURCE_ID = "userSourceId"
# Where SCIM shows each local attribute the scenarios name (Console display name → SCIM path).
_SCIM_PATHS: dict[str, tuple[str, ...]] = {
    "Username": ("userName",),
    "Email": ("emails",),
    "First Name": ("name", "givenName"),
    "Last Name": ("name", "familyName"),
    "Full Name": ("name", "formatted"),
    "Nick Name": ("nickName",),
    "Display Name": ("displayName",),
    "URL": ("profileUrl",),
    "Photo URL": ("photos",),
    "Country": (_WSO2, "country"),
}


def _first_value(values: Any) -> str | None:
    if not isinstance(values, list) or not values:
        return None
    primary = next((v for v in values if isinstance(v, dict) and v.get("primary")), values[0])
    return str(primary.get("value")) if isinstance(primary, dict) else str(primary)


def scim_attribute(user: JSON, local_attribute: str) -> str | None:
    """The value of the local attribute (Console display name) in a SCIM user, or None when it has none."""
    path = _SCIM_PATHS[local_attribute]
    if path[0] in ("emails", "photos"):
        return _first_value(user.get(path[0]))
    value: Any = user
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return None if value in (None, "") else str(value)


def source_of(user: JSON) -> str | None:
    """The account's ``userSourceId`` (the connection it came from) when SCIM shows one."""
    source = (user.get(_WSO2) or {}).get(USER_SOURCE_ID)
    return None if source is None else str(source)


def split_user_name(user_name: str) -> tuple[str, str]:
    """SCIM's ``DOMAIN/name`` as (the userstore domain, upper-case, PRIMARY without one; the bare name)."""
    domain, _, bare = user_name.partition("/") if "/" in user_name else ("PRIMARY", "", user_name)
    return domain.upper(), bare


def userstore_of(user: JSON) -> str:
    """The userstore domain of a SCIM user: the ``DOMAIN/`` prefix of its userName, PRIMARY without one."""
    return split_user_name(str(user.get("userName", "")))[0]


def expect_account(
    world: World, subject: str, connection: Connection, why: str, names: tuple[str, ...] = ()
) -> JSON:
    """The account JIT provisioning linked to ``subject`` at ``connection``, whatever IS named it (the
    names it may have given it first: ``names``); fails saying what was expected (``why``)."""
    user = world.jit_account(connection, subject, (subject, *names))
    if user is None:
        raise AssertionError(
            f"JIT provisioning made no local account: no user is linked to {subject!r} at connection "
            f"{connection.name!r} after the first login (expected {why})"
        )
    return user


def expect_no_account(
    world: World, subject: str, connection: Connection, names: tuple[str, ...] = ()
) -> None:
    """No account is linked to ``subject``: JIT provisioning was off, so the login must have made none."""
    user = world.jit_account(connection, subject, (subject, *names))
    if user is None:
        user = next((u for n in (subject, *names) if (u := world.local_account(n)) is not None), None)
    if user is not None:
        linked = world.federated_idps_of(str(user["id"]))
        raise AssertionError(
            f"JIT provisioning is off on connection {connection.name!r}, yet the login made local account "
            f"{user.get('userName')!r} (linked to: {linked or 'nothing'})"
        )


def expect_managed_by(
    world: World, user: JSON, connection: Connection, userstore: str = "PRIMARY"
) -> list[str]:
    """ "Managed by X", as IS exposes it: linked to the connection, in the JIT userstore, and (when SCIM
    shows it) ``userSourceId`` = the connection's id (x-authenticator.md §7 steps 3, 4, 6).

    Returns what was proved, for the report.
    """
    name = str(user.get("userName"))
    linked = world.federated_idps_of(str(user["id"]))
    if connection.name not in linked:
        raise AssertionError(
            f"the account {name!r} is not managed by X: it has no federated association with connection "
            f"{connection.name!r} (its associations: {linked or 'none'})"
        )
    store = userstore_of(user)
    if store != userstore.upper():
        raise AssertionError(
            f"the account {name!r} is in userstore {store}, not {userstore}, the JIT userstore"
        )
    proved = [f"federated association with {connection.name}", f"userstore {store}"]
    source = source_of(user)
    if source is not None:
        if source != connection.id:
            raise AssertionError(
                f"the account {name!r} has userSourceId {source!r}, not connection {connection.name!r}'s id"
            )
        proved.append(f"userSourceId {source}")
    return proved
