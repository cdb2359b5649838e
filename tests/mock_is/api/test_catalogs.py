"""The deviation catalog, the local claim dialect and the system seed."""

from __future__ import annotations

import re

import pytest

from mock_is.claims.dialects import claim_id, claim_ref, local_claim, local_claims_for_oidc, oidc_names
from mock_is.deviations import DEVIATIONS, UnknownDeviationError, validate_deviations
from mock_is.seed import seed_system
from mock_is.settings import IsSettings
from mock_is.store import Store

ISSUE_NAMES = {
    "jit-ignored",
    "jit-always-on",
    "jit-default-on",
    "subject-attribute-ignored",
    "attribute-mapping-ignored",
    "provisioning-attributes-ignored",
    "callback-url-ignored",
    "api-secret-not-saved",
    "login-flow-not-saved",
    "sign-in-button-missing",
    "denied-still-logs-in",
    "no-override-on-email-match",
}
PRESENTATION_ONLY = {"console-labels-as-documented"}
STEP = re.compile(
    r"^(x-app-[1-8]|idp-[1-6]|jit-[1-4]|jit-default-off|jit-override-on-email-match|login-app-registered"
    r"|login-[1-3]|login-first-step-note|try-[1-5]|attr-[1-8])$"
)


def test_catalog_has_the_issue_names_each_breaking_documented_steps() -> None:
    assert ISSUE_NAMES <= set(DEVIATIONS)
    for name, deviation in DEVIATIONS.items():
        assert deviation.name == name and deviation.description
        assert deviation.is_defect or name in PRESENTATION_ONLY, name
        assert all(STEP.match(step) for step in deviation.breaks), name
    assert all(DEVIATIONS[name].is_defect for name in ISSUE_NAMES)


def test_validate_deviations() -> None:
    assert validate_deviations(["jit-ignored", " jit-ignored ", ""]) == frozenset({"jit-ignored"})
    with pytest.raises(UnknownDeviationError, match="no-such-thing"):
        validate_deviations(["jit-ignored", "no-such-thing"])


def test_dialect_maps_local_claims_to_scim_and_oidc() -> None:
    email = local_claim("http://wso2.org/claims/emailaddress")
    assert email is not None and email.scim == "emails" and email.oidc == ("email",)
    assert oidc_names("http://wso2.org/claims/givenname") == ("given_name",)
    assert "preferred_username" in oidc_names("http://wso2.org/claims/username")
    source = local_claim("http://wso2.org/claims/identity/userSourceId")
    assert source is not None and source.scim == "urn:scim:wso2:schema:userSourceId" and source.read_only
    assert [c.name for c in local_claims_for_oidc("email")] == ["emailaddress"]
    assert claim_id("http://wso2.org/claims/username") == "aHR0cDovL3dzbzIub3JnL2NsYWltcy91c2VybmFtZQ"
    assert claim_ref("screen_name") == {"uri": "screen_name"}  # an IdP-side claim: no id (audit row 8)


def test_seed_is_idempotent_and_has_the_admin_and_console() -> None:
    store, settings = Store(), IsSettings(admin_user="root", admin_password="pw")
    seed_system(store, settings)
    seed_system(store, settings)
    admin = store.user_by_username("root")
    assert admin is not None and admin.password == "pw" and len(store.users) == 1
    assert admin.claims["http://wso2.org/claims/emailaddress"] == "root@wso2.com"
    found = store.application_by_client_id("CONSOLE")
    assert found is not None and len(store.applications) == 1
    app, oidc = found
    assert app["name"] == "Console" and oidc["pkce"]["mandatory"] and "clientSecret" not in oidc
