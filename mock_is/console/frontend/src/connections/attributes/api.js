// The Attributes tab's REST calls, as identity-apps makes them (PROVENANCE.md "Connection Attributes"):
// admin.claims.v1/api/claims.ts getAllLocalClaims (params null: no query), admin.connections.v1/api/
// connections.ts updateClaimsConfigs and updateConnectionRoleMappings (F @90c4d925); each wants a 200.
import { get, put } from "../../api/http.js";

const IDPS = "/api/server/v1/identity-providers";

export const getAllLocalClaims = () => get("/api/server/v1/claim-dialects/local/claims");

async function putExpecting200(path, body, what) {
    const response = await put(path, body);
    if (response.status !== 200) throw new Error(`Failed to update identity provider: ${what}`);
    return response.body;
}

export const updateClaimsConfigs = (id, configs) => putExpecting200(`${IDPS}/${id}/claims`, configs, id);
export const updateConnectionRoleMappings = (id, roles) => putExpecting200(`${IDPS}/${id}/roles`, roles, id);
