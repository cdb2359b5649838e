"""``/oauth2/revoke`` (RFC 7009) and ``/oauth2/introspect`` (RFC 7662), which discovery advertises.

Both authenticate the client as the token endpoint does. Revocation answers 200 whether or not the
token was known (RFC 7009 §2.2); introspection answers ``{"active": false}`` for anything not live.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, Response

from mock_is.oidc.token import TokenError, authenticate_client, form_of
from mock_is.oidc.tokens import TokenService

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.post("/oauth2/revoke")
async def revoke(request: Request) -> Response:
    """Revoke an access token of the authenticated client."""
    form = await form_of(request)
    tokens: TokenService = request.app.state.oidc_tokens
    try:
        client_id, _ = authenticate_client(request.app.state.store, request, form)
    except TokenError as exc:
        return exc.response()
    grant = tokens.access(form.get("token", ""))
    if grant is not None and grant.client_id == client_id:
        tokens.revoke(form["token"])
    return Response(status_code=200)


@router.post("/oauth2/introspect")
async def introspect(request: Request) -> Response:
    """Describe a token to the authenticated client."""
    form = await form_of(request)
    tokens: TokenService = request.app.state.oidc_tokens
    try:
        authenticate_client(request.app.state.store, request, form)
    except TokenError as exc:
        return exc.response()
    found = tokens.live(form.get("token", ""))
    if found is None:
        return JSONResponse({"active": False})
    grant, expiry = found
    body = {
        "active": True,
        "token_type": "Bearer",
        "scope": " ".join(grant.scope),
        "client_id": grant.client_id,
        "sub": grant.subject,
        "exp": expiry,
        "iat": grant.auth_time,
    }
    if grant.local_username:
        body["username"] = grant.local_username
    return JSONResponse(body)
