"""Per-endpoint 15-minute windows and the ``x-rate-limit-*`` headers (x-protocol.md §5)."""

from __future__ import annotations

from mock_x.errors import rate_limited
from mock_x.mock import MockX


def spend(mock: MockX, endpoint: str, who: str, limit: int, v2: bool = False) -> dict[str, str]:
    """Count one call for ``who``; returns the headers to send, or raises 429 once the window is spent."""
    window = mock.settings.rate_limit_window_seconds
    limit, remaining, reset = mock.store.count_call(endpoint, who, limit, window)
    headers = {
        "x-rate-limit-limit": str(limit),
        "x-rate-limit-remaining": str(max(remaining, 0)),
        "x-rate-limit-reset": str(reset),
    }
    if remaining < 0:
        raise rate_limited(headers, v2=v2)
    return headers
