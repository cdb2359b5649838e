"""Deployment profiles: the named configurations real IS 7.x deployments differ in.

A profile sets what a pack's release and its ``deployment.toml`` decide (``IsSettings`` fields), and what
the deployment's admin chose on every connection (``connection_jit``, applied by the harness when it
creates a connection). ``xlogin profiles`` lists them with the source each behaviour follows; ``xlogin
run --profile NAME`` and ``xlogin serve --profile NAME`` run the embedded stack in one. Against an external
IS the same name tells the harness what to expect where IS's APIs cannot show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["DEFAULT_PROFILE", "PROFILES", "Behaviour", "Profile", "UnknownProfileError", "profile"]

DEFAULT_PROFILE = "7.1"


class UnknownProfileError(ValueError):
    """A profile name the simulator does not have."""


@dataclass(frozen=True)
class Behaviour:
    """One thing a profile changes, and the WSO2 source it follows."""

    what: str
    source: str


@dataclass(frozen=True)
class Profile:
    """A named deployment configuration."""

    name: str
    summary: str
    settings: dict[str, Any] = field(default_factory=dict)
    connection_jit: dict[str, Any] = field(default_factory=dict)
    behaviours: tuple[Behaviour, ...] = ()

    @property
    def release(self) -> str:
        """The IS release the profile is a pack of."""
        return str(self.settings.get("release", DEFAULT_PROFILE))


_API_SERVER = "wso2/identity-api-server"
_FRAMEWORK = "wso2/carbon-identity-framework"
_JIT_HANDLER = f"{_FRAMEWORK} JITProvisioningPostAuthenticationHandler"

_RELEASE_71 = (
    Behaviour(
        "IS 7.1.0: console 2.41.52, identity-api-server 1.3.83, framework 7.8.23",
        "wso2/product-is v7.1.0 pom.xml",
    ),
    Behaviour(
        "JIT API fields isEnabled, scheme, userstore, associateLocalUser, attributeSyncMethod (OVERRIDE_ALL)",
        f"{_API_SERVER} v1.3.83 idp.v1 model/JustInTimeProvisioning.java",
    ),
)
_EMAIL_USERNAMES = Behaviour(
    "usernames may be email addresses, so a local account can be named by the person's X "
    "email and JIT's associateLocalUser finds it (off on a default pack: such a username is "
    "refused)",
    "deployment.toml [tenant_mgt] enable_email_domain; wso2/product-is "
    "artifacts/IS/user/enable_email_username_deployment.toml; "
    f"{_JIT_HANDLER} (isExistingUser(email))",
)

_RELEASE_72 = (
    Behaviour(
        "IS 7.2.0: console 2.81.6, identity-api-server 1.3.213, framework 7.8.586",
        "wso2/product-is v7.2.0 pom.xml",
    ),
    Behaviour(
        "JIT API adds skipJITForLookupFailure and accountLookupAttributeMappings",
        f"{_API_SERVER} v1.3.213 idp.v1 model/JustInTimeProvisioning.java",
    ),
    Behaviour(
        "attribute-based account lookup: a federated user is linked to the local user whose "
        "mapped attributes match the rules, before JIT creates one",
        "server-audit-2026-12.md row 10; mock_is/provisioning/jit.py _by_lookup",
    ),
    Behaviour(
        "the Console's 7.2 surfaces (the 2025 JIT form, among others)",
        "mock_is/console/PROVENANCE.md",
    ),
)

_CLASSIC_LOGIN_FLOW = Behaviour(
    "the application's Login Flow tab offers the Classic and the Visual editor and opens on "
    "the Classic one (a default pack disables the Classic editor); the Console driver adds X "
    "through the Classic editor's Add Authentication",
    "deployment.toml [console.applications] disabled features "
    "(applications.loginFlow.legacyEditor); wso2/identity-apps "
    "features/admin.authentication-flow-builder.v1/components/authentication-flow-builder.tsx",
)

PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "7.0",
            "IS 7.0.0, a default pack",
            {"release": "7.0"},
            behaviours=(
                Behaviour(
                    "IS 7.0.0: console 2.12.46, identity-api-server 1.2.176, framework 7.0.78",
                    "wso2/product-is v7.0.0 pom.xml",
                ),
                Behaviour(
                    "JIT API fields as in 7.1 (no account lookup)",
                    f"{_API_SERVER} v1.2.176 idp.v1 model/JustInTimeProvisioning.java",
                ),
                Behaviour(
                    "the Console rendered as 7.1's ([GAP] no 2.12.46 source read: the nearest, of 2024-05)",
                    "mock_is/console/versions.py",
                ),
            ),
        ),
        Profile(
            "7.1",
            "IS 7.1.0, a default pack (the default profile)",
            {"release": "7.1"},
            behaviours=_RELEASE_71,
        ),
        Profile("7.2", "IS 7.2.0, a default pack", {"release": "7.2"}, behaviours=_RELEASE_72),
        Profile(
            "7.1-classic-login-flow",
            "IS 7.1 with both Login Flow editors enabled (the Console opens on the Classic one)",
            {"release": "7.1", "console_login_flow_editor": "classic"},
            behaviours=(*_RELEASE_71, _CLASSIC_LOGIN_FLOW),
        ),
        Profile(
            "7.2-classic-login-flow",
            "IS 7.2 with both Login Flow editors enabled (the 7.2 Console opens on the Classic one)",
            {"release": "7.2", "console_login_flow_editor": "classic"},
            behaviours=(*_RELEASE_72, _CLASSIC_LOGIN_FLOW),
        ),
        Profile(
            "7.1-enhanced-jit",
            "IS 7.1 with the enhanced JIT feature on",
            {"release": "7.1", "jit_enable_enhanced_feature": True},
            behaviours=(
                *_RELEASE_71,
                Behaviour(
                    "a JIT account without a mapped subject claim is named by the internal federated user id "
                    "(a UUID), and carries userSourceId = the connection's id",
                    f"{_JIT_HANDLER}.getUsernameFederatedUser; deployment.toml "
                    "[authentication.jit_provisioning] enable_enhanced_feature",
                ),
            ),
        ),
        Profile(
            "7.1-email-usernames",
            "IS 7.1 with email addresses as usernames",
            {"release": "7.1", "email_usernames": True},
            behaviours=(
                *_RELEASE_71,
                _EMAIL_USERNAMES,
            ),
        ),
        Profile(
            "7.1-prompt-jit",
            "IS 7.1 whose connections prompt the person to create the account",
            {"release": "7.1"},
            connection_jit={"scheme": "PROMPT_USERNAME_PASSWORD_CONSENT"},
            behaviours=(
                *_RELEASE_71,
                Behaviour(
                    "the first login pauses on the account-creation pages (username, password, consent) of "
                    "the recovery portal; the account is made when they are submitted to /commonauth",
                    f"{_JIT_HANDLER}.redirectToAccountCreateUI / handleResponseFlow; identity-apps "
                    "identity-apps-core recovery-portal self-registration-with-verification.jsp",
                ),
            ),
        ),
        Profile(
            "7.1-preserve-local",
            "IS 7.1 whose connections sync attributes with PRESERVE_LOCAL (and email usernames allowed, so "
            "an email match can happen)",
            {"release": "7.1", "email_usernames": True},
            connection_jit={"attributeSyncMethod": "PRESERVE_LOCAL"},
            behaviours=(
                *_RELEASE_71,
                _EMAIL_USERNAMES,
                Behaviour(
                    "a returning or associated account takes the mapped attributes X sends and keeps the "
                    "local values of those X does not send",
                    f"{_FRAMEWORK} DefaultProvisioningHandler (attribute sync); is-rest-api.md §5.2",
                ),
            ),
        ),
        Profile(
            "7.1-sync-none",
            "IS 7.1 whose connections do not sync attributes (attributeSyncMethod NONE; email usernames "
            "allowed, so an email match can happen)",
            {"release": "7.1", "email_usernames": True},
            connection_jit={"attributeSyncMethod": "NONE"},
            behaviours=(
                *_RELEASE_71,
                _EMAIL_USERNAMES,
                Behaviour(
                    "an existing account's attributes are left alone at every login, so the doc's "
                    "override on an email match cannot happen (that check is SKIPPED with the reason)",
                    f"{_FRAMEWORK} DefaultProvisioningHandler (attribute sync); is-rest-api.md §5.2",
                ),
            ),
        ),
        Profile(
            "7.1-associate-local",
            "IS 7.1 whose connections associate provisioned users with existing local users (email "
            "usernames allowed, so there is a user to associate)",
            {"release": "7.1", "email_usernames": True},
            connection_jit={"associateLocalUser": True},
            behaviours=(
                *_RELEASE_71,
                _EMAIL_USERNAMES,
                Behaviour(
                    "a federated user whose email is a local username is linked to that account instead "
                    "of getting a new one (scenarios that need association off turn it off themselves)",
                    f"{_JIT_HANDLER} (associating_to_existing_user); "
                    f"{_API_SERVER} v1.3.83 JustInTimeProvisioning.associateLocalUser",
                ),
            ),
        ),
    )
}


def profile(name: str | None) -> Profile:
    """The profile ``name`` (the default one for None); ``UnknownProfileError`` names the known ones."""
    key = name or DEFAULT_PROFILE
    if key not in PROFILES:
        raise UnknownProfileError(f"unknown profile {key!r}; known: {', '.join(PROFILES)}")
    return PROFILES[key]
