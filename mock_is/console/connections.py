"""Connections pages: the list, the template grid with the Custom Connector wizard, the edit page.

Routes, labels and test ids follow is-console-ui.md §2–§6. The edit page's tabs are server-rendered
views chosen by ``?tab=<data-tabid>``: the real Console keeps the tab in ``location.state`` (never in
the DOM or the URL), so this only adds a way to deep-link and changes nothing a locator relies on.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from mock_is.api.errors import IsApiError
from mock_is.api.idps import create_identity_provider, get_identity_provider, list_identity_providers
from mock_is.console import connection_view
from mock_is.console.web import ConsoleContext, console_context, redirect, render

__all__ = ["CONNECTION_TABS", "EXPERT_MODE_TEMPLATE_ID", "router"]

router = APIRouter()
Ctx = Annotated[ConsoleContext, Depends(console_context)]

EXPERT_MODE_TEMPLATE_ID = "expert-mode-idp"
# getPanes() order in connection-edit.tsx (is-console-ui.md §3); "Groups" is feature-flagged off.
CONNECTION_TABS: tuple[tuple[str, str], ...] = (
    ("general", "General"),
    ("settings", "Settings"),
    ("attributes", "Attributes"),
    ("connected-apps", "Connected Apps"),
    ("outbound-provisioning", "Outbound Provisioning"),
    ("jit-provisioning", "Just-in-Time Provisioning"),
    ("advanced", "Advanced"),
)


@router.get("/connections", response_class=HTMLResponse)
def connections_list(request: Request, ctx: Ctx, q: str = "") -> HTMLResponse:
    """``/console/connections``: the grid of connections with "New Connection"."""
    listing = list_identity_providers(ctx.store, ctx.settings)["identityProviders"]
    shown = [i for i in listing if q.lower() in str(i["name"]).lower()]
    return render(
        request, ctx, "connections.html", section="connections", idps=shown, q=q, total=len(listing)
    )


@router.get("/connections/templates", response_class=HTMLResponse)
def connection_templates(request: Request, ctx: Ctx, open: str = "") -> HTMLResponse:
    """``/console/connections/templates``; ``?open=expert-mode-idp`` opens the wizard at once."""
    return _templates_page(request, ctx, open == EXPERT_MODE_TEMPLATE_ID, {}, None)


def _templates_page(
    request: Request, ctx: ConsoleContext, open_wizard: bool, values: dict[str, str], error: str | None
) -> HTMLResponse:
    # A refused form is re-shown with its message, like the SPA's inline error: the page itself loads
    # fine (200), so the browser logs no failed resource.
    return render(
        request,
        ctx,
        "connection_templates.html",
        section="connections",
        open_wizard=open_wizard,
        values=values,
        error=error,
    )


@router.post("/connections/templates/expert-mode-idp", response_class=HTMLResponse)
async def create_custom_connector(request: Request, ctx: Ctx) -> Response:
    """The Custom Connector wizard's "Create": POST the expert-mode skeleton, land on ``?state=new``."""
    form = await request.form()
    values = {k: str(form.get(k) or "").strip() for k in ("name", "description")}
    if not values["name"]:
        return _templates_page(request, ctx, True, values, "A name is required for the connection.")
    try:
        created = create_identity_provider(ctx.store, ctx.settings, _expert_mode_body(values))
    except IsApiError as exc:
        return _templates_page(request, ctx, True, values, exc.description or exc.message)
    return redirect(f"/console/connections/{created['id']}?state=new")


def _expert_mode_body(values: dict[str, str]) -> dict[str, Any]:
    # expert-mode.json (is-console-ui.md §2): empty claims, authenticators, roles and provisioning;
    # with no provisioning section the server leaves JIT off, which is the doc's "disabled by default".
    return {
        "name": values["name"],
        "description": values["description"],
        "templateId": EXPERT_MODE_TEMPLATE_ID,
        "image": "assets/images/logos/expert.svg",
        "isPrimary": False,
        "roles": {"mappings": [], "outboundProvisioningRoles": []},
        "claims": {"mappings": [], "provisioningClaims": []},
    }


@router.get("/connections/{idp_id}", response_class=HTMLResponse)
def connection_edit(
    request: Request, ctx: Ctx, idp_id: str, tab: str = "general", wizard: str = "", authenticator: str = ""
) -> HTMLResponse:
    """``/console/connections/{id}``: the edit page with its tabs in the real order."""
    try:
        idp = get_identity_provider(ctx.store, ctx.settings, idp_id)
    except IsApiError as exc:
        return render(request, ctx, "not_found.html", 404, section="connections", message=exc.description)
    tab = tab if tab in dict(CONNECTION_TABS) else "general"
    pane = connection_view.pane_values(ctx, idp, tab, wizard, authenticator)
    return render(
        request,
        ctx,
        "connection_edit.html",
        section="connections",
        idp=idp,
        tab=tab,
        tabs=CONNECTION_TABS,
        **pane,
    )
