"""The JIT PROMPT_* schemes: the first federated login pauses on the account-creation pages.

``JITProvisioningPostAuthenticationHandler.handleRequestFlow`` (carbon-identity-framework): when the
connection prompts (``isPromptConsentEnabled``) and no local account is linked yet, the browser goes to
the recovery portal's ``register.do`` (the person may change the username: PROMPT_USERNAME_PASSWORD_CONSENT)
or ``signup.do`` with ``username``, ``spName``, ``skipsignupenablecheck=true``, ``sessionDataKey``,
``passwordProvisionEnabled`` (the two password schemes) and the federated user's local claims; the login
is paused (``PASSWORD_PROVISION_REDIRECTION_TRIGGERED``). The page posts to ``/commonauth``, where
``handleResponseFlow`` provisions with the posted username (when changing it is allowed), ``password`` and
claim values, and the login concludes.

The pages follow identity-apps ``identity-apps-core/apps/recovery-portal/src/main/webapp``
(``self-registration-username-request.jsp`` for ``register.do``, ``self-registration-with-verification.jsp``
for ``signup.do``; 2024-05 tree, PROVENANCE.md "Login page"): ``#username``, ``#passwordUserInput`` (its
value copied into ``password`` on submit), ``#termsCheckbox`` enabling ``#registrationSubmit``, a form
``#register`` posting to ``../commonauth``. [GAP] the portal's purpose/consent tree (from the consent
API) is not rendered: the stricter choice asks for the one terms checkbox every variant has.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from mock_is.authn.context import AuthContext, AuthenticatedUser
from mock_is.authn.flow import Flow, flow_of
from mock_is.authn.pages import render
from mock_is.claims.mapping import LOCAL_CLAIM_PREFIX
from mock_is.provisioning.rules import JitConfig, jit_active, jit_config, jit_username

__all__ = ["PENDING", "prompt_for", "redirect_to_account_creation", "router", "submitted_account"]

router = APIRouter(include_in_schema=False)
# The context property that marks a login waiting for the account-creation pages.
PENDING = "jit_account_creation"
_PORTAL = "accountrecoveryendpoint"


def prompt_for(flow: Flow, ctx: AuthContext) -> tuple[AuthenticatedUser, dict[str, Any], JitConfig] | None:
    """The federated step user whose connection prompts and who has no linked account yet, if any."""
    from mock_is.provisioning.jit import is_associated

    for user in ctx.results.values():
        idp = flow.store.idp_by_name(user.idp_name) if user.federated else None
        if idp is None:
            continue
        config = jit_config(idp)
        if (
            jit_active(config, flow.settings)
            and config.prompts
            and not is_associated(flow.store, idp, user.subject)
        ):
            return user, idp, config
    return None


def redirect_to_account_creation(
    flow: Flow, ctx: AuthContext, user: AuthenticatedUser, idp: dict[str, Any], config: JitConfig
) -> Response:
    """``redirectToAccountCreateUI``: pause the login and send the browser to the portal's page."""
    app = flow.application(ctx)
    params: dict[str, str] = {}
    page = "signup.do"
    if config.asks_username:
        page = "register.do"
        params["allowchangeusername"] = "true"
    if config.asks_password:
        params["passwordProvisionEnabled"] = "true"
    params.update({
        "spName": str((app or {}).get("name", "")),
        "username": jit_username(idp, user.claims, user.subject, flow.settings),
        "skipsignupenablecheck": "true",
        "sessionDataKey": ctx.key,
    })  # fmt: skip
    params.update({k: v for k, v in user.claims.items() if k.startswith(LOCAL_CLAIM_PREFIX) and v})
    ctx.pending[PENDING] = True
    return RedirectResponse(flow.settings.url(f"{_PORTAL}/{page}") + "?" + urlencode(params), status_code=302)


def submitted_account(
    ctx: AuthContext, config: JitConfig, params: dict[str, str]
) -> tuple[str | None, str | None, dict[str, str]]:
    """``handleResponseFlow``: the posted username (if it may change), password (if provisioned), claims."""
    username = params.get("username") if config.asks_username else None
    password = params.get("password") if config.asks_password else None
    claims = {k: v for k, v in params.items() if k.startswith(LOCAL_CLAIM_PREFIX) and v}
    ctx.pending.pop(PENDING, None)
    return username or None, password or None, claims


def _page_values(request: Request) -> dict[str, Any]:
    query = dict(request.query_params)
    claims = {k: v for k, v in query.items() if k.startswith(LOCAL_CLAIM_PREFIX)}
    return {
        "query": query,
        "claims": claims,
        "username": query.get("username", ""),
        "session_data_key": query.get("sessionDataKey", ""),
        "asks_password": query.get("passwordProvisionEnabled") == "true",
        "forward": urlencode({k: v for k, v in query.items() if k != "username"}),
    }


def _waiting(flow: Flow, request: Request) -> AuthContext | None:
    ctx = flow.contexts.get(request.query_params.get("sessionDataKey"))
    return ctx if ctx is not None and ctx.pending.get(PENDING) else None


@router.get(f"/{_PORTAL}/register.do")
async def register_page(request: Request) -> Response:
    """``self-registration-username-request.jsp``: the username the account will have (changeable)."""
    if _waiting(flow_of(request), request) is None:
        return render("account_creation_error.html", 400)
    return render("account_creation_username.html", **_page_values(request))


@router.get(f"/{_PORTAL}/signup.do")
async def signup_page(request: Request) -> Response:
    """``self-registration-with-verification.jsp`` (skipsignupenablecheck): password, terms, Sign Up."""
    if _waiting(flow_of(request), request) is None:
        return render("account_creation_error.html", 400)
    return render("account_creation.html", **_page_values(request))
