"""Steps of "Configure user attributes": the admin's Attributes tab, and the mappings IS saved."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from harness.clients.is_admin import IsAdmin
from harness.drivers import AttributePlan, ConfigDriver, local_claim_uri
from harness.world import Connection
from steps.common import mapping_plan, table_rows


@when(
    "the admin adds these attribute mappings on the connection's Attributes tab:",
    target_fixture="attribute_plan",
)
def _(datatable: list[list[str]]) -> AttributePlan:
    return mapping_plan(datatable)


@when(
    parsers.parse('the admin selects "{external}" as the Subject Attribute'), target_fixture="attribute_plan"
)
def _(attribute_plan: AttributePlan, external: str) -> AttributePlan:
    return attribute_plan.with_subject(external)


@when("the admin selects these Provisioning Attributes:", target_fixture="attribute_plan")
def _(attribute_plan: AttributePlan, datatable: list[list[str]]) -> AttributePlan:
    rows = table_rows(datatable)
    return attribute_plan.with_provisioning({r["X attribute"]: r["default value"] for r in rows})


@when("the admin clicks Update on the Attributes tab")
def _(driver: ConfigDriver, connection: Connection, attribute_plan: AttributePlan) -> None:
    driver.configure_attributes(connection, attribute_plan)


@then("the connection maps exactly those X attributes")
def _(is_admin: IsAdmin, connection: Connection, attribute_plan: AttributePlan) -> None:
    saved = is_admin.identity_providers.get_claims(connection.id).get("mappings", [])
    got = {(m["idpClaim"], m["localClaim"]["uri"]) for m in saved}
    wanted = {(ext, local_claim_uri(local)) for ext, local in attribute_plan.mappings}
    assert got == wanted, f"IS saved the mappings {sorted(got)}, not {sorted(wanted)}"
