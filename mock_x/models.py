"""The records the mock keeps: apps, users, tokens and the request log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# The sentinel default of an account field mock X makes up itself (with faker, in ``mock_x.accounts``); here,
# so that a client passes it without importing faker.
GENERATE = "<faker>"


@dataclass(frozen=True)
class XApp:
    """A Developer Portal app: OAuth 1.0a consumer keys, bearer token and OAuth 2.0 client."""

    name: str
    consumer_key: str
    consumer_secret: str
    bearer_token: str
    client_id: str
    client_secret: str | None
    callback_urls: list[str]
    website_url: str
    request_email: bool
    # "web" is X's "Web App, Automated App or Bot" (confidential); "native"/"spa" are public clients.
    app_type: str = "web"
    access_level: str = "read"
    terms_url: str | None = None
    privacy_url: str | None = None
    sign_in_with_x: bool = True
    organization_name: str | None = None
    organization_url: str | None = None


@dataclass(frozen=True)
class XUser:
    """An X account that can sign in on the mock's pages."""

    id: int
    id_str: str
    screen_name: str
    name: str
    email: str | None
    email_verified: bool
    password: str
    profile_image_url_https: str
    created_at: datetime


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the mock received it (secrets redacted)."""

    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    oauth: dict[str, str]
    headers: dict[str, str]
    status: int
    host: str = ""


@dataclass
class Project:
    """A Developer Portal project and the apps (by consumer key) created in it."""

    id: str
    name: str
    use_case: str
    description: str
    owner_id: int
    apps: list[str] = field(default_factory=list)


@dataclass
class RequestToken:
    """An OAuth 1.0a temporary credential (RFC 5849 §2.1) and where it is in its life."""

    token: str
    secret: str
    consumer_key: str
    callback: str
    issued_at: float
    access_type: str | None = None
    user_id: int | None = None
    verifier: str | None = None
    used: bool = False


@dataclass
class AccessToken:
    """An OAuth 1.0a token credential; ``email_permission`` is frozen at grant time (x-protocol.md §2)."""

    token: str
    secret: str
    consumer_key: str
    user_id: int
    email_permission: bool
    revoked: bool = False


@dataclass
class Failure:
    """A failure armed with ``fail_next`` for the next call to one path."""

    status: int
    code: int | None = None
    message: str | None = None
    latency: float = 0.0


@dataclass
class OAuth2Grant:
    """An OAuth 2.0 authorization code, access token or refresh token and what it grants."""

    value: str
    kind: str
    client_id: str
    user_id: int
    scopes: list[str]
    expires_at: float
    redirect_uri: str = ""
    code_challenge: str = ""
    code_challenge_method: str = "plain"
    used: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
