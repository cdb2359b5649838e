"""Checks of the local accounts JIT provisioning makes or updates, through SCIM and the associations API."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then

from harness.checks import expect_account, expect_managed_by, expect_no_account, scim_attribute
from harness.clients.is_admin import IsAdmin
from harness.pages.sample_app import SignedInUser
from harness.report.findings import DocFindings
from harness.world import Connection, World
from mock_x import XUser
from steps.common import table_rows

JSON = dict[str, Any]
_NUMERIC_ID = "X's numeric id, the username IS gives a JIT user when no subject attribute is mapped"


def x_value(x_user: XUser, attribute: str) -> str:
    """The value of an X attribute (a key of X's user object) for ``x_user``."""
    value = getattr(x_user, "id_str" if attribute == "id" else attribute)
    return str(value)


@then("a local account exists for the person's X identity", target_fixture="account")
def _(world: World, x_user: XUser, connection: Connection) -> JSON:
    return expect_account(world, x_user.id_str, connection, _NUMERIC_ID)


@then("no local account exists for the person's X identity")
def _(world: World, x_user: XUser, connection: Connection) -> None:
    expect_no_account(world, x_user.id_str, connection)


@then("a local account named with the person's X username exists", target_fixture="account")
def _(world: World, x_user: XUser, connection: Connection) -> JSON:
    return expect_account(
        world, x_user.screen_name, connection, f"@{x_user.screen_name}, the subject attribute's value"
    )


@then("the account is managed by X")
def _(world: World, account: JSON, connection: Connection) -> None:
    expect_managed_by(world, account, connection)


@then("the account is named after the person's X numeric id, not the X username")
def _(account: JSON, x_user: XUser, doc_findings: DocFindings) -> None:
    assert account["userName"] == x_user.id_str, f"the account is named {account['userName']!r}"
    doc_findings.warn(
        "try-5",
        "a user account is created in the WSO2 Identity Server Console with the X username",
        f"the account is named {x_user.id_str} (X's numeric id), not @{x_user.screen_name}, unless the "
        "connection's subject attribute is mapped to screen_name",
        "IS names a JIT user after the federated subject, X's numeric id by default (is-rest-api.md §5.3)",
    )


@given(
    parsers.parse('a local account whose username is the person\'s X email, with full name "{full_name}"'),
    target_fixture="local_account",
)
def _(world: World, x_user: XUser, full_name: str) -> JSON:
    assert x_user.email, "the X account has no email to match"
    return world.local_user(x_user.email, x_user.email, full_name)


@then("the local account is linked to the connection")
def _(world: World, local_account: JSON, connection: Connection) -> None:
    linked = world.federated_idps_of(str(local_account["id"]))
    assert connection.name in linked, (
        f"the local account {local_account['userName']!r} with the person's email was not associated with "
        f"connection {connection.name!r} on the X login (its associations: {linked or 'none'})"
    )


@then("the local account's Full Name is now the person's X name")
def _(is_admin: IsAdmin, local_account: JSON, x_user: XUser) -> None:
    now = scim_attribute(is_admin.users.get(str(local_account["id"])), "Full Name")
    assert now == x_user.name, (
        f"JIT provisioning did not override the local account's attributes: its Full Name is {now!r}, "
        f"not X's {x_user.name!r}"
    )


@then(parsers.parse('the local account\'s Full Name is still "{full_name}"'))
def _(is_admin: IsAdmin, local_account: JSON, full_name: str) -> None:
    now = scim_attribute(is_admin.users.get(str(local_account["id"])), "Full Name")
    assert now == full_name, f"a login that should leave the account alone changed its Full Name to {now!r}"


@then("the person's local account holds these values from X:")
def _(world: World, x_user: XUser, connection: Connection, datatable: list[list[str]]) -> None:
    account = expect_account(world, x_user.id_str, connection, _NUMERIC_ID)
    wrong = {
        row["local attribute"]: scim_attribute(account, row["local attribute"])
        for row in table_rows(datatable)
        if scim_attribute(account, row["local attribute"]) != x_value(x_user, row["X attribute"])
    }
    assert not wrong, f"the mapped X attributes did not reach the local account; it holds {wrong}"


@then(parsers.parse('the person\'s local account has "{local}" set to "{value}"'))
def _(world: World, x_user: XUser, connection: Connection, local: str, value: str) -> None:
    account = expect_account(world, x_user.id_str, connection, _NUMERIC_ID)
    held = scim_attribute(account, local)
    assert held == value, f"the local account's {local} is {held!r}, not the provisioning default {value!r}"


@then("the application received these claims in the ID token and from userinfo:")
def _(signed_in: SignedInUser, x_user: XUser, datatable: list[list[str]]) -> None:
    for row in table_rows(datatable):
        wanted = x_value(x_user, row["X attribute"])
        for source, claims in (
            ("ID token", signed_in.id_token_claims),
            ("userinfo", signed_in.userinfo_claims),
        ):
            got = claims.get(row["claim"])
            assert got == wanted, f"the application's {source} has {row['claim']}={got!r}, not X's {wanted!r}"


@then(
    parsers.parse(
        'the unmapped "{external}" reached neither the account\'s "{local}" nor the claim "{claim}"'
    )
)
def _(
    world: World,
    x_user: XUser,
    connection: Connection,
    signed_in: SignedInUser,
    external: str,
    local: str,
    claim: str,
) -> None:
    account = expect_account(world, x_user.id_str, connection, _NUMERIC_ID)
    held = scim_attribute(account, local)
    assert held is None, f"the unmapped X attribute {external} reached the account's {local} as {held!r}"
    assert claim not in signed_in.claims, (
        f"the application received {claim}={signed_in.claims[claim]!r} unmapped"
    )


@then("the application did not receive the person's unverified email")
def _(x_user: XUser, signed_in: SignedInUser, doc_findings: DocFindings) -> None:
    got = signed_in.claims.get("email")
    assert got != x_user.email, "X released an unverified email and IS passed it to the application"
    if got == "null":
        doc_findings.review("attr-4", "X sent email=null for an unverified address; IS released 'null'")


@then("the account does not hold the person's unverified email")
def _(account: JSON, x_user: XUser) -> None:
    held = scim_attribute(account, "Email")
    assert held != x_user.email, f"the JIT account holds the unverified X email {held!r}"
