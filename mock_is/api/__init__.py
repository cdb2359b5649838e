"""The REST surfaces of the IS simulator: IdP and application management, SCIM 2.0 Users,
federated associations, userstores, IS's error shapes and admin authentication.

Resource logic lives in plain functions (``idps``, ``idp_parts``, ``applications``, ``app_oidc``,
``scim_users``, ``associations``) raising ``IsApiError``; the routers only translate HTTP, so the
Console pages call the same functions and always agree with the API.
"""

from __future__ import annotations

import importlib

from fastapi import FastAPI

from mock_is.api.app_routes import router as _applications_router
from mock_is.api.auth import (
    AdminAuthMiddleware,
    BearerValidator,
    Principal,
    register_bearer_validator,
    register_public_prefix,
)
from mock_is.api.catalog_routes import router as _catalog_router
from mock_is.api.claim_dialects import router as _claim_dialects_router
from mock_is.api.errors import IsApiError, install_error_handlers
from mock_is.api.idp_routes import router as _idp_router
from mock_is.api.user_routes import associations_router as _associations_router
from mock_is.api.user_routes import scim_router as _scim_router
from mock_is.api.userstores import router as _userstores_router

__all__ = [
    "DEFERRED",
    "BearerValidator",
    "IsApiError",
    "Principal",
    "install",
    "load_deferred",
    "register_bearer_validator",
    "register_public_prefix",
]


def install(app: FastAPI) -> None:
    """Mount the REST APIs, their error handlers and the admin authentication on ``app``."""
    app.state.bearer_validators = []
    app.state.public_api_prefixes = []
    install_error_handlers(app)
    for router in (
        _idp_router,
        _catalog_router,
        _applications_router,
        _scim_router,
        _associations_router,
        _userstores_router,
        _claim_dialects_router,
    ):
        app.include_router(router)
    app.add_middleware(
        AdminAuthMiddleware,
        settings=app.state.settings,
        validators=app.state.bearer_validators,
        store=app.state.store,
        public_prefixes=app.state.public_api_prefixes,
    )


# Imported by the routes that use them rather than at start-up: scim2-models is about half a second of
# the stack's start (docs/performance.md, "The stack answers before SCIM is loaded"). In dependency order.
DEFERRED = ("mock_is.api.scim_users", "mock_is.api.scim_discovery")


def load_deferred() -> None:
    """Import the modules the routes import on first use, so that the first SCIM call does not wait for
    them (the embedded stack calls it once its servers answer, in a thread of its own)."""
    for name in DEFERRED:
        importlib.import_module(name)
