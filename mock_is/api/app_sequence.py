"""An application's login flow (``authenticationSequence``) and IS's checks on it.

From is-rest-api.md §2.3 (``UpdateAuthenticationSequence``): ``DEFAULT`` stores the default flow
(step 1 ``BasicAuthenticator``/``LOCAL``) and ignores the rest; ``USER_DEFINED`` needs steps, with
consecutive ids starting at 1, each with at least one option; ``idp`` is a connection *name* or
``LOCAL`` and ``authenticator`` a *name*. The availability checks (unknown connection, authenticator
not configured on it, unknown local authenticator) follow ``ApplicationMgtValidator``'s messages.
"""

from __future__ import annotations

from typing import Any

from mock_is.api.errors import IsApiError
from mock_is.api.models import AuthenticationSequence, bind
from mock_is.store import Store

__all__ = ["LOCAL_AUTHENTICATORS", "LOCAL_IDP", "default_sequence", "validated_sequence"]

JSON = dict[str, Any]
LOCAL_IDP = "LOCAL"  # FrameworkConstants.LOCAL_IDP_NAME
# Local authenticators a default IS 7 pack registers (the names the login flow editor offers).
LOCAL_AUTHENTICATORS = frozenset(
    {
        "BasicAuthenticator",
        "IdentifierExecutor",
        "totp",
        "email-otp-authenticator",
        "sms-otp-authenticator",
        "FIDOAuthenticator",
        "MagicLinkAuthenticator",
        "backup-code-authenticator",
    }
)


def default_sequence() -> JSON:
    """A new application's flow (``create-basic-application-response.json``)."""
    return {
        "type": "DEFAULT",
        "steps": [{"id": 1, "options": [{"idp": LOCAL_IDP, "authenticator": "BasicAuthenticator"}]}],
        "requestPathAuthenticators": [],
        "script": "",
        "subjectStepId": 1,
        "attributeStepId": 1,
    }


def _invalid(description: str) -> IsApiError:
    return IsApiError(400, "APP-60001", "Invalid application configuration.", description)


def validated_sequence(store: Store, body: Any) -> JSON:
    """The flow to store for ``body``, or a 400 ``APP-60001`` saying what IS would refuse."""
    seq = bind(AuthenticationSequence, body, "APP-60001")
    if seq.type == "DEFAULT":
        return default_sequence()
    if not seq.steps:
        raise _invalid(
            "Authentication steps cannot be empty for user defined authentication type: USER_DEFINED"
        )
    steps = sorted(seq.steps, key=lambda s: s.id)
    if [s.id for s in steps] != list(range(1, len(steps) + 1)):
        raise _invalid("Step ids need to be consecutive in the authentication sequence steps.")
    for step_id in (seq.subjectStepId, seq.attributeStepId):
        if not 1 <= step_id <= len(steps):
            raise _invalid(f"Invalid subject or attribute step id: {step_id}.")
    for step in steps:
        for option in step.options:
            _check_option(store, option.idp, option.authenticator)
    return {
        "type": "USER_DEFINED",
        "steps": [{"id": s.id, "options": [o.model_dump() for o in s.options]} for s in steps],
        "requestPathAuthenticators": seq.requestPathAuthenticators or [],
        "script": seq.script or "",
        "subjectStepId": seq.subjectStepId,
        "attributeStepId": seq.attributeStepId,
    }


def _check_option(store: Store, idp_name: str, authenticator: str) -> None:
    if idp_name == LOCAL_IDP:
        if authenticator not in LOCAL_AUTHENTICATORS:
            raise _invalid(f"Local authenticator {authenticator} is not available in the server.")
        return
    idp = store.idp_by_name(idp_name)
    if idp is None:
        raise _invalid(f"Federated Identity Provider {idp_name} is not available in the server.")
    names = {a["name"] for a in idp["federatedAuthenticators"]["authenticators"]}
    if authenticator not in names:
        raise _invalid(
            f"Federated authenticator {authenticator} is not registered in {idp_name} identity provider."
        )
