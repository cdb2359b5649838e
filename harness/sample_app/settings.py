"""Settings of the sample application (the doc's "application" in "Try it out")."""

from __future__ import annotations

import secrets

from pydantic import BaseModel, Field, SecretStr

__all__ = ["SampleAppSettings"]


def _random_secret() -> SecretStr:
    return SecretStr(secrets.token_urlsafe(32))


class SampleAppSettings(BaseModel):
    """Where the sample app is reached and how it talks to the OpenID provider."""

    public_url: str = "http://127.0.0.1:8000"
    title: str = "Sample app"
    # A fresh secret per process: sessions never need to outlive the run.
    session_secret: SecretStr = Field(default_factory=_random_secret)
    # The cookie is named apart from IS's: browsers scope cookies by host, not port, so on 127.0.0.1 a
    # plain "session" cookie would be shared with (and clobbered by) the other servers of the stack.
    session_cookie: str = "sample_app_session"
    # httpx ``verify``: True, False (``--insecure``) or a CA bundle path for an external IS over TLS.
    verify: bool | str = True
    # Off by default so a stray HTTP(S)_PROXY never captures loopback traffic; on for a proxied external IS.
    trust_env: bool = False
    scope: str = "openid profile email"

    def url(self, path: str) -> str:
        """Absolute public URL of ``path`` on the sample app."""
        return self.public_url.rstrip("/") + "/" + path.lstrip("/")
