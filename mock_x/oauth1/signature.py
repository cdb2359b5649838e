"""RFC 5849 request reading and HMAC-SHA1 verification with oauthlib, as X runs it (x-protocol.md §1.5)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from oauthlib.common import safe_string_equals
from oauthlib.oauth1.rfc5849 import signature as rfc5849
from oauthlib.oauth1.rfc5849 import utils as rfc5849_utils
from starlette.requests import Request

from mock_x.errors import bad_authentication_data

Params = list[tuple[str, str]]
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class SignedRequest:
    """A request's signable parts: method, the URL as the client addressed it, and its three sources."""

    method: str
    url: str
    query: Params
    form: Params
    header: Params

    @property
    def oauth(self) -> dict[str, str]:
        """The ``oauth_*`` parameters from header, query and form body (the header wins)."""
        merged = [*self.form, *self.query, *self.header]
        return {k: v for k, v in merged if k.startswith("oauth_")}

    def get(self, name: str) -> str | None:
        """A parameter by name from any source (header, then form, then query)."""
        for source in (self.header, self.form, self.query):
            for key, value in source:
                if key == name:
                    return value
        return None


async def read_signed_request(request: Request) -> SignedRequest:
    """Collect parameters per RFC 5849 §3.4.1.3.1; a malformed header or body is X's code 215."""
    try:
        query = parse_qsl(request.url.query, keep_blank_values=True)
        form = await _form(request)
        header = parse_oauth_header(request.headers.get("authorization"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_authentication_data() from exc
    return SignedRequest(request.method.upper(), str(request.url), query, form, header)


async def _form(request: Request) -> Params:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != _FORM:
        return []  # §3.4.1.3.1: only a form-encoded body takes part in the signature.
    # Decoded exactly once: the WSO2 connector signs its still-encoded oauth_callback (x-authenticator.md
    # §1.4), so oauthlib's collect_parameters (which unescapes oauth_* body values again) is not used.
    return parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True)


def parse_oauth_header(value: str | None) -> Params:
    """The ``oauth_*`` pairs of an ``Authorization: OAuth ...`` header, values unescaped (RFC 5849 §3.5.1)."""
    if not value or not value.lower().startswith("oauth "):
        return []
    pairs = rfc5849_utils.parse_authorization_header(value)
    return [(k, rfc5849_utils.unescape(v)) for k, v in pairs if k != "realm"]


def signature_valid(signed: SignedRequest, consumer_secret: str, token_secret: str | None) -> bool:
    """Check ``oauth_signature`` (HMAC-SHA1) over the rebuilt base string; tolerate exact duplicates.

    x-protocol.md §1.3: twitter-api-v2 sends ``oauth_token`` in both header and body but signs it once,
    so when identical pairs repeat the deduplicated set is tried too.
    """
    provided = signed.oauth.get("oauth_signature", "")
    params = [p for p in (*signed.header, *signed.query, *signed.form) if p[0] != "oauth_signature"]
    candidates = [params] if len(set(params)) == len(params) else [params, list(dict.fromkeys(params))]
    try:
        uri = rfc5849.base_string_uri(signed.url)
        for candidate in candidates:
            base = rfc5849.signature_base_string(signed.method, uri, rfc5849.normalize_parameters(candidate))
            if safe_string_equals(
                rfc5849.sign_hmac_sha1(base, consumer_secret, token_secret or ""), provided
            ):
                return True
    except ValueError:
        return False
    return False


def require_oauth(signed: SignedRequest) -> dict[str, str]:
    """The OAuth parameters, or 400 code 215 when the request carries no OAuth credentials at all."""
    oauth = signed.oauth
    if not oauth.get("oauth_consumer_key") or "oauth_signature" not in oauth:
        raise bad_authentication_data()
    return oauth


__all__ = [
    "SignedRequest",
    "parse_oauth_header",
    "read_signed_request",
    "require_oauth",
    "signature_valid",
]
