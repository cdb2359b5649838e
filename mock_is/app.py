"""App factory of the IS simulator: every surface (REST APIs, login flow, Console) over one Store."""

from __future__ import annotations

from fastapi import FastAPI

from mock_is.settings import IsSettings
from mock_is.store import Store

__all__ = ["create_app"]


def create_app(settings: IsSettings | None = None, store: Store | None = None) -> FastAPI:
    """Build the ASGI app of one simulated IS 7.x deployment."""
    from mock_is import api, authn, oidc, seed, tenancy
    from mock_is.console import spa as console

    settings = settings or IsSettings()
    app = FastAPI(title="mock_is", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.store = store or Store()
    seed.seed_system(app.state.store, settings)
    api.install(app)
    authn.install(app)
    api.register_bearer_validator(app, oidc.bearer_validator(app))
    console.install(app)
    tenancy.install(app)
    return app
