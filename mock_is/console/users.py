"""Users pages: the list with its userstore dropdown and search, and a user's profile.

As is-console-ui.md §8 records, a JIT user looks like a local user in the list (the "Managed By"
column is off in IS); the list shows the username without its userstore domain. The profile shows
the user's local claims and, like IS's user-edit page, the connection the account is linked to.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from mock_is.api.associations import list_associations
from mock_is.api.errors import IsApiError
from mock_is.api.scim_mapping import claims_from_scim
from mock_is.api.scim_users import get_user, list_users, split_domain
from mock_is.claims.dialects import LOCAL_CLAIMS
from mock_is.console.connection_view import userstore_names
from mock_is.console.web import ConsoleContext, console_context, render

__all__ = ["router"]

router = APIRouter()
Ctx = Annotated[ConsoleContext, Depends(console_context)]
_EMAIL = "http://wso2.org/claims/emailaddress"


def _scim_filter(q: str) -> str | None:
    query = q.strip()
    if not query:
        return None
    return 'userName co "' + query.replace("\\", "\\\\").replace('"', '\\"') + '"'


@router.get("/users", response_class=HTMLResponse)
def users_list(request: Request, ctx: Ctx, q: str = "", userstore: str = "PRIMARY") -> HTMLResponse:
    """``/console/users``: one userstore at a time (PRIMARY first), searchable by username."""
    stores = userstore_names(ctx)
    userstore = userstore.upper() if userstore.upper() in stores else "PRIMARY"
    try:
        found = list_users(ctx.store, ctx.settings, _scim_filter(q), domain=userstore)
        error = None
    except IsApiError as exc:
        found, error = {"Resources": []}, exc.description or exc.message
    rows = [_row(doc) for doc in found.get("Resources", [])]
    return render(
        request,
        ctx,
        "users.html",
        section="users",
        rows=rows,
        q=q,
        userstore=userstore,
        userstores=stores,
        error=error,
    )


def _row(doc: dict[str, Any]) -> dict[str, str]:
    emails = doc.get("emails") or []
    email = (
        emails[0] if emails and isinstance(emails[0], str) else (emails[0].get("value", "") if emails else "")
    )
    return {"id": doc["id"], "username": split_domain(doc["userName"])[1], "email": str(email or "")}


@router.get("/users/{user_id}", response_class=HTMLResponse)
def user_profile(request: Request, ctx: Ctx, user_id: str) -> HTMLResponse:
    """``/console/users/{id}``: the profile (local claims), userstore and linked connections."""
    try:
        doc = get_user(ctx.store, ctx.settings, user_id)
        links = list_associations(ctx.store, ctx.settings, user_id)
    except IsApiError as exc:
        return render(
            request, ctx, "not_found.html", 404, section="users", message=exc.description or exc.message
        )
    # The profile is read through SCIM, as the real Console's user-edit page does (GET /scim2/Users/{id}).
    claims = claims_from_scim(doc, include_read_only=True)
    attributes = [
        {"uri": uri, "label": LOCAL_CLAIMS[uri].display_name if uri in LOCAL_CLAIMS else uri, "value": value}
        for uri, value in sorted(claims.items(), key=lambda kv: kv[0])
        if value
    ]
    domain, name = split_domain(doc["userName"])
    return render(
        request,
        ctx,
        "user_edit.html",
        section="users",
        doc=doc,
        username=name,
        userstore=domain,
        attributes=attributes,
        links=links,
        email=claims.get(_EMAIL, ""),
    )
