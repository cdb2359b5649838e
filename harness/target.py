"""What the harness runs against: an IS, the X it talks to, and the sample app, as URLs."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Target"]


@dataclass(frozen=True)
class Target:
    """The deployment under test and its companions; the embedded stack and a real IS look the same."""

    name: str
    is_url: str
    x_url: str
    app_url: str
    admin_user: str
    admin_password: str
    verify: bool | str = True
    # "mock": x_url is mock X, scriptable through its control plane; "real": x_url is where the real X
    # answers (x_api_url), and nothing about X can be scripted.
    x_mode: str = "mock"
    # The deployment profile the run assumes (mock_is/profiles.py): the embedded stack runs in it; for an
    # external IS it says what IS's APIs cannot show (e.g. that connections prompt for account creation).
    profile: str = "7.1"

    @property
    def real_x(self) -> bool:
        """Whether IS talks to the real X (opt-in): scenarios that script X must skip."""
        return self.x_mode == "real"

    @property
    def issuer(self) -> str:
        """IS's OpenID issuer, ``<base>/oauth2/token``."""
        return f"{self.is_url}/oauth2/token"

    @property
    def commonauth_url(self) -> str:
        """The Callback URL the doc registers on X and in the connection: ``<base>/commonauth``."""
        return f"{self.is_url}/commonauth"

    def __repr__(self) -> str:
        return f"Target({self.name!r}, is_url={self.is_url!r}, x_url={self.x_url!r}, x_mode={self.x_mode!r})"
