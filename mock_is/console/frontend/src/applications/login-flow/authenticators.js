// The "generic authenticators" both Login Flow editors are built from (PROVENANCE.md "Login Flow"):
// identity-apps IdentityProviderManagementUtils.getAllAuthenticators (F @90c4d925) turns the local
// authenticators and the enabled connections into one shape: a connection is `{ id: <idp id>, name: <idp name>,
// displayName: <idp name>, idp: <idp name>, authenticators: <its federated authenticators>, defaultAuthenticator:
// <the one whose id is defaultAuthenticatorId> }` (a connection without authenticators or default is left out),
// a local one `{ id: <authenticator id>, name, displayName, idp: "LOCAL", defaultAuthenticator: { name, ... } }`.
// authentication-flow-provider.tsx (F) then sorts them: local (backup codes to recovery, the second factors
// apart), and a federated one is social when its default authenticator is one of
// ApplicationManagementConstants.SOCIAL_AUTHENTICATORS (Twitter's among them), enterprise otherwise.
import { getEnabledIdentityProviders, getLocalAuthenticators } from "./api.js";

export const LOCAL_IDP = "LOCAL";
export const BASIC_AUTHENTICATOR = "BasicAuthenticator";
const BACKUP_CODE = "backup-code-authenticator";
// IdentityProviderManagementConstants.*_AUTHENTICATOR_ID (base64 of the authenticator names).
const SECOND_FACTORS = ["dG90cA", "ZW1haWwtb3RwLWF1dGhlbnRpY2F0b3I", "c21zLW90cC1hdXRoZW50aWNhdG9y"];
const SOCIAL = ["TwitterAuthenticator", "GoogleOIDCAuthenticator", "FacebookAuthenticator", "GithubAuthenticator",
    "AppleOIDCAuthenticator", "MicrosoftWindowsLiveAuthenticator"];

function localGeneric(authenticator) {
    const reference = { authenticatorId: authenticator.id, isEnabled: authenticator.isEnabled, name: authenticator.name };
    return {
        authenticators: [reference],
        defaultAuthenticator: { ...reference, tags: authenticator.tags || [] },
        displayName: authenticator.displayName,
        id: authenticator.id,
        idp: LOCAL_IDP,
        isEnabled: authenticator.isEnabled,
        name: authenticator.name
    };
}

function federatedGeneric(idp) {
    const federated = idp.federatedAuthenticators || {};
    const list = federated.authenticators || [];
    if (list.length === 0 || !federated.defaultAuthenticatorId) return null;
    const defaultAuthenticator = list.find((a) => a.authenticatorId === federated.defaultAuthenticatorId);
    return {
        authenticators: list,
        defaultAuthenticator,
        description: idp.description,
        displayName: idp.name,
        id: idp.id,
        idp: idp.name,
        image: idp.image,
        isEnabled: idp.isEnabled,
        name: idp.name
    };
}

export async function loadAuthenticators() {
    const [local, idps] = await Promise.all([getLocalAuthenticators(), getEnabledIdentityProviders()]);
    const locals = (local || []).filter((a) => a.isEnabled).map(localGeneric);
    const federated = idps.map(federatedGeneric).filter((a) => a !== null);
    return categorize(locals, federated);
}

function categorize(locals, federated) {
    const isSocial = (a) => SOCIAL.includes(a.defaultAuthenticator?.name) || SOCIAL.includes(a.defaultAuthenticator?.authenticatorId);
    return {
        enterprise: federated.filter((a) => !isSocial(a)),
        local: locals.filter((a) => a.name !== BACKUP_CODE && !SECOND_FACTORS.includes(a.id)),
        recovery: locals.filter((a) => a.name === BACKUP_CODE),
        secondFactor: locals.filter((a) => SECOND_FACTORS.includes(a.id)),
        social: federated.filter(isSocial)
    };
}

// The order the add-authenticator modal lists them in (add-authenticator-modal.tsx: local, social, second
// factor, enterprise, recovery), and a flat list for lookups.
export const inModalOrder = (c) => [...c.local, ...c.social, ...c.secondFactor, ...c.enterprise, ...c.recovery];
export const flat = (c) => [...c.local, ...c.enterprise, ...c.social, ...c.secondFactor, ...c.recovery];

// The generic authenticator a step option stands for (sign-in-box-node.tsx / authentication-step.tsx):
// a local option by its authenticator name, a federated one by its connection's name.
export function authenticatorOf(option, all) {
    return option.idp === LOCAL_IDP
        ? all.find((a) => a.defaultAuthenticator?.name === option.authenticator)
        : all.find((a) => a.idp === option.idp);
}
