"""The step engine of IS's authentication framework (``DefaultStepBasedSequenceHandler`` /
``DefaultStepHandler``, is-rest-api.md §4): which page or authenticator each step starts with, how a
returning request is matched to an authenticator, and where success and failure lead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.responses import RedirectResponse, Response

from mock_is.authn.base import AuthenticationFailed, Authenticator
from mock_is.authn.basic import BASIC
from mock_is.authn.context import AuthContext
from mock_is.authn.flow import LOCAL, Flow
from mock_is.authn.pages import retry_url

__all__ = [
    "CURRENT_OPTION",
    "Option",
    "choose_option",
    "failed",
    "federated",
    "generic_error",
    "login_page_url",
    "start_step",
    "step_count",
    "step_options",
]

JSON = dict[str, Any]
_log = logging.getLogger(__name__)
CURRENT_OPTION = "_current_option"


@dataclass(frozen=True)
class Option:
    """One sign-in option of a step: an IdP name (``LOCAL`` for local) and an authenticator name."""

    idp: str
    authenticator: str


def step_options(app: JSON, step: int) -> list[Option]:
    """The options of step ``step`` (1-based); a sequence without steps is the default Basic step."""
    steps = sorted((app.get("authenticationSequence") or {}).get("steps") or [], key=lambda s: s["id"])
    if not steps and step == 1:
        return [Option(LOCAL, BASIC)]
    if step > len(steps):
        return []
    return [Option(o["idp"], o["authenticator"]) for o in steps[step - 1].get("options") or []]


def step_count(app: JSON) -> int:
    """How many steps the login has (at least the default one)."""
    return max(1, len((app.get("authenticationSequence") or {}).get("steps") or []))


def login_page_url(flow: Flow, ctx: AuthContext, options: list[Option], failure: str | None = None) -> str:
    """``login.do`` with the context's query, ``sessionDataKey`` and the step's ``authenticators`` list."""
    app = flow.application(ctx) or {}
    req = ctx.request
    query: list[tuple[str, str]] = [
        ("client_id", req.client_id),
        ("commonAuthCallerPath", "/oauth2/authorize"),
        ("forceAuth", "false"),
        ("passiveAuth", "false"),
        ("redirect_uri", req.redirect_uri),
        ("response_type", req.response_type),
        ("scope", " ".join(req.scope)),
    ]
    query += [(k, v) for k, v in (("state", req.state), ("nonce", req.nonce)) if v is not None]
    query += [
        ("tenantDomain", flow.settings.tenant),
        ("sessionDataKey", ctx.key),
        ("relyingParty", req.client_id),
        ("type", "oidc"),
        ("sp", str(app.get("name", ""))),
        ("isSaaSApp", "false"),
        ("authenticators", ";".join(f"{o.authenticator}:{o.idp}" for o in options)),
    ]
    if failure:  # DefaultStepHandler's retryParam: "&authFailure=true&authFailureMsg=login.fail.message"
        query += [("authFailure", "true"), ("authFailureMsg", failure)]
    return flow.settings.url("authenticationendpoint/login.do") + "?" + urlencode(query)


def _redirect(url: str) -> Response:
    return RedirectResponse(url, status_code=302)


def generic_error(flow: Flow, ctx: AuthContext | None, failure_key: str | None = None) -> Response:
    """The framework cannot go on: the retry page (FrameworkUtils.sendToRetryPage)."""
    if ctx is not None:
        flow.contexts.remove(ctx)
    return _redirect(retry_url(flow.settings, failure_key=failure_key))


async def start_step(flow: Flow, ctx: AuthContext) -> Response:
    """Begin the current step: straight to its one federated option, else the login page."""
    app = flow.application(ctx)
    options = step_options(app, ctx.current_step) if app else []
    if not options:
        return generic_error(flow, ctx)
    if len(options) == 1 and options[0].idp != LOCAL:
        return await _initiate(flow, ctx, options[0])
    return _redirect(login_page_url(flow, ctx, options))


async def choose_option(flow: Flow, ctx: AuthContext, idp: str, authenticator: str) -> Response:
    """The login page's button: ``/commonauth?idp=..&authenticator=..&sessionDataKey=..``."""
    app = flow.application(ctx)
    options = step_options(app, ctx.current_step) if app else []
    chosen = next((o for o in options if o.idp == idp and authenticator in o.authenticator.split(",")), None)
    if chosen is None:
        return generic_error(flow, ctx)
    if chosen.idp == LOCAL:
        return _redirect(login_page_url(flow, ctx, options))
    return await _initiate(flow, ctx, chosen)


def federated(flow: Flow, option: Option) -> tuple[JSON, Authenticator] | None:
    """The connection and authenticator behind a federated option, if both exist and are enabled."""
    idp = flow.store.idp_by_name(option.idp)
    authenticator = flow.federated.get(option.authenticator)
    if idp is None or authenticator is None or not idp.get("isEnabled", True):
        return None
    return idp, authenticator


async def _initiate(flow: Flow, ctx: AuthContext, option: Option) -> Response:
    found = federated(flow, option)
    if found is None:
        return generic_error(flow, ctx)
    idp, authenticator = found
    ctx.pending[CURRENT_OPTION] = option
    try:
        return _redirect(await authenticator.initiate(ctx, idp))
    except AuthenticationFailed as exc:
        return await failed(flow, ctx, authenticator.retry_enabled, exc)


async def failed(flow: Flow, ctx: AuthContext, retry: bool, exc: AuthenticationFailed) -> Response:
    """A failed step: retrying authenticators go back to the page, the rest to the caller (fw PR #6285)."""
    _log.info("Authentication failed in step %s: %s", ctx.current_step, type(exc).__name__)
    app = flow.application(ctx)
    if retry and app is not None:
        options = step_options(app, ctx.current_step)
        return _redirect(login_page_url(flow, ctx, options, failure=exc.failure_key))
    flow.contexts.remove(ctx)
    return await flow.on_failure(ctx)
