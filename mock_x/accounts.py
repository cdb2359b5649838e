"""Generated accounts and credentials: faker users from the seed, X-shaped keys and tokens."""

from __future__ import annotations

import base64
import secrets
import string
from datetime import UTC, datetime
from itertools import count

from faker import Faker

from mock_x.models import GENERATE, XUser

_ALNUM = string.ascii_letters + string.digits


def random_alnum(length: int) -> str:
    """A random token of letters and digits: never ``=`` or ``&`` (x-authenticator.md §1.4)."""
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


def url_safe(length: int) -> str:
    """A URL-safe random token like X's 27-character request tokens (x-protocol.md §1.1)."""
    return secrets.token_urlsafe(length)[:length]


def oauth2_client_id() -> str:
    """A client id shaped like X's: base64url of ``<random>:1:ci`` without padding (x-protocol.md §3.1)."""
    raw = f"{url_safe(20)}:1:ci".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def oauth2_token(kind: str, now: float) -> str:
    """An OAuth 2.0 code or token shaped ``<random>:<epoch ms>:1:1:<ac|at|rt>:1``, base64url (§3.1)."""
    raw = f"{random_alnum(43)}:{int(now * 1000)}:1:1:{kind}:1".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def bearer_token() -> str:
    """An app-only bearer token; X's start with a run of ``A`` and carry percent-escapes (§6)."""
    return "AAAAAAAAAAAAAAAAAAAAA" + random_alnum(30) + "%3D" + random_alnum(50)


class UserFactory:
    """Makes users from a seeded faker; a counter keeps screen names and ids unique across scenarios."""

    def __init__(self, seed: int | None) -> None:
        self._faker = Faker()
        self._faker.seed_instance(seed)
        self._serial = count(1)

    def make(
        self,
        screen_name: str | None,
        password: str | None,
        email: str | None,
        email_verified: bool,
        name: str | None,
    ) -> XUser:
        """Build one user; any argument left ``None`` (or ``GENERATE`` for email) is generated."""
        serial = next(self._serial)
        fake = self._faker
        handle = screen_name or f"{fake.user_name()[:10]}{serial}"
        user_id = fake.random_int(10**14, 10**15) * 1000 + serial % 1000
        created = fake.date_time_between("-12y", "-1y", tzinfo=UTC).replace(microsecond=0)
        return XUser(
            id=user_id,
            id_str=str(user_id),
            screen_name=handle,
            name=name or fake.name(),
            email=f"{handle.lower()}@{fake.free_email_domain()}" if email == GENERATE else email,
            email_verified=email_verified,
            password=password or fake.password(length=14, special_chars=False),
            profile_image_url_https=f"https://pbs.twimg.com/profile_images/{user_id}/{handle}_normal.jpg",
            created_at=created if isinstance(created, datetime) else datetime.now(UTC),
        )
