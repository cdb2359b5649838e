"""Request bodies of the IdP and application APIs as pydantic models, following ``wso2-openapi-is7.1``.

Resource functions take plain dicts (so the Console can call them too) and bind them here; a body
that does not bind is a 400 in IS's shape, never a 422. Unknown fields are ignored as IS's Jackson
binding does; ``readOnly`` fields (``name`` of an authenticator, ``id`` of a claim) are accepted and
dropped.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mock_is.api.errors import IsApiError

__all__ = [
    "ApplicationModel",
    "ApplicationPatchModel",
    "Association",
    "AuthenticationSequence",
    "Claim",
    "Claims",
    "FederatedAuthenticator",
    "FederatedAuthenticatorPUTRequest",
    "FederatedAuthenticatorRequest",
    "Group",
    "IdentityProviderPOSTRequest",
    "JustInTimeProvisioning",
    "OpenIDConnectConfiguration",
    "PatchOperation",
    "Property",
    "RoleMapping",
    "Roles",
    "bind",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Property(_Model):
    """``Property {key, value}`` of a federated authenticator."""

    key: str
    value: str | None = None


class Claim(_Model):
    """``Claim {uri}``; ``id`` and ``displayName`` are read-only and recomputed."""

    uri: str


class ClaimMapping(_Model):
    """``ClaimMapping {idpClaim, localClaim}``: external attribute → local claim."""

    idpClaim: str
    localClaim: Claim


class ProvisioningClaim(_Model):
    """``ProvisioningClaim {claim, defaultValue}``."""

    claim: Claim
    defaultValue: str | None = None


class Claims(_Model):
    """``Claims`` of a connection (subject attribute, role claim, mappings, provisioning claims)."""

    userIdClaim: Claim | None = None
    roleClaim: Claim | None = None
    mappings: list[ClaimMapping] = Field(default_factory=list)
    provisioningClaims: list[ProvisioningClaim] = Field(default_factory=list)


class FederatedAuthenticator(_Model):
    """``FederatedAuthenticator`` inside a ``FederatedAuthenticatorRequest``."""

    authenticatorId: str
    isEnabled: bool = False
    isDefault: bool = False
    definedBy: Literal["SYSTEM", "USER"] | None = None
    properties: list[Property] = Field(default_factory=list)


class FederatedAuthenticatorRequest(_Model):
    """``FederatedAuthenticatorRequest {defaultAuthenticatorId, authenticators}``."""

    defaultAuthenticatorId: str
    authenticators: list[FederatedAuthenticator] = Field(default_factory=list)


class FederatedAuthenticatorPUTRequest(_Model):
    """``FederatedAuthenticatorPUTRequest`` (the authenticator id comes from the path)."""

    isEnabled: bool = False
    isDefault: bool = False
    definedBy: Literal["SYSTEM", "USER"] | None = None
    properties: list[Property] = Field(default_factory=list)


class JustInTimeProvisioning(_Model):
    """``JustInTimeProvisioning`` with IS's defaults (is-rest-api.md §5.1)."""

    isEnabled: bool
    scheme: Literal[
        "PROMPT_USERNAME_PASSWORD_CONSENT", "PROMPT_PASSWORD_CONSENT", "PROMPT_CONSENT", "PROVISION_SILENTLY"
    ] = "PROVISION_SILENTLY"
    userstore: str = "PRIMARY"
    associateLocalUser: bool = False
    attributeSyncMethod: Literal["OVERRIDE_ALL", "NONE", "PRESERVE_LOCAL"] = "OVERRIDE_ALL"


class _Provisioning(_Model):
    jit: JustInTimeProvisioning | None = None


class _Certificate(_Model):
    certificates: list[str] | None = None
    jwksUri: str | None = None


class RoleMapping(_Model):
    """``RoleMapping {idpRole, localRole}``."""

    idpRole: str | None = None
    localRole: str | None = None


class Roles(_Model):
    """``Roles {mappings, outboundProvisioningRoles}`` of a connection."""

    mappings: list[RoleMapping] = Field(default_factory=list)
    outboundProvisioningRoles: list[str] = Field(default_factory=list)


class Group(_Model):
    """``IdPGroup {name, id}``."""

    name: str
    id: str | None = None


class Association(_Model):
    """``AssociationRequest {isEnabled, lookupAttribute}`` (implicit account association)."""

    isEnabled: bool = False
    lookupAttribute: list[str] = Field(default_factory=list)


class IdentityProviderPOSTRequest(_Model):
    """``IdentityProviderPOSTRequest`` (required: ``name``)."""

    name: str
    description: str = ""
    image: str = ""
    templateId: str | None = None
    isPrimary: bool = False
    isFederationHub: bool = False
    homeRealmIdentifier: str = ""
    certificate: _Certificate | None = None
    alias: str = ""
    idpIssuerName: str = ""
    claims: Claims | None = None
    roles: Roles | None = None
    groups: list[Group] | None = None
    federatedAuthenticators: FederatedAuthenticatorRequest | None = None
    provisioning: _Provisioning | None = None
    implicitAssociation: Association | None = None


class PatchOperation(_Model):
    """One ``Patch {operation, path, value}`` of the IdP PATCH array (values are strings).

    A JSON boolean or number where the string goes is taken as its text, as Jackson's default scalar
    coercion binds it on IS: the Console's General form sends ``{"path": "/isPrimary", "value": false}``
    (identity-apps ``general-details-form.tsx`` ``isPrimary: !!values.isPrimary``, F).
    """

    operation: Literal["ADD", "REMOVE", "REPLACE"]
    path: str
    value: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _scalar_as_text(cls, value: Any) -> Any:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return value


class Option(_Model):
    """``Authenticator {idp, authenticator}``: one sign-in option of a step."""

    idp: str
    authenticator: str


class Step(_Model):
    """``AuthenticationStepModel {id >= 1, options (at least one)}``."""

    id: int = Field(ge=1)
    options: list[Option] = Field(min_length=1)


class AuthenticationSequence(_Model):
    """``AuthenticationSequence`` of an application."""

    type: Literal["DEFAULT", "USER_DEFINED"] = "DEFAULT"
    steps: list[Step] = Field(default_factory=list)
    requestPathAuthenticators: list[str] | None = None
    script: str | None = None
    subjectStepId: int = 1
    attributeStepId: int = 1


class OpenIDConnectConfiguration(_Model):
    """``OpenIDConnectConfiguration``; the fields not modelled here are kept as sent."""

    model_config = ConfigDict(extra="allow")

    clientId: str | None = None
    clientSecret: str | None = None
    grantTypes: list[str] = Field(min_length=1)
    callbackURLs: list[str] = Field(default_factory=list)
    allowedOrigins: list[str] = Field(default_factory=list)
    publicClient: bool = False


class _Inbound(_Model):
    oidc: OpenIDConnectConfiguration | None = None


class ApplicationPatchModel(_Model):
    """``ApplicationPatchModel``: a partial application; sections kept as sent after validation."""

    name: str | None = None
    description: str | None = None
    imageUrl: str | None = None
    accessUrl: str | None = None
    logoutReturnUrl: str | None = None
    templateId: str | None = None
    templateVersion: str | None = None
    applicationEnabled: bool | None = None
    claimConfiguration: dict[str, Any] | None = None
    authenticationSequence: AuthenticationSequence | None = None
    advancedConfigurations: dict[str, Any] | None = None
    associatedRoles: dict[str, Any] | None = None
    provisioningConfigurations: dict[str, Any] | None = None


class ApplicationModel(ApplicationPatchModel):
    """``ApplicationModel`` (required: ``name``)."""

    name: str
    isManagementApp: bool = False
    isB2BSelfServiceApp: bool = False
    inboundProtocolConfiguration: _Inbound | None = None


M = TypeVar("M", bound=BaseModel)


def bind(model: type[M], body: Any, code: str) -> M:
    """``body`` bound to ``model``, or a 400 ``code`` naming the first field that did not bind."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise IsApiError(400, code, "Invalid Request", f"{where}: {first['msg']}") from exc
