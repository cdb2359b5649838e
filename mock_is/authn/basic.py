"""``BasicAuthenticator``: username and password against the local userstores (local-auth-basicauth)."""

from __future__ import annotations

import secrets

from mock_is.authn.base import InvalidCredentials, Params
from mock_is.authn.context import AuthContext, AuthenticatedUser
from mock_is.store import LocalUser, Store

__all__ = ["BASIC", "BasicAuthenticator", "account_state", "split_domain"]

BASIC = "BasicAuthenticator"
_LOCKED = "http://wso2.org/claims/identity/accountLocked"
_DISABLED = "http://wso2.org/claims/identity/accountDisabled"


def account_state(user: LocalUser | None) -> str | None:
    """``error.user.account.locked``/``disabled`` for an account that may not sign in, else ``None``."""
    if user is None:
        return None
    if user.claims.get(_LOCKED, "").lower() == "true":
        return "error.user.account.locked"
    if user.claims.get(_DISABLED, "").lower() == "true":
        return "error.user.account.disabled"
    return None


def split_domain(qualified: str) -> tuple[str, str]:
    """``("SECONDARY", "bob")`` for ``SECONDARY/bob``; a bare name is in ``PRIMARY``."""
    domain, sep, name = qualified.partition("/")
    return (domain, name) if sep else ("PRIMARY", qualified)


class BasicAuthenticator:
    """The local login form's authenticator; it retries on failure (retryAuthenticationEnabled = true)."""

    name = BASIC
    retry_enabled = True

    def __init__(self, store: Store) -> None:
        self._store = store

    def context_identifier(self, params: Params) -> str | None:
        """The form posts the context id as ``sessionDataKey``."""
        return params.get("sessionDataKey")

    def can_handle(self, params: Params) -> bool:
        """``canHandle``: both a username and a password were posted."""
        return params.get("username") is not None and params.get("password") is not None

    def check(self, username: str, password: str) -> LocalUser:
        """The local user these credentials name, or ``InvalidCredentials`` (same for unknown and wrong)."""
        domain, name = split_domain(username.strip())
        user = self._store.user_by_username(name, domain)
        state = account_state(user)
        if state is not None:
            # The account-lock handler runs before the credential check, so IS names the state.
            raise InvalidCredentials("User account is locked or disabled", state)
        stored = user.password if user else None
        if user is None or stored is None or not secrets.compare_digest(stored.encode(), password.encode()):
            raise InvalidCredentials("User authentication failed due to invalid credentials")
        return user

    async def process(self, ctx: AuthContext, params: Params) -> AuthenticatedUser:
        """Authenticate the posted credentials as this step's user."""
        user = self.check(params.get("username", ""), params.get("password", ""))
        return AuthenticatedUser(
            subject=user.username,
            idp_name="LOCAL",
            authenticator=BASIC,
            claims=dict(user.claims),
            local_user_id=user.id,
        )
