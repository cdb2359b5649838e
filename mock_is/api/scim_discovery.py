"""SCIM 2.0 discovery (RFC 7644 §4): ``/scim2/ServiceProviderConfig``, ``/ResourceTypes``, ``/Schemas``.

IS publishes these for its SCIM2 endpoint; here they describe what this simulator serves: Users only,
with the ``urn:scim:wso2:schema`` extension, PATCH and filtering supported, no bulk, sort or ETag,
HTTP Basic as the authentication scheme (is-rest-api.md §3: every SCIM call uses Basic admin auth).
The documents are built by scim2-models from the very models the Users endpoint validates with.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from scim2_models import Context, ResourceType, Schema, ServiceProviderConfig, User

from mock_is.api.deps import SettingsDep, scim_response
from mock_is.api.scim_users import LIST_SCHEMA, ScimUser, Wso2User, scim_not_found
from mock_is.settings import IsSettings

__all__ = ["discovery_router", "resource_types", "schemas", "service_provider_config"]

JSON = dict[str, Any]
_OUT = Context.RESOURCE_QUERY_RESPONSE
discovery_router = APIRouter(prefix="/scim2")


def service_provider_config(settings: IsSettings) -> JSON:
    """What the SCIM endpoint supports."""
    config = ServiceProviderConfig.model_validate(
        {
            "patch": {"supported": True},
            "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": True, "maxResults": 200},
            "changePassword": {"supported": True},
            "sort": {"supported": False},
            "etag": {"supported": False},
            "authenticationSchemes": [
                {
                    "type": "httpbasic",
                    "name": "HTTP Basic",
                    "description": "Basic admin credentials",
                    "primary": True,
                }
            ],
            "meta": {
                "resourceType": "ServiceProviderConfig",
                "location": settings.url("/scim2/ServiceProviderConfig"),
            },
        }
    )
    out: JSON = config.model_dump(scim_ctx=_OUT)
    return out


def _schema_docs(settings: IsSettings) -> list[JSON]:
    docs: list[JSON] = []
    for model in (User, Wso2User):
        schema: Schema = model.to_schema()
        doc: JSON = schema.model_dump(scim_ctx=_OUT)
        doc["meta"] = {"resourceType": "Schema", "location": settings.url(f"/scim2/Schemas/{doc['id']}")}
        docs.append(doc)
    return docs


def _resource_type(settings: IsSettings) -> JSON:
    doc: JSON = ResourceType.from_resource(ScimUser).model_dump(scim_ctx=_OUT)
    doc["meta"] = {"resourceType": "ResourceType", "location": settings.url("/scim2/ResourceTypes/User")}
    return doc


def _list_response(docs: list[JSON]) -> JSON:
    return {
        "schemas": [LIST_SCHEMA],
        "totalResults": len(docs),
        "startIndex": 1,
        "itemsPerPage": len(docs),
        "Resources": docs,
    }


def schemas(settings: IsSettings) -> JSON:
    """The ListResponse of every schema served."""
    return _list_response(_schema_docs(settings))


def resource_types(settings: IsSettings) -> JSON:
    """The ListResponse of the resource types served (User)."""
    return _list_response([_resource_type(settings)])


@discovery_router.get("/ServiceProviderConfig")
def get_service_provider_config(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the service provider configuration."""
    return scim_response(service_provider_config(settings))


@discovery_router.get("/Schemas")
def list_schemas(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the schemas."""
    return scim_response(schemas(settings))


@discovery_router.get("/Schemas/{schema_id}")
def get_schema(settings: SettingsDep, schema_id: str) -> JSONResponse:
    """One schema by URN."""
    found = next((d for d in _schema_docs(settings) if d["id"] == schema_id), None)
    if found is None:
        raise scim_not_found(schema_id)
    return scim_response(found)


@discovery_router.get("/ResourceTypes")
def list_resource_types(settings: SettingsDep) -> JSONResponse:
    """RFC 7644 §4: the resource types."""
    return scim_response(resource_types(settings))


@discovery_router.get("/ResourceTypes/{name}")
def get_resource_type(settings: SettingsDep, name: str) -> JSONResponse:
    """One resource type by name."""
    if name != "User":
        raise scim_not_found(name)
    return scim_response(_resource_type(settings))
