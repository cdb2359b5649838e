"""What a fresh IS 7.x pack has before anyone configures it: the admin user and the Console app.

The admin is a PRIMARY local user with the settings' credentials (``[super_admin]`` of
``deployment.toml``). ``Console`` is the system application the admin signs in to the Console
with: a public OIDC client ``CONSOLE``, PKCE mandatory, callback ``<public_url>/console`` (the Console's
``signInRedirectURL``, origin + ``/console``: identity-apps ``apps/console/src/index.jsp`` @0089358,
PROVENANCE.md "sign-in"), login consent skipped (architecture.md). Seeding is idempotent so a store
handed to ``create_app`` twice is not seeded twice.
"""

from __future__ import annotations

from mock_is.api import applications
from mock_is.settings import IsSettings
from mock_is.store import LocalUser, Store

__all__ = ["CONSOLE_APP_NAME", "CONSOLE_CLIENT_ID", "seed_system"]

CONSOLE_APP_NAME = "Console"
CONSOLE_CLIENT_ID = "CONSOLE"
_CLAIMS = "http://wso2.org/claims/"


def seed_system(store: Store, settings: IsSettings) -> None:
    """Add the admin user and the Console application unless they are already there."""
    with store.lock:
        if store.user_by_username(settings.admin_user) is None:
            _seed_admin(store, settings)
        if store.application_by_client_id(CONSOLE_CLIENT_ID) is None:
            _seed_console(store, settings)


def _seed_admin(store: Store, settings: IsSettings) -> None:
    admin = LocalUser(username=settings.admin_user, password=settings.admin_password)
    # [GAP] the notes do not give the pack admin's email; ``<admin>@wso2.com`` mirrors WSO2's samples.
    admin.claims = {
        _CLAIMS + "username": settings.admin_user,
        _CLAIMS + "userid": admin.id,
        _CLAIMS + "emailaddress": f"{settings.admin_user}@wso2.com",
        _CLAIMS + "givenname": settings.admin_user,
        _CLAIMS + "lastname": "Administrator",
    }
    store.add_user(admin)


def _seed_console(store: Store, settings: IsSettings) -> None:
    body = {
        "name": CONSOLE_APP_NAME,
        "description": "This is the console application.",
        "accessUrl": settings.url("/console"),
        "isManagementApp": True,
        "advancedConfigurations": {"skipLoginConsent": True, "skipLogoutConsent": True},
        "inboundProtocolConfiguration": {
            "oidc": {
                "clientId": CONSOLE_CLIENT_ID,
                "grantTypes": ["authorization_code", "refresh_token"],
                "callbackURLs": [settings.url("/console")],
                "allowedOrigins": [settings.public_url.rstrip("/")],
                "publicClient": True,
                "pkce": {"mandatory": True, "supportPlainTransformAlgorithm": False},
            }
        },
    }
    app_id = applications.create_application(store, settings, body)
    # System applications are listed read-only in IS 7 (``access: READ``).
    store.applications[app_id]["access"] = "READ"
