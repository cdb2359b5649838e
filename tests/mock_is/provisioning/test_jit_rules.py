"""Each JIT rule of IS 7 on its own (is-rest-api.md §5, x-authenticator.md §7), including the failing ones."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from mock_is.provisioning import (
    ProvisioningError,
    jit_active,
    jit_config,
    jit_username,
    provision,
    synced_claims,
)
from mock_is.provisioning.rules import USER_SOURCE_ID_CLAIM, federated_user_id, provisionable_claims
from mock_is.settings import IsSettings
from mock_is.store import LocalUser, Store

W = "http://wso2.org/claims/"


def _idp(
    jit: dict[str, Any] | None = None, mappings: list[tuple[str, str]] | None = None, uid: str = ""
) -> dict[str, Any]:
    return {
        "id": "idp-1",
        "name": "Twitter",
        "claims": {
            "userIdClaim": {"uri": uid},
            "mappings": [{"idpClaim": r, "localClaim": {"uri": loc}} for r, loc in mappings or []],
        },
        "provisioning": {"jit": jit} if jit is not None else {},
    }


def _settings(*deviations: str, **kw: Any) -> IsSettings:
    return IsSettings(deviations=frozenset(deviations), **kw)


ON = {"isEnabled": True}
MAPPED = [("screen_name", W + "username"), ("email", W + "emailaddress"), ("name", W + "givenname")]


def test_defaults_are_off_primary_silent_override_all() -> None:
    config = jit_config(_idp())
    assert (config.enabled, config.userstore, config.scheme, config.sync) == (
        False,
        "PRIMARY",
        "PROVISION_SILENTLY",
        "OVERRIDE_ALL",
    )
    assert config.associate_local_user is False


def test_jit_runs_only_when_enabled_unless_a_deviation_says_otherwise() -> None:
    assert not jit_active(jit_config(_idp()), _settings())
    assert jit_active(jit_config(_idp(ON)), _settings())
    assert not jit_active(jit_config(_idp(ON)), _settings("jit-ignored"))
    assert jit_active(jit_config(_idp()), _settings("jit-always-on"))


def test_username_is_the_mapped_subject_claim() -> None:
    idp = _idp(ON, MAPPED, uid="screen_name")
    assert jit_username(idp, {W + "username": "jack"}, "12", _settings()) == "jack"


def test_username_is_the_federated_subject_without_a_mapped_value() -> None:
    assert jit_username(_idp(ON, MAPPED), {W + "emailaddress": "a@b"}, "12", _settings()) == "12"


def test_username_is_the_internal_federated_id_with_the_enhanced_feature() -> None:
    settings = _settings(jit_enable_enhanced_feature=True)
    name = jit_username(_idp(ON, MAPPED), {}, "12", settings)
    assert name == federated_user_id("idp-1", "12") and name != federated_user_id("idp-1", "13")


def test_only_local_dialect_claims_are_stored() -> None:
    stored = provisionable_claims({"screen_name": "jack", W + "emailaddress": "a@b", W + "nickname": ""})
    assert stored == {W + "emailaddress": "a@b"}


def test_sync_methods() -> None:
    existing = {W + "emailaddress": "old@b", W + "country": "LK", W + "identity/accountLocked": "false"}
    incoming = {W + "emailaddress": "new@b"}
    assert synced_claims(existing, incoming, "OVERRIDE_ALL") == {
        W + "emailaddress": "new@b",
        W + "identity/accountLocked": "false",
    }
    assert synced_claims(existing, incoming, "PRESERVE_LOCAL") == {**existing, W + "emailaddress": "new@b"}
    assert synced_claims(existing, incoming, "NONE") == existing


def test_off_provisions_nothing() -> None:
    store = Store()
    assert provision(store, _settings(), _idp(), "12", {W + "emailaddress": "a@b"}) is None
    assert store.users == {} and store.associations == []


def test_new_user_gets_claims_random_password_and_association() -> None:
    store = Store()
    result = provision(
        store, _settings(), _idp(ON, MAPPED), "12", {W + "emailaddress": "a@b", "screen_name": "x"}
    )
    assert result is not None and result.created
    user = result.user
    assert user.username == "12" and user.userstore == "PRIMARY"
    assert user.password and user.password.isdigit() and len(user.password) == 12
    assert user.claims[W + "emailaddress"] == "a@b" and "screen_name" not in user.claims
    assert USER_SOURCE_ID_CLAIM not in user.claims
    [link] = store.associations
    assert (link.user_id, link.idp_id, link.idp_name, link.federated_user_id) == (
        user.id,
        "idp-1",
        "Twitter",
        "12",
    )


def test_user_source_id_only_with_the_enhanced_feature() -> None:
    store = Store()
    result = provision(store, _settings(jit_enable_enhanced_feature=True), _idp(ON), "12", {})
    assert result is not None and result.user.claims[USER_SOURCE_ID_CLAIM] == "idp-1"


def test_userstore_from_the_connection() -> None:
    store = Store()
    result = provision(store, _settings(), _idp({**ON, "userstore": "SECONDARY"}), "12", {})
    assert result is not None and result.user.userstore == "SECONDARY"


def test_returning_user_is_synced_not_recreated() -> None:
    store = Store()
    provision(store, _settings(), _idp(ON, MAPPED), "12", {W + "emailaddress": "a@b", W + "country": "LK"})
    again = provision(store, _settings(), _idp(ON, MAPPED), "12", {W + "emailaddress": "c@d"})
    assert again is not None and not again.created and len(store.users) == 1
    assert W + "country" not in again.user.claims and again.user.claims[W + "emailaddress"] == "c@d"


def test_existing_username_without_association_fails() -> None:
    store = Store()
    store.add_user(LocalUser("12", {W + "country": "LK"}, password="pw"))
    with pytest.raises(ProvisioningError):
        provision(store, _settings(), _idp(ON), "12", {})
    assert store.associations == []


def test_existing_username_is_associated_when_the_server_allows_it() -> None:
    store = Store()
    local = store.add_user(LocalUser("12", {W + "country": "LK"}, password="pw"))
    result = provision(store, _settings(jit_associating_to_existing_user=True), _idp(ON), "12", {})
    assert result is not None and result.user is local and result.associated_now


def _email_case(associate: bool, sync: str = "OVERRIDE_ALL", *deviations: str) -> LocalUser:
    store = Store()
    local = store.add_user(
        LocalUser("a@b", {W + "emailaddress": "a@b", W + "givenname": "Local"}, password="pw")
    )
    jit = {**ON, "associateLocalUser": associate, "attributeSyncMethod": sync}
    claims = {W + "emailaddress": "a@b", W + "givenname": "FromX"}
    provision(store, _settings(*deviations), _idp(jit, MAPPED), "12", claims)
    return local


def test_associate_local_user_overrides_the_same_email_account() -> None:
    local = _email_case(associate=True)
    assert local.claims[W + "givenname"] == "FromX"


def test_without_associate_local_user_the_same_email_account_is_left_alone() -> None:
    local = _email_case(associate=False)
    assert local.claims[W + "givenname"] == "Local"


def test_preserve_local_and_none_on_the_email_match() -> None:
    assert _email_case(True, "NONE").claims[W + "givenname"] == "Local"
    assert _email_case(True, "PRESERVE_LOCAL").claims[W + "givenname"] == "FromX"


def test_no_override_on_email_match_deviation() -> None:
    assert _email_case(True, "OVERRIDE_ALL", "no-override-on-email-match").claims[W + "givenname"] == "Local"


def test_twenty_concurrent_first_logins_make_twenty_accounts() -> None:
    store = Store()
    idp = _idp(ON, MAPPED, uid="screen_name")

    def login(n: int) -> str:
        claims = {W + "username": f"user{n}", W + "emailaddress": f"user{n}@x.test"}
        result = provision(store, _settings(), idp, str(1000 + n), claims)
        assert result is not None
        return result.user.username

    with ThreadPoolExecutor(max_workers=20) as pool:
        names = list(pool.map(login, range(20)))
    assert sorted(names) == sorted(f"user{n}" for n in range(20))
    assert len(store.users) == 20 and len(store.associations) == 20
    for user in store.users.values():
        n = int(user.username.removeprefix("user"))
        assert user.claims[W + "emailaddress"] == f"user{n}@x.test"
        assert store.association_for("Twitter", str(1000 + n)).user_id == user.id  # type: ignore[union-attr]
