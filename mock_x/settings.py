"""Settings of the mock X provider (environment prefix ``MOCK_X_``)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class MockXSettings(BaseSettings):
    """Where the mock is reachable and how strict it is; every field can come from ``MOCK_X_*``."""

    model_config = SettingsConfigDict(env_prefix="MOCK_X_")

    # Base URL clients address. Links and redirects use it; signatures do not (x-protocol.md §0: the
    # signature base URL is rebuilt from the request as the client addressed it).
    public_url: str = "http://127.0.0.1:8081"
    # None: a fresh seed per instance, so two mocks (two runs against one external IS) never hand out
    # the same X ids, which become JIT usernames; set it to make a run's X accounts repeatable.
    seed: int | None = None
    # [GAP] x-protocol.md §1.5 / §7.1: X publishes no timestamp window; ±300 s is the common choice.
    timestamp_window_seconds: int = 300
    # [GAP] request-token lifetime is not published; X tokens "expire because too old" (§1.2).
    request_token_ttl_seconds: int = 900
    # x-protocol.md §3.1: "The auth_code has a time limit of 30 seconds".
    oauth2_code_ttl_seconds: int = 30
    oauth2_access_token_ttl_seconds: int = 7200
    # x-protocol.md §5: 15-minute windows, 75 per user for verify_credentials and /2/users/me.
    rate_limit_window_seconds: int = 900
    rate_limit_verify_credentials: int = 75
    rate_limit_users_me: int = 75
    # Keep the request log bounded so a benchmark cannot grow memory without limit.
    request_log_size: int = 5000
