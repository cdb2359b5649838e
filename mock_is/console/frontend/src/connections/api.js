// The REST calls of the Connections pages, each as identity-apps makes it (PROVENANCE.md "Connections"):
// features/admin.connections.v1/api/connections.ts and api/authenticators.ts (F @90c4d925; the 2025 versions
// the research notes read use the same URLs), features/admin.extensions.v1 connection templates.
import { del, get, patch, put, request } from "../api/http.js";

const IDPS = "/api/server/v1/identity-providers";

// useGetAuthenticators(filter): GET /authenticators, the filter only when there is one.
export const listAuthenticators = (filter) => get("/api/server/v1/authenticators", filter ? { filter } : undefined);
export const listAuthenticatorTags = () => get("/api/server/v1/authenticators/meta/tags");

// useGetConnections(limit, offset, filter, requiredAttributes): axios drops the null parameters.
export const listConnections = (filter) => get(IDPS, filter ? { filter } : undefined);
export const getConnection = (id) => get(`${IDPS}/${id}`);

// createConnection: anything but 201 is a failure; the new id is the Location header's last segment.
export async function createConnection(body) {
    const response = await request("POST", IDPS, { body, headers: { "Content-Type": "application/json" } });
    if (response.status !== 201) {
        throw new Error(`Failed to create the connection: HTTP ${response.status}`);
    }
    const location = response.headers.get("location") || "";
    return location ? location.substring(location.lastIndexOf("/") + 1) : null;
}

// updateIdentityProviderDetails: one REPLACE per defined value; 200 required.
export async function updateConnectionDetails(id, values) {
    const ops = Object.entries(values)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => ({ operation: "REPLACE", path: `/${key}`, value }));
    const response = await patch(`${IDPS}/${id}`, ops);
    if (response.status !== 200) throw new Error(`Failed to update identity provider: ${id}`);
    return response.body;
}

export async function deleteConnection(id) {
    const response = await del(`${IDPS}/${id}`);
    if (response.status !== 204) throw new Error(`Failed to delete the connection: ${id}`);
}

export const getConnectedApps = (id) => get(`${IDPS}/${id}/connected-apps/`);
export const getApplication = (appId) => get(`/api/server/v1/applications/${appId}`);

export const getFederatedAuthenticatorsMeta = () => get(`${IDPS}/meta/federated-authenticators`);
export const getFederatedAuthenticatorMeta = (authenticatorId) =>
    get(`${IDPS}/meta/federated-authenticators/${authenticatorId}`);
export const getFederatedAuthenticator = (id, authenticatorId) =>
    get(`${IDPS}/${id}/federated-authenticators/${authenticatorId}`);

// updateFederatedAuthenticator: the authenticator id moves to the path; 200 required.
export async function updateFederatedAuthenticator(id, authenticator) {
    const { authenticatorId, ...body } = authenticator;
    const response = await put(`${IDPS}/${id}/federated-authenticators/${authenticatorId}`, body);
    if (response.status !== 200) throw new Error(`Failed to update the authenticator: ${authenticatorId}`);
    return response.body;
}

export async function updateFederatedAuthenticators(id, body) {
    const response = await put(`${IDPS}/${id}/federated-authenticators`, body);
    if (response.status !== 200) throw new Error("Failed to update the authenticators");
    return response.body;
}

// Connection templates (extension management API).
export const listConnectionTemplates = () => get("/api/server/v1/extensions/connections");
export const getConnectionTemplate = (id) => get(`/api/server/v1/extensions/connections/${id}/template`);

// updateJITProvisioningConfigs: PUT /{id}/provisioning/jit with the form's configs; 200 required.
export async function updateJit(id, configs) {
    const response = await put(`${IDPS}/${id}/provisioning/jit`, configs);
    if (response.status !== 200) throw new Error(`Failed to update jit configuration: ${id}`);
    return response.body;
}
