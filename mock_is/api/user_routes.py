"""Routes of SCIM 2.0 (``/scim2``: Users and discovery) and the user associations API ``/api/users/v1``.

The SCIM modules are imported by the routes that use them, not with this one: they import scim2-models,
about half a second of the embedded stack's start-up (pydantic reads every model's source for its field
docstrings, and the filter grammar is built), which the stack loads after it answers instead
(``mock_is.api.load_deferred``, docs/performance.md "The stack answers before SCIM is loaded").
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from fastapi.responses import JSONResponse

from mock_is.api import associations
from mock_is.api.auth import Principal
from mock_is.api.deps import SettingsDep, StoreDep, scim_response

__all__ = ["associations_router", "scim_router"]

scim_router = APIRouter(prefix="/scim2")
associations_router = APIRouter(prefix="/api/users/v1")
JSON = dict[str, Any]
BodyDep = Annotated[Any, Body()]


@scim_router.get("/Users")
def list_users(
    store: StoreDep,
    settings: SettingsDep,
    filter: str | None = None,  # the API's own parameter name
    startIndex: Annotated[int, Query()] = 1,
    count: Annotated[int | None, Query()] = None,
    domain: str | None = None,
    attributes: str | None = None,
    excludedAttributes: str | None = None,
) -> JSONResponse:
    """List or search users."""
    from mock_is.api import scim_users

    params = scim_users.response_parameters(attributes, excludedAttributes)
    return scim_response(scim_users.list_users(store, settings, filter, startIndex, count, domain, params))


@scim_router.post("/.search")
@scim_router.post("/Users/.search")
def search_users(store: StoreDep, settings: SettingsDep, body: BodyDep) -> JSONResponse:
    """Search with a SearchRequest body; at the root too (RFC 7644 §3.4.3), as Users are all we serve."""
    from mock_is.api import scim_users

    return scim_response(scim_users.search_users(store, settings, body))


@scim_router.post("/Users")
def create_user(store: StoreDep, settings: SettingsDep, body: BodyDep) -> JSONResponse:
    """Create a user (201 with ``Location``)."""
    from mock_is.api import scim_users

    created = scim_users.create_user(store, settings, body)
    return scim_response(created, 201, {"Location": created["meta"]["location"]})


@scim_router.get("/Users/{user_id}")
def get_user(
    store: StoreDep,
    settings: SettingsDep,
    user_id: str,
    attributes: str | None = None,
    excludedAttributes: str | None = None,
) -> JSONResponse:
    """One user."""
    from mock_is.api import scim_users

    params = scim_users.response_parameters(attributes, excludedAttributes)
    return scim_response(scim_users.get_user(store, settings, user_id, params))


@scim_router.put("/Users/{user_id}")
def replace_user(store: StoreDep, settings: SettingsDep, user_id: str, body: BodyDep) -> JSONResponse:
    """Replace a user's attributes."""
    from mock_is.api import scim_users

    return scim_response(scim_users.replace_user(store, settings, user_id, body))


@scim_router.patch("/Users/{user_id}")
def patch_user(store: StoreDep, settings: SettingsDep, user_id: str, body: BodyDep) -> JSONResponse:
    """Apply a SCIM PatchOp."""
    from mock_is.api import scim_users

    return scim_response(scim_users.patch_user(store, settings, user_id, body))


@scim_router.delete("/Users/{user_id}", status_code=204)
def delete_user(store: StoreDep, settings: SettingsDep, user_id: str) -> Response:
    """Delete a user."""
    from mock_is.api import scim_users

    scim_users.delete_user(store, settings, user_id)
    return Response(status_code=204)


@scim_router.get("/ServiceProviderConfig")
def get_service_provider_config(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the service provider configuration."""
    from mock_is.api import scim_discovery

    return scim_response(scim_discovery.service_provider_config(settings))


@scim_router.get("/Schemas")
def list_schemas(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the schemas."""
    from mock_is.api import scim_discovery

    return scim_response(scim_discovery.schemas(settings))


@scim_router.get("/Schemas/{schema_id}")
def get_schema(settings: SettingsDep, schema_id: str) -> JSONResponse:
    """One schema by URN."""
    from mock_is.api import scim_discovery

    return scim_response(scim_discovery.schema(settings, schema_id))


@scim_router.get("/ResourceTypes")
def list_resource_types(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the resource types."""
    from mock_is.api import scim_discovery

    return scim_response(scim_discovery.resource_types(settings))


@scim_router.get("/ResourceTypes/{name}")
def get_resource_type(settings: SettingsDep, name: str) -> JSONResponse:
    """One resource type by name."""
    from mock_is.api import scim_discovery

    return scim_response(scim_discovery.resource_type(settings, name))


def _me(request: Request, store: StoreDep) -> str:
    principal: Principal = request.state.principal
    return associations.user_by_principal(store, principal.username).id


@associations_router.get("/me/federated-associations")
def my_associations(request: Request, store: StoreDep, settings: SettingsDep) -> list[JSON]:
    """The authenticated user's federated associations."""
    return associations.list_associations(store, settings, _me(request, store))


@associations_router.delete("/me/federated-associations", status_code=204)
def delete_my_associations(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Remove all of the authenticated user's federated associations."""
    associations.delete_associations(store, settings, _me(request, store))
    return Response(status_code=204)


@associations_router.delete("/me/federated-associations/{association_id}", status_code=204)
def delete_my_association(
    request: Request, store: StoreDep, settings: SettingsDep, association_id: str
) -> Response:
    """Remove one of the authenticated user's federated associations."""
    associations.delete_association(store, settings, _me(request, store), association_id)
    return Response(status_code=204)


@associations_router.get("/{user_id}/federated-associations")
def user_associations(store: StoreDep, settings: SettingsDep, user_id: str) -> list[JSON]:
    """A user's federated associations."""
    return associations.list_associations(store, settings, user_id)


@associations_router.post("/{user_id}/federated-associations", status_code=204)
def add_user_association(store: StoreDep, settings: SettingsDep, user_id: str, body: BodyDep) -> Response:
    """Link a federated identity to a user."""
    associations.add_association(store, settings, user_id, body)
    return Response(status_code=204)


@associations_router.delete("/{user_id}/federated-associations", status_code=204)
def delete_user_associations(store: StoreDep, settings: SettingsDep, user_id: str) -> Response:
    """Remove all of a user's federated associations."""
    associations.delete_associations(store, settings, user_id)
    return Response(status_code=204)


@associations_router.delete("/{user_id}/federated-associations/{association_id}", status_code=204)
def delete_user_association(
    store: StoreDep, settings: SettingsDep, user_id: str, association_id: str
) -> Response:
    """Remove one of a user's federated associations."""
    associations.delete_association(store, settings, user_id, association_id)
    return Response(status_code=204)
