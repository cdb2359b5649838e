"""The signing key of the OIDC provider: one RSA key generated at start, published at ``/oauth2/jwks``."""

from __future__ import annotations

from typing import Any

from joserfc.jwk import RSAKey

__all__ = ["SigningKey"]


class SigningKey:
    """An RS256 key pair; ``kid`` is its RFC 7638 thumbprint."""

    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, auto_kid=True)

    @property
    def kid(self) -> str:
        """The key id the ID token header names."""
        return str(self.key.kid)

    def jwks(self) -> dict[str, Any]:
        """The JWK Set with the public key only."""
        return {"keys": [self.key.as_dict(private=False)]}
