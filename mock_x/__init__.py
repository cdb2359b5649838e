"""mock_x: a mock X provider faithful enough that real X clients and WSO2's connector cannot tell."""

from __future__ import annotations

from mock_x.app import create_app
from mock_x.jvm import twitter4j_jvm_flags
from mock_x.mock import MockX
from mock_x.models import RecordedRequest, XApp, XUser
from mock_x.settings import MockXSettings

__all__ = ["MockX", "MockXSettings", "RecordedRequest", "XApp", "XUser", "create_app", "twitter4j_jvm_flags"]
