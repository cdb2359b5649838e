"""SCIM 2.0 discovery (RFC 7644 §4): ``/scim2/ServiceProviderConfig``, ``/ResourceTypes``, ``/Schemas``.

IS publishes these for its SCIM2 endpoint; here they describe what this simulator serves: Users only,
with the ``urn:scim:wso2:schema`` extension, PATCH and filtering supported, no bulk, sort or ETag,
HTTP Basic as the authentication scheme (is-rest-api.md §3: every SCIM call uses Basic admin auth).
The documents are built by scim2-models from the very models the Users endpoint validates with.
"""

from __future__ import annotations

from typing import Any

from scim2_models import Context, ResourceType, Schema, ServiceProviderConfig, User

from mock_is.api.scim_users import LIST_SCHEMA, ScimUser, Wso2User, scim_not_found
from mock_is.settings import IsSettings

__all__ = ["resource_type", "resource_types", "schema", "schemas", "service_provider_config"]

JSON = dict[str, Any]
_OUT = Context.RESOURCE_QUERY_RESPONSE


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


def schema(settings: IsSettings, schema_id: str) -> JSON:
    """One schema by URN; SCIM's 404 for a URN not served."""
    found = next((d for d in _schema_docs(settings) if d["id"] == schema_id), None)
    if found is None:
        raise scim_not_found(schema_id)
    return found


def resource_type(settings: IsSettings, name: str) -> JSON:
    """One resource type by name (``User`` is the only one); SCIM's 404 for another."""
    if name != "User":
        raise scim_not_found(name)
    return _resource_type(settings)
