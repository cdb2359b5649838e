"""The OIDC inbound protocol's side of a login: how a finished (or failed) authentication is answered.

Success leads to the consent page unless the app skips it (``advancedConfigurations.skipLoginConsent``),
then to the callback with ``code`` and ``state``; failure goes back to the callback with IS's
``OAuth2AuthzEndpoint`` defaults, ``error=login_required`` and ``error_description=Authentication
required`` (the framework sets no error code for a failed federated step; [INF] from the endpoint's
``buildOAuthProblemException`` defaults, not in the notes).
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlencode

from starlette.responses import HTMLResponse, RedirectResponse, Response

from mock_is.authn.context import AuthContext, AuthenticatedUser, ContextStore
from mock_is.oidc.release import SubjectUnavailable, released_claims, subject_of
from mock_is.oidc.tokens import Grant, TokenService
from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["OidcProtocol", "authorization_response", "error_page", "error_redirect"]

JSON = dict[str, Any]


def _append_query(url: str, params: list[tuple[str, str]]) -> str:
    return url + ("&" if "?" in url else "?") + urlencode(params)


def _form_post(redirect_uri: str, params: list[tuple[str, str]]) -> Response:
    """OAuth 2.0 Form Post Response Mode §2: an HTML page that POSTs the parameters to the callback at once
    (IS supports ``response_mode=form_post``; the Console asks for it, shell-users research §2a)."""
    fields = "".join(f'<input type="hidden" name="{escape(k)}" value="{escape(v)}"/>' for k, v in params)
    page = (
        "<!DOCTYPE html><html><head><title>Submit This Form</title></head>"
        '<body onload="javascript:document.forms[0].submit()">'
        f'<form method="post" action="{escape(redirect_uri)}">{fields}</form></body></html>'
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


def authorization_response(
    redirect_uri: str, params: list[tuple[str, str]], response_mode: str | None
) -> Response:
    """The authorization response in the client's ``response_mode``: a query redirect, or a form post."""
    if response_mode == "form_post":
        return _form_post(redirect_uri, params)
    return RedirectResponse(_append_query(redirect_uri, params), status_code=302)


def error_redirect(
    redirect_uri: str, error: str, description: str, state: str | None, response_mode: str | None = None
) -> Response:
    """RFC 6749 §4.1.2.1: back to the client with ``error``, ``error_description`` and ``state``."""
    params = [("error_description", description), ("error", error)]
    if state is not None:
        params.append(("state", state))
    return authorization_response(redirect_uri, params, response_mode)


def error_page(settings: IsSettings, error: str, description: str) -> Response:
    """IS's ``oauth2_error.do`` for requests it must not redirect back."""
    url = settings.url("authenticationendpoint/oauth2_error.do")
    return RedirectResponse(
        _append_query(url, [("oauthErrorCode", error), ("oauthErrorMsg", description)]), 302
    )


def _is_internal_scope(scope: str) -> bool:
    return scope == "SYSTEM" or scope.startswith("internal_")


class OidcProtocol:
    """Concludes logins for ``/oauth2/authorize``."""

    def __init__(
        self, settings: IsSettings, store: Store, contexts: ContextStore, tokens: TokenService
    ) -> None:
        self.settings = settings
        self.store = store
        self.contexts = contexts
        self.tokens = tokens

    def _app(self, ctx: AuthContext) -> JSON | None:
        with self.store.lock:
            return self.store.applications.get(ctx.app_id)

    async def failure(self, ctx: AuthContext) -> Response:
        """A failed login back at the client."""
        self.contexts.remove(ctx)
        req = ctx.request
        return error_redirect(
            req.redirect_uri, "login_required", "Authentication required", req.state, req.response_mode
        )

    async def success(self, ctx: AuthContext) -> Response:
        """A finished login: consent first unless the app skips it."""
        app = self._app(ctx)
        if app is None:
            return await self.failure(ctx)
        if (app.get("advancedConfigurations") or {}).get("skipLoginConsent"):
            return self.issue_code(ctx)
        consent_key = self.contexts.await_consent(ctx)
        query = [
            ("sessionDataKeyConsent", consent_key),
            ("spId", str(app.get("id", ""))),
            ("application", str(app.get("name", ""))),
            ("scope", " ".join(ctx.request.scope)),
        ]
        return RedirectResponse(
            _append_query(self.settings.url("authenticationendpoint/oauth2_consent.do"), query), 302
        )

    def _step_user(self, app: JSON, ctx: AuthContext, key: str) -> AuthenticatedUser:
        step = int((app.get("authenticationSequence") or {}).get(key) or 1)
        return ctx.results.get(step) or ctx.results[min(ctx.results)]

    def consent_claims(self, ctx: AuthContext) -> list[str]:
        """The OIDC claim names the consent page lists."""
        app = self._app(ctx) or {}
        user = self._step_user(app, ctx, "attributeStepId")
        return sorted(released_claims(self.store, app, user, ctx.request.scope))

    def grant_for(self, app: JSON, ctx: AuthContext) -> Grant:
        """The grant a code stands for: ``sub`` from the subject step, claims from the attribute step."""
        subject_user = self._step_user(app, ctx, "subjectStepId")
        attribute_user = self._step_user(app, ctx, "attributeStepId")
        account = self.store.users.get(subject_user.local_user_id or "")
        return Grant(
            client_id=ctx.request.client_id,
            app_id=ctx.app_id,
            redirect_uri=ctx.request.redirect_uri,
            scope=self._granted_scopes(ctx.request.scope, account),
            subject=subject_of(self.store, app, subject_user),
            claims=released_claims(self.store, app, attribute_user, ctx.request.scope),
            amr=[u.authenticator for _, u in sorted(ctx.results.items())],
            nonce=ctx.request.nonce,
            code_challenge=ctx.request.code_challenge,
            code_challenge_method=ctx.request.code_challenge_method,
            local_username=account.username if account and not subject_user.federated else None,
        )

    def _granted_scopes(self, asked: tuple[str, ...], account: Any) -> tuple[str, ...]:
        """IS grants an internal scope (``SYSTEM``, ``internal_*``) only to a user whose roles hold it;
        of this simulator's users only the admin does. [GAP] the notes give no finer role model."""
        is_admin = account is not None and account.username == self.settings.admin_user
        return tuple(s for s in asked if is_admin or not _is_internal_scope(s))

    def issue_code(self, ctx: AuthContext) -> Response:
        """The authorization response: 302 to the callback with ``code`` and ``state``."""
        app = self._app(ctx)
        self.contexts.remove(ctx)
        if app is None:
            req = ctx.request
            return error_redirect(
                req.redirect_uri, "login_required", "Authentication required", req.state, req.response_mode
            )
        try:
            grant = self.grant_for(app, ctx)
        except SubjectUnavailable:
            req = ctx.request
            return error_redirect(
                req.redirect_uri, "login_required", "Authentication required", req.state, req.response_mode
            )
        params = [("code", self.tokens.issue_code(grant))]
        if ctx.request.state is not None:
            params.append(("state", ctx.request.state))
        return authorization_response(ctx.request.redirect_uri, params, ctx.request.response_mode)
