"""X's error bodies, in the shapes X really sends (x-protocol.md §1.3, §1.6, §3.2, §3.4, §5)."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from starlette.requests import Request
from starlette.responses import Response


class XError(Exception):
    """An error X answers with; ``kind`` picks the body shape (v1 JSON, text, XML, v2 problem, OAuth 2)."""

    def __init__(
        self,
        status: int,
        message: str,
        code: int | None = None,
        kind: str = "v1",
        error: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.kind, self.error = status, message, code, kind, error
        self.headers = headers or {}
        self.extra: dict[str, object] = {}

    def response(self) -> Response:
        """Render the error as X would put it on the wire."""
        response = self._render()
        response.headers.update(self.headers)
        return response

    def _render(self) -> Response:
        if self.kind == "text":
            return Response(self.message, self.status, media_type="text/plain; charset=utf-8")
        if self.kind == "xml":
            body = (
                "<?xml version='1.0' encoding='UTF-8'?><errors>"
                f'<error code="{self.code}">{escape(self.message)}</error></errors>'
            )
            return Response(body, self.status, media_type="application/xml;charset=utf-8")
        return Response(json.dumps(self._json()), self.status, media_type="application/json; charset=utf-8")

    def _json(self) -> object:
        if self.kind == "problem":
            return self.extra or {
                "title": self.message,
                "type": "about:blank",
                "status": self.status,
                "detail": self.message,
            }
        if self.kind == "oauth2":
            return {"error": self.error, "error_description": self.message}
        return {"errors": [{"code": self.code, "message": self.message}]}


def could_not_authenticate() -> XError:
    """401 code 32: bad consumer key, bad signature, replayed nonce (x-protocol.md §1.6)."""
    return XError(401, "Could not authenticate you.", 32)


def invalid_or_expired_token() -> XError:
    """401 code 89: unknown or revoked token; docs say 403, X sends 401 in practice (§1.6)."""
    return XError(401, "Invalid or expired token.", 89)


def timestamp_out_of_bounds() -> XError:
    """401 code 135 "Timestamp out of bounds.": oauth_timestamp outside the window.

    The message is what X sends, seen through the real twitter4j 4.0.7 (server-audit-2026-12.md, "X,
    through the real twitter4j 4.0.7"); X's code table in x-protocol.md §1.6 prints 32's text for 135,
    and the audit wins where the two disagree.
    """
    return XError(401, "Timestamp out of bounds.", 135)


def bad_authentication_data() -> XError:
    """400 code 215: no or wholly invalid authentication data (§1.6, §2)."""
    return XError(400, "Bad authentication data.", 215)


def callback_not_approved() -> XError:
    """403 code 415 in the XML body X has sent since 2021, without the trailing period (§1.6)."""
    return XError(
        403,
        "Callback URL not approved for this client application. "
        "Approved callback URLs can be adjusted in your application settings",
        415,
        kind="xml",
    )


def desktop_only_oob() -> XError:
    """401 code 417: the app has no callback configured but a URL was sent (§1.6, §4.4)."""
    return XError(401, "Desktop applications only support the oauth_callback value 'oob'", 417)


def invalid_verifier() -> XError:
    """Plain-text 401 for a wrong or missing oauth_verifier on access_token (§1.3)."""
    return XError(401, "Error processing your OAuth request: Invalid oauth_verifier parameter", kind="text")


def invalid_request_token() -> XError:
    """Plain-text 401 for an unknown, used or expired request token on access_token (§1.3)."""
    return XError(401, "Invalid request token", kind="text")


def rate_limited(headers: dict[str, str], v2: bool = False) -> XError:
    """429 code 88 (v1.1) or the v2 problem body (§5), with the ``x-rate-limit-*`` headers."""
    if v2:
        return XError(429, "Too Many Requests", kind="problem", headers=headers)
    return XError(429, "Rate limit exceeded", 88, headers=headers)


def not_permitted() -> XError:
    """403 code 220: the credentials (an app-only bearer on a user endpoint) do not allow this (§1.6)."""
    return XError(403, "Your credentials do not allow access to this resource.", 220)


def v2_unauthorized() -> XError:
    """401 problem body for a missing, invalid or expired bearer token on v2 (§3.4)."""
    return XError(401, "Unauthorized", kind="problem")


def oauth2_error(status: int, error: str, description: str) -> XError:
    """An OAuth 2.0 token-endpoint error body (§3.2)."""
    return XError(status, description, kind="oauth2", error=error)


def page_not_found() -> XError:
    """404 code 34, X's answer for an unknown path."""
    return XError(404, "Sorry, that page does not exist.", 34)


async def handle_x_error(_request: Request, exc: Exception) -> Response:
    """Starlette exception handler turning ``XError`` into its wire response."""
    assert isinstance(exc, XError)
    return exc.response()
