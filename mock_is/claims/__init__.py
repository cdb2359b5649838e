"""mock_is/claims."""

from __future__ import annotations
