"""The authentication portal's pages (identity-apps ``authentication-portal``), rendered with Jinja2.

Markup, ids, ``data-testid``s and wording follow is-console-ui.md §9 so the same page object drives this
page and a real IS; texts come from the portal's ``Resources.properties`` keys named beside each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.responses import HTMLResponse

from mock_is.settings import IsSettings

__all__ = [
    "FAILURE_MESSAGES",
    "IdpButton",
    "RETRY_STATUS",
    "RETRY_STATUS_MSG",
    "login_buttons",
    "render",
    "retry_url",
]

# retry.do's defaults (x-authenticator.md §5 table [INF]).
RETRY_STATUS = "Authentication Error!"
RETRY_STATUS_MSG = "Something went wrong during the authentication process. Please try signing in again."
# authFailureMsg keys → English text (Resources.properties).
FAILURE_MESSAGES = {
    "login.fail.message": "Login failed! Please check your username and password and try again.",
    # [GAP] the two texts below were not read from Resources.properties.
    "error.user.account.locked": "Your account is locked.",
    "error.user.account.disabled": "Your account is disabled.",
}

_env = Environment(
    loader=PackageLoader("mock_is", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class IdpButton:
    """One federated "Sign In With <IdP>" button: ``icon-<n>`` and ``handleNoDomain``'s two arguments."""

    number: int
    idp: str
    authenticators: str

    @property
    def idp_param(self) -> str:
        """The IdP name as ``login.jsp`` URL-encodes it into the onclick handler."""
        return quote(self.idp, safe="")


def login_buttons(authenticators: str) -> tuple[bool, list[IdpButton]]:
    """Parse ``Name:IdP;Name:IdP``: whether a local option exists, and the federated buttons in order."""
    by_idp: dict[str, list[str]] = {}
    for entry in filter(None, authenticators.split(";")):
        name, _, idp = entry.partition(":")
        by_idp.setdefault(idp, []).append(name)
    buttons = [
        IdpButton(n, idp, ",".join(names))
        for n, (idp, names) in enumerate(by_idp.items(), start=1)
        if idp != "LOCAL"
    ]
    return "LOCAL" in by_idp, buttons


def retry_url(
    settings: IsSettings,
    status: str = RETRY_STATUS,
    message: str = RETRY_STATUS_MSG,
    failure_key: str | None = None,
) -> str:
    """``/authenticationendpoint/retry.do`` with IS's ``status`` and ``statusMsg``, and ``authFailureMsg``
    when a failure key is given."""
    params = {"status": status, "statusMsg": message}
    if failure_key:
        params["authFailureMsg"] = failure_key
    query = urlencode(params)
    return settings.url("authenticationendpoint/retry.do") + "?" + query


def render(template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """Render a portal page."""
    return HTMLResponse(_env.get_template(template).render(**values), status_code=status_code)
