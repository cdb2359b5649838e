"""The second half of a step: a request returning to ``/commonauth`` is matched to the step's authenticator,
its user's claims are mapped, the next step starts or post-authentication (JIT) runs and the inbound
protocol concludes (is-rest-api.md §4, §5.2, §6).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from mock_is.authn import account_creation
from mock_is.authn.base import AuthenticationFailed, InvalidCredentials, Params
from mock_is.authn.basic import BASIC, account_state
from mock_is.authn.context import AuthContext, AuthenticatedUser
from mock_is.authn.flow import LOCAL, Flow
from mock_is.authn.sessions import set_cookie
from mock_is.authn.steps import (
    CURRENT_OPTION,
    Option,
    failed,
    federated,
    generic_error,
    start_step,
    step_count,
    step_options,
)
from mock_is.claims.mapping import provisioning_defaults, to_local_claims
from mock_is.provisioning.jit import ProvisioningError, provision

__all__ = ["begin_step", "federated_user", "handle_response", "step_succeeded"]

JSON = dict[str, Any]
_log = logging.getLogger(__name__)


def federated_user(flow: Flow, idp: JSON, user: AuthenticatedUser) -> AuthenticatedUser:
    """The step's user with the IdP's claims mapped to the local dialect, defaults applied (§6 step 2)."""
    local = to_local_claims(idp, user.raw_claims, flow.settings)
    user.claims = provisioning_defaults(idp, local, flow.settings)
    return user


def _from_session(flow: Flow, ctx: AuthContext) -> AuthenticatedUser | None:
    if ctx.request.prompt == "login":
        return None
    app = flow.application(ctx)
    for option in step_options(app, ctx.current_step) if app else []:
        user = flow.sessions.reuse(ctx.sso_id, option.idp, option.authenticator)
        if user is not None:
            return user
    return None


async def begin_step(flow: Flow, ctx: AuthContext) -> Response:
    """Start the current step, or pass it with the SSO session's user for one of its options."""
    user = _from_session(flow, ctx)
    if user is not None:
        return await step_succeeded(flow, ctx, user)
    if ctx.request.prompt == "none":
        # passiveAuth: no page may be shown, so a step the session cannot answer fails the login.
        flow.contexts.remove(ctx)
        return await flow.on_failure(ctx)
    return await start_step(flow, ctx)


async def step_succeeded(flow: Flow, ctx: AuthContext, user: AuthenticatedUser) -> Response:
    """Record the step's user; start the next step, or run post-authentication and conclude."""
    ctx.results[ctx.current_step] = user
    ctx.pending.pop(CURRENT_OPTION, None)
    app = flow.application(ctx)
    if app is not None and ctx.current_step < step_count(app):
        ctx.current_step += 1
        return await begin_step(flow, ctx)
    prompt = account_creation.prompt_for(flow, ctx)
    if prompt is not None:
        return account_creation.redirect_to_account_creation(flow, ctx, *prompt)
    return await _conclude(flow, ctx)


async def _conclude(flow: Flow, ctx: AuthContext, typed: _Typed | None = None) -> Response:
    """Post-authentication (JIT), the account checks, then the protocol's answer."""
    try:
        _post_authenticate(flow, ctx, typed)
    except ProvisioningError:
        return generic_error(flow, ctx)
    blocked = _blocked_account(flow, ctx)
    if blocked is not None:
        # is-rest-api.md §5.2: a locked or disabled associated local account ends on the retry page.
        return generic_error(flow, ctx, blocked)
    session_id = flow.sessions.save(ctx.sso_id, ctx.results.values())
    return set_cookie(await flow.on_success(ctx), flow.settings, session_id)


def _blocked_account(flow: Flow, ctx: AuthContext) -> str | None:
    for user in ctx.results.values():
        if user.federated and user.local_user_id:
            with flow.store.lock:
                state = account_state(flow.store.users.get(user.local_user_id))
            if state is not None:
                return state
    return None


@dataclass(frozen=True)
class _Typed:
    """What the person entered on the account-creation pages (PROMPT_* schemes)."""

    username: str | None
    password: str | None
    claims: dict[str, str]


def _post_authenticate(flow: Flow, ctx: AuthContext, typed: _Typed | None = None) -> None:
    """``JITProvisioningPostAuthenticationHandler``: every federated step's user, once all steps are done."""
    for user in ctx.results.values():
        idp = flow.store.idp_by_name(user.idp_name) if user.federated else None
        if idp is None:
            continue
        claims = {**(typed.claims if typed else {}), **user.claims}
        result = provision(
            flow.store, flow.settings, idp, user.subject, claims, user.raw_claims,
            chosen_username=typed.username if typed else None, password=typed.password if typed else None,
        )  # fmt: skip
        if result is not None:
            user.local_user_id = result.user.id


async def _account_created(flow: Flow, ctx: AuthContext, params: Params) -> Response:
    """``handleResponseFlow``: the account-creation page was submitted; provision with what it carried."""
    prompt = account_creation.prompt_for(flow, ctx)
    if prompt is None:
        ctx.pending.pop(account_creation.PENDING, None)
        return await _conclude(flow, ctx)
    username, password, claims = account_creation.submitted_account(ctx, prompt[2], dict(params))
    return await _conclude(flow, ctx, _Typed(username, password, claims))


async def handle_response(flow: Flow, ctx: AuthContext, params: Params) -> Response:
    """A request returning to ``/commonauth``: the step's authenticator that can handle it processes it."""
    if ctx.pending.get(account_creation.PENDING):
        return await _account_created(flow, ctx, params)
    app = flow.application(ctx)
    options = step_options(app, ctx.current_step) if app else []
    if any(o.idp == LOCAL and o.authenticator == BASIC for o in options) and flow.basic.can_handle(params):
        try:
            user = await flow.basic.process(ctx, params)
        except InvalidCredentials as exc:
            return await failed(flow, ctx, True, exc)
        return await step_succeeded(flow, ctx, user)
    current = ctx.pending.get(CURRENT_OPTION)
    found = federated(flow, current) if isinstance(current, Option) and current in options else None
    if found is None or not found[1].can_handle(params):
        _log.error("No authenticator can handle the request in step : %s", ctx.current_step)
        return generic_error(flow, ctx)
    idp, authenticator = found
    try:
        user = await authenticator.process(ctx, idp, params)
    except InvalidCredentials as exc:
        if not flow.settings.deviates("denied-still-logs-in") or "denied" not in params:
            return await failed(flow, ctx, authenticator.retry_enabled, exc)
        # The deviation signs in "whoever cancelled": a federated user named by the denied token.
        user = AuthenticatedUser(params["denied"], idp["name"], authenticator.name, raw_claims={})
    except AuthenticationFailed as exc:
        return await failed(flow, ctx, authenticator.retry_enabled, exc)
    return await step_succeeded(flow, ctx, federated_user(flow, idp, user))
