"""Claim mapping at a federated step (is-rest-api.md §6, §1.2; x-authenticator.md §3)."""

from __future__ import annotations

from typing import Any

from mock_is.claims.mapping import federated_subject, provisioning_defaults, to_local_claims, user_id_claim
from mock_is.settings import IsSettings

W = "http://wso2.org/claims/"
RAW = {"id": "12", "screen_name": "jack", "email": "null", "name": "Jack"}


def _idp(
    mappings: list[tuple[str, str]] | None = None, uid: str = "", prov: list[tuple[str, str]] | None = None
) -> dict[str, Any]:
    return {
        "claims": {
            "userIdClaim": {"uri": uid},
            "mappings": [{"idpClaim": r, "localClaim": {"uri": loc}} for r, loc in mappings or []],
            "provisioningClaims": [{"claim": {"uri": u}, "defaultValue": d} for u, d in prov or []],
        }
    }


def _s(*deviations: str) -> IsSettings:
    return IsSettings(deviations=frozenset(deviations))


def test_mappings_rename_idp_claims_to_local_ones_and_drop_unmapped() -> None:
    idp = _idp([("screen_name", W + "username"), ("name", W + "givenname")])
    assert to_local_claims(idp, RAW, _s()) == {W + "username": "jack", W + "givenname": "Jack"}


def test_without_mappings_incoming_keys_are_taken_as_local_uris() -> None:
    assert to_local_claims(_idp(), RAW, _s()) == RAW


def test_attribute_mapping_ignored_deviation() -> None:
    idp = _idp([("screen_name", W + "username")])
    assert W + "username" not in to_local_claims(idp, RAW, _s("attribute-mapping-ignored"))


def test_provisioning_defaults_fill_only_missing_mapped_claims() -> None:
    idp = _idp(
        [("country", W + "country"), ("name", W + "givenname")], prov=[("country", "LK"), ("name", "Nobody")]
    )
    local = to_local_claims(idp, RAW, _s())
    assert provisioning_defaults(idp, local, _s()) == {W + "givenname": "Jack", W + "country": "LK"}
    assert W + "country" not in provisioning_defaults(idp, local, _s("provisioning-attributes-ignored"))


def test_provisioning_defaults_without_mappings_name_local_claims() -> None:
    idp = _idp(prov=[(W + "country", "LK")])
    assert provisioning_defaults(idp, {}, _s()) == {W + "country": "LK"}


def test_subject_defaults_to_id_and_follows_the_subject_attribute() -> None:
    assert user_id_claim(_idp(), _s()) == "id"
    assert federated_subject(_idp(), RAW, _s()) == "12"
    assert federated_subject(_idp(uid="screen_name"), RAW, _s()) == "jack"
    assert federated_subject(_idp(uid="screen_name"), RAW, _s("subject-attribute-ignored")) == "12"


def test_subject_falls_back_to_id_when_the_attribute_is_missing_and_none_without_id() -> None:
    assert federated_subject(_idp(uid="nickname"), RAW, _s()) == "12"
    assert federated_subject(_idp(), {"screen_name": "jack"}, _s()) is None
