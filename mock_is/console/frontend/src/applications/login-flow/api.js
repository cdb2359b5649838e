// The REST calls of the Login Flow tab, as identity-apps makes them (PROVENANCE.md "Login Flow"):
// - features/admin.identity-providers.v1/utils/identity-provider-management-utils.ts `getAllAuthenticators`
//   (F @90c4d925): GET /api/server/v1/configs/authenticators (the local ones, `endpoints.localAuthenticators`)
//   and GET /identity-providers?limit=15&offset=<n>&filter=isEnabled eq "true"
//   &requiredAttributes=federatedAuthenticators,provisioning, fetched again while the answer links "next";
// - features/admin.applications.v1/api/application.ts `updateAuthenticationSequence` (F): PATCH
//   /api/server/v1/applications/<id> with `{ authenticationSequence }`; anything but 200 is a failure.
import { get, patch } from "../../api/http.js";

const PAGE = 15;

export const getLocalAuthenticators = () => get("/api/server/v1/configs/authenticators");

export async function getEnabledIdentityProviders() {
    let offset = 0;
    let all = [];
    for (;;) {
        const page = await get("/api/server/v1/identity-providers", {
            filter: "isEnabled eq \"true\"",
            limit: PAGE,
            offset,
            requiredAttributes: "federatedAuthenticators,provisioning"
        });
        all = [...all, ...(page.identityProviders || [])];
        const next = (page.links || [])[0];
        if (!next || next.rel !== "next") return all;
        offset += PAGE;
    }
}

export async function updateAuthenticationSequence(appId, body) {
    const response = await patch(`/api/server/v1/applications/${appId}`, body);
    if (response.status !== 200) throw new Error("Failed to update authentication sequence");
    return response;
}
