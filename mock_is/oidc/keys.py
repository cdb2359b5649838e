"""The signing key of the OIDC provider: one RSA key generated at start, published at ``/oauth2/jwks``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from joserfc.jwk import RSAKey

__all__ = ["SigningKey"]


@lru_cache(maxsize=1)
def _process_key() -> RSAKey:
    # A 2048-bit key takes 0.2-1.3 s to generate; one per process serves every simulated IS in it
    # (each still publishes and signs with it like its own).
    return RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, auto_kid=True)


class SigningKey:
    """An RS256 key pair; ``kid`` is its RFC 7638 thumbprint."""

    def __init__(self) -> None:
        self.key = _process_key()

    @property
    def kid(self) -> str:
        """The key id the ID token header names."""
        return str(self.key.kid)

    def jwks(self) -> dict[str, Any]:
        """The JWK Set with the public key only."""
        return {"keys": [self.key.as_dict(private=False)]}
