"""SCIM 2.0 Users (RFC 7643 §4.1, RFC 7644 §3) over the store's local users, with scim2-models.

IS specifics (is-rest-api.md §3): the ``urn:scim:wso2:schema`` extension carries ``userSourceId``,
``managedOrg`` and account flags; PRIMARY users come back without a domain prefix, others as
``DOMAIN/name``; the filter also accepts an unquoted value (``userName eq alice``, used by the
product-is ``SCIM2RestClient``); an empty list has no ``Resources`` key.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any, NamedTuple

from pydantic import ValidationError
from scim2_models import (
    URN,
    Context,
    Extension,
    Mutability,
    PatchOp,
    ResponseParameters,
    SCIMException,
    ScimFilter,
    SearchRequest,
    User,
)

from mock_is.api.errors import IsApiError
from mock_is.api.scim_mapping import claims_from_scim, scim_from_claims
from mock_is.settings import IsSettings
from mock_is.store import LocalUser, Store

__all__ = [
    "ScimUser",
    "Wso2User",
    "create_user",
    "delete_user",
    "email_username_refused",
    "get_user",
    "list_users",
    "patch_user",
    "replace_user",
    "response_parameters",
    "scim_not_found",
    "scim_user",
    "search_users",
    "split_domain",
]

JSON = dict[str, Any]
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
_USERNAME = "http://wso2.org/claims/username"
_USERID = "http://wso2.org/claims/userid"
_RO = Mutability.read_only
# IS's SCIMUserManager refuses renames with this message (the carbon user store keys users by name).
_IMMUTABLE_NAME = "User name is immutable in carbon user store."


class Wso2User(Extension):
    """IS's system extension ``urn:scim:wso2:schema`` (the attributes ``mock_is.claims.dialects`` maps)."""

    __schema__ = URN("urn:scim:wso2:schema")

    country: str | None = None
    date_of_birth: str | None = None
    gender: str | None = None
    organization: str | None = None
    email_verified: bool | None = None
    account_locked: bool | None = None
    account_disabled: bool | None = None
    idp_type: Annotated[str | None, _RO] = None
    is_read_only_user: Annotated[bool | None, _RO] = None
    local_credential_exists: Annotated[bool | None, _RO] = None
    managed_org: Annotated[str | None, _RO] = None
    user_source_id: Annotated[str | None, _RO] = None


ScimUser = User[Wso2User]
# ``attr op bareword``: IS takes the bare value as a string; RFC 7644 wants it quoted.
_BARE = re.compile(r'^\s*(\S+)\s+(eq|ne|co|sw|ew|gt|ge|lt|le)\s+([^"\s]\S*)\s*$', re.IGNORECASE)


def _scim_error(status: int, detail: str, scim_type: str | None = None) -> IsApiError:
    return IsApiError(status, "SCIM", detail, detail, scim_type)


def scim_not_found(what: str) -> IsApiError:
    """IS's SCIM 404 for a missing resource or end-point ``what`` (a user id, schema URN, type name)."""
    return _scim_error(404, f"Specified resource (e.g., User) or end-point does not exist: {what}")


def split_domain(user_name: str) -> tuple[str, str]:
    """``("PRIMARY", "alice")`` for ``alice``; ``("SEC", "bob")`` for ``SEC/bob``."""
    domain, sep, name = user_name.partition("/")
    return (domain.upper(), name) if sep else ("PRIMARY", user_name)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _document(settings: IsSettings, user: LocalUser) -> JSON:
    doc: JSON = scim_from_claims(user.claims)
    doc |= {
        "id": user.id,
        "userName": user.qualified_name,
        "meta": {
            "resourceType": "User",
            "created": _stamp(user.created),
            "lastModified": _stamp(user.last_modified),
            "location": settings.url(f"/scim2/Users/{user.id}"),
        },
    }
    return doc


class _Checked(NamedTuple):
    """A user's SCIM document, validated: the model holds what scim2-models accepts, ``bad`` the rest."""

    model: Any
    bad: set[str]
    doc: JSON


def _checked(settings: IsSettings, user: LocalUser) -> _Checked:
    """The user as a scim2-models object; attributes stored in a form SCIM refuses are left out."""
    doc = _document(settings, user)
    try:
        return _Checked(ScimUser.model_validate(doc), set(), doc)
    except ValidationError as exc:
        bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
        return _Checked(ScimUser.model_validate({k: v for k, v in doc.items() if k not in bad}), bad, doc)


def _shown(name: str, params: ResponseParameters[Any] | None) -> bool:
    if params is None:
        return True
    if params.attributes:
        return any(a.split(".")[0].lower() == name.lower() for a in params.attributes)
    return not any(a.split(".")[0].lower() == name.lower() for a in params.excluded_attributes or [])


def response_parameters(
    attributes: str | None = None, excluded: str | None = None
) -> ResponseParameters[Any]:
    """RFC 7644 §3.4.2.5 ``attributes``/``excludedAttributes`` (comma lists) as scim2-models parameters."""
    raw = {"attributes": attributes or None, "excludedAttributes": excluded or None}
    try:
        return ResponseParameters[ScimUser].model_validate({k: v for k, v in raw.items() if v})
    except (ValidationError, SCIMException) as exc:
        raise _scim_error(400, f"Invalid attributes: {attributes or excluded}", "invalidValue") from exc


def scim_user(settings: IsSettings, user: LocalUser, params: ResponseParameters[Any] | None = None) -> JSON:
    """The SCIM representation of a local user (never its password), projected by ``params``.

    JIT stores the claims a federated login brought without checking their format (the Twitter
    connector turns X's null email into the text "null", x-authenticator.md §3), and IS's SCIM shows
    stored values as they are; so an attribute scim2-models would refuse is shown raw, never a 500.
    Decided (server-audit-2026-12.md row 6): whether a real IS 7 accepts the text "null" as
    ``emailaddress`` in JIT's ``addUser`` was not found in the sources; the simulator keeps it, and the
    harness never passes a step on it: the unverified-email scenario marks attr-4 REVIEW when IS
    releases "null" (``steps/accounts.py``).
    """
    return _projected(_checked(settings, user), params)


def _projected(checked: _Checked, params: ResponseParameters[Any] | None) -> JSON:
    model, bad, doc = checked
    out: JSON = model.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=params)
    out.update({k: doc[k] for k in sorted(bad) if k in doc and _shown(k, params)})
    return out


def _user(store: Store, user_id: str) -> LocalUser:
    user = store.users.get(user_id)
    if user is None:
        raise scim_not_found(user_id)
    return user


def get_user(
    store: Store, settings: IsSettings, user_id: str, params: ResponseParameters[Any] | None = None
) -> JSON:
    """``GET /scim2/Users/{id}``."""
    with store.lock:
        return scim_user(settings, _user(store, user_id), params)


def _bound_filter(text: str) -> ScimFilter[Any]:
    bare = _BARE.match(text)
    if bare and bare.group(3).lower() not in ("true", "false", "null"):
        text = f"{bare.group(1)} {bare.group(2)} {ScimFilter.quote(bare.group(3))}"
    try:
        return ScimFilter[ScimUser](text)
    except (SCIMException, ValueError) as exc:
        raise _scim_error(400, f"Invalid filter: {text}", "invalidFilter") from exc


def list_users(
    store: Store,
    settings: IsSettings,
    filter_: str | None = None,
    start_index: int = 1,
    count: int | None = None,
    domain: str | None = None,
    params: ResponseParameters[Any] | None = None,
) -> JSON:
    """``GET /scim2/Users``: filtered, optionally restricted to one userstore ``domain``, paged, projected."""
    query = _bound_filter(filter_) if filter_ and filter_.strip() else None
    start = max(start_index, 1)
    with store.lock:
        users = [
            u
            for u in sorted(store.users.values(), key=lambda u: u.created)
            if not domain or u.userstore.upper() == domain.upper()
        ]
        # Only a filter needs every user validated; the page's users then reuse that work for output.
        checked = {u.id: _checked(settings, u) for u in users} if query is not None else {}
        found = [u for u in users if query is None or query.match(checked[u.id].model)]
        page = found[start - 1 :] if count is None else found[start - 1 : start - 1 + max(count, 0)]
        out: JSON = {
            "totalResults": len(found),
            "startIndex": start,
            "itemsPerPage": len(page),
            "schemas": [LIST_SCHEMA],
        }
        if page:
            shown = (checked[u.id] if query is not None else _checked(settings, u) for u in page)
            out["Resources"] = [_projected(c, params) for c in shown]
    return out


def search_users(store: Store, settings: IsSettings, body: Any) -> JSON:
    """``POST /scim2/Users/.search`` (RFC 7644 §3.4.3): the same query carried in a SearchRequest."""
    request = _validated(SearchRequest[ScimUser], body, Context.SEARCH_REQUEST, "search", "invalidValue")
    filter_ = str(request.filter) if request.filter else None
    return list_users(store, settings, filter_, request.start_index or 1, request.count, None, request)


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _validated(model: Any, body: Any, ctx: Context, what: str, scim_type: str) -> Any:
    """``body`` as the scim2-models ``model``; a refusal becomes SCIM's error ("Invalid <what>: ...")."""
    try:
        return model.model_validate(body, scim_ctx=ctx)
    except ValidationError as exc:
        raise _scim_error(400, f"Invalid {what}: {_first_error(exc)}", scim_type) from exc
    except SCIMException as exc:
        raise _scim_error(exc.status, f"Invalid {what}: {exc.detail}", exc.scim_type or scim_type) from exc


def _parse(body: Any, ctx: Context) -> JSON:
    model = _validated(ScimUser, body, ctx, "user", "invalidValue")
    raw: JSON = model.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)
    raw["password"] = model.password
    return raw


# [GAP] IS's exact words for an email username on a pack without [tenant_mgt] enable_email_domain were
# not found (carbon's user core reads the "@" as the tenant separator there); the stricter choice refuses.
_EMAIL_USERNAME_REFUSED = "Email addresses are not allowed as usernames in this deployment:"


def email_username_refused(settings: IsSettings, username: str) -> bool:
    """Whether ``username`` is an email address a deployment without email usernames cannot hold."""
    return "@" in username and not settings.email_usernames


def create_user(store: Store, settings: IsSettings, body: Any) -> JSON:
    """``POST /scim2/Users`` (201): a PRIMARY user; 409 if the name is taken."""
    doc = _parse(body, Context.RESOURCE_CREATION_REQUEST)
    domain, name = split_domain(str(doc.get("userName") or ""))
    if not name:
        raise _scim_error(400, "userName is required.", "invalidValue")
    if domain != "PRIMARY":
        raise _scim_error(400, f"Invalid domain name {domain}: only PRIMARY exists.", "invalidValue")
    if email_username_refused(settings, name):
        raise _scim_error(400, f"{_EMAIL_USERNAME_REFUSED} {name}", "invalidValue")
    with store.lock:
        if store.user_by_username(name, domain) is not None:
            raise _scim_error(409, f"User with the name: {name} already exists in the system.", "uniqueness")
        # [GAP] IS's answer to a create without a password (ask-password flow off) is not in the
        # notes; we create the account without a local credential, as scim2-tester expects.
        password = str(doc["password"]) if doc.get("password") else None
        user = LocalUser(username=name, userstore=domain, password=password)
        user.claims = {**claims_from_scim(doc), _USERNAME: name, _USERID: user.id}
        store.add_user(user)
        return scim_user(settings, user)


def _store_claims(user: LocalUser, doc: JSON) -> None:
    """Replace the user's SCIM-visible, writable claims with those of ``doc``; keep the others."""
    kept = {k: v for k, v in user.claims.items() if k not in claims_from_scim(scim_from_claims(user.claims))}
    user.claims = {**kept, **claims_from_scim(doc)}
    if doc.get("password"):
        user.password = str(doc["password"])
    user.last_modified = datetime.now(UTC)


def replace_user(store: Store, settings: IsSettings, user_id: str, body: Any) -> JSON:
    """``PUT /scim2/Users/{id}``: replace the writable attributes; ``userName`` may not change."""
    doc = _parse(body, Context.RESOURCE_REPLACEMENT_REQUEST)
    with store.lock:
        user = _user(store, user_id)
        if doc.get("userName") and split_domain(str(doc["userName"]))[1] != user.username:
            raise _scim_error(400, _IMMUTABLE_NAME, "mutability")
        _store_claims(user, doc)
        return scim_user(settings, user)


def patch_user(store: Store, settings: IsSettings, user_id: str, body: Any) -> JSON:
    """``PATCH /scim2/Users/{id}`` with a ``PatchOp`` (RFC 7644 §3.5.2), applied by scim2-models."""
    patch = _validated(PatchOp[ScimUser], body, Context.RESOURCE_PATCH_REQUEST, "patch", "invalidSyntax")
    with store.lock:
        user = _user(store, user_id)
        model = _checked(settings, user).model
        try:
            patch.patch(model)
        except SCIMException as exc:
            raise _scim_error(exc.status, exc.detail, exc.scim_type or None) from exc
        if split_domain(model.user_name or "")[1] != user.username:
            raise _scim_error(400, _IMMUTABLE_NAME, "mutability")
        doc = model.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST) | {"password": model.password}
        _store_claims(user, doc)
        return scim_user(settings, user)


def delete_user(store: Store, settings: IsSettings, user_id: str) -> None:
    """``DELETE /scim2/Users/{id}`` (204); the user's federated associations go with it."""
    with store.lock:
        _user(store, user_id)
        del store.users[user_id]
        store.associations[:] = [a for a in store.associations if a.user_id != user_id]
