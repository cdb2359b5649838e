"""Checks of the local accounts JIT provisioning makes or updates, through SCIM and the associations API."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytest_bdd import given, parsers, then

from harness.checks import expect_account, expect_managed_by, expect_no_account, scim_attribute
from harness.checks.accounts import source_of, userstore_of
from harness.clients.is_admin import IsAdmin
from harness.clients.is_http import IsRequestError
from harness.drivers import ConfigDriver
from harness.pages.sample_app import SignedInUser
from harness.report.findings import DocFindings
from harness.world import Connection, World
from mock_x.models import XUser
from steps.common import table_rows

JSON = dict[str, Any]
_NO_EMAIL_USERNAMES = (
    "this deployment does not accept email addresses as usernames (IS answered: {answer}), so no local "
    "account can be named by the person's email; set [tenant_mgt] enable_email_domain = true in "
    "deployment.toml (profile 7.1-email-usernames) to run it"
)
_NO_SYNC = (
    "connection {name!r} syncs no attributes (attributeSyncMethod NONE): IS leaves an existing account's "
    "attributes alone (carbon-identity-framework DefaultProvisioningHandler; is-rest-api.md §5.2), as it "
    "did, so the doc's override cannot be seen; set the connection's attribute sync to OVERRIDE_ALL "
    "(or run profile 7.1) to check it"
)
_ANY_NAME = "an account linked to the person's X id, named as IS names JIT users"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def x_value(x_user: XUser, attribute: str) -> str:
    """The value of an X attribute (a key of X's user object) for ``x_user``."""
    value = getattr(x_user, "id_str" if attribute == "id" else attribute)
    return str(value)


def person_account(world: World, x_user: XUser, connection: Connection) -> JSON:
    """The local account the person's first login made, found through its federated association."""
    return expect_account(world, x_user.id_str, connection, _ANY_NAME, (x_user.screen_name,))


@then("a local account exists for the person's X identity", target_fixture="account")
def _(world: World, x_user: XUser, connection: Connection) -> JSON:
    return person_account(world, x_user, connection)


@then("no local account exists for the person's X identity")
def _(world: World, x_user: XUser, connection: Connection) -> None:
    expect_no_account(world, x_user.id_str, connection, (x_user.screen_name,))


@then("a local account named with the person's X username exists", target_fixture="account")
def _(world: World, x_user: XUser, connection: Connection) -> JSON:
    account = person_account(world, x_user, connection)
    assert account["userName"] == x_user.screen_name, (
        f"the account the login made is named {account['userName']!r}, not @{x_user.screen_name}, the "
        "subject attribute's value"
    )
    return account


@then("the account is managed by X")
def _(world: World, account: JSON, connection: Connection) -> None:
    expect_managed_by(world, account, connection)


@then("the admin finds the account on the Console's Users page")
def _(driver: ConfigDriver, account: JSON, connection: Connection) -> None:
    shown = driver.show_account(str(account["userName"]))
    if shown is None:  # the API driver drives no Console: SCIM's answer, checked above, is the account
        return
    assert shown.source in (None, connection.id), (
        f"the Console shows the account {shown.username!r} as coming from {shown.source!r}, not from "
        f"connection {connection.name!r} ({connection.id})"
    )
    # identity-apps edit-user.tsx makes an account with a source read-only (PROVENANCE.md "Users").
    assert shown.source is None or shown.read_only, (
        f"the Console lets the admin edit the account {shown.username!r}, which X manages"
    )


@then("the account is named after the person's X numeric id, not the X username")
def _(account: JSON, x_user: XUser, connection: Connection, doc_findings: DocFindings) -> None:
    name = str(account["userName"])
    if name == x_user.id_str:
        named = f"{x_user.id_str} (X's numeric id)"
        why = "IS names a JIT user after the federated subject: X's numeric id (is-rest-api.md §5.3)"
    else:
        # The enhanced JIT feature names it by IS's internal federated user id and marks its source
        # (JITProvisioningPostAuthenticationHandler.getUsernameFederatedUser; server audit row 4).
        assert _UUID.fullmatch(name) and userstore_of(account) == "PRIMARY", f"the account is named {name!r}"
        assert source_of(account) == connection.id, (
            f"the account {name!r} is named by an internal id but its userSourceId is {source_of(account)!r}"
        )
        named = f"{name}, IS's internal id for the federated user (the enhanced JIT feature is on)"
        why = "with JITProvisioning.EnableEnhancedFeature IS names a JIT user by its federated user id"
    doc_findings.warn(
        "try-5",
        "a user account is created in the WSO2 Identity Server Console with the X username",
        f"the account is named {named}, not @{x_user.screen_name}, unless the connection's subject "
        "attribute is mapped to screen_name",
        why,
    )


@given(
    parsers.parse('a local account whose username is the person\'s X email, with full name "{full_name}"'),
    target_fixture="local_account",
)
def _(world: World, x_user: XUser, full_name: str) -> JSON:
    assert x_user.email, "the X account has no email to match"
    try:
        return world.local_user(x_user.email, x_user.email, full_name)
    except IsRequestError as refused:
        if world.refuses_email_usernames(refused):
            pytest.skip(_NO_EMAIL_USERNAMES.format(answer=refused.message))
        raise


@then("the local account is linked to the connection")
def _(world: World, local_account: JSON, connection: Connection) -> None:
    linked = world.federated_idps_of(str(local_account["id"]))
    assert connection.name in linked, (
        f"the local account {local_account['userName']!r} with the person's email was not associated with "
        f"connection {connection.name!r} on the X login (its associations: {linked or 'none'})"
    )


@then("the local account's Full Name is now the person's X name")
def _(is_admin: IsAdmin, local_account: JSON, x_user: XUser, connection: Connection) -> None:
    now = scim_attribute(is_admin.users.get(str(local_account["id"])), "Full Name")
    method = is_admin.identity_providers.get_jit(connection.id).get("attributeSyncMethod", "OVERRIDE_ALL")
    if method == "NONE":
        assert now == scim_attribute(local_account, "Full Name"), (
            f"the connection's attributeSyncMethod is NONE, yet the login changed the account's Full Name "
            f"to {now!r}"
        )
        pytest.skip(_NO_SYNC.format(name=connection.name))
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
    account = person_account(world, x_user, connection)
    wrong = {
        row["local attribute"]: scim_attribute(account, row["local attribute"])
        for row in table_rows(datatable)
        if scim_attribute(account, row["local attribute"]) != x_value(x_user, row["X attribute"])
    }
    assert not wrong, f"the mapped X attributes did not reach the local account; it holds {wrong}"


@then(parsers.parse('the person\'s local account has "{local}" set to "{value}"'))
def _(world: World, x_user: XUser, connection: Connection, local: str, value: str) -> None:
    account = person_account(world, x_user, connection)
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
    account = person_account(world, x_user, connection)
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
