// The REST calls of the Applications pages, each as identity-apps makes it (PROVENANCE.md "Applications"):
// features/admin.applications.v1/api/application.ts (F @90c4d925): useApplicationList, getApplicationDetails
// (useGetApplication), createApplication, getInboundProtocolConfig.
import { get, request } from "../api/http.js";

const APPS = "/api/server/v1/applications";

// useApplicationList(attributes, limit, offset, filter): axios drops the null parameters.
export const listApplications = ({ limit, offset, filter } = {}) =>
    get(APPS, { attributes: "advancedConfigurations,templateId,clientId,issuer", limit, offset, filter: filter || undefined });

export const getApplication = (id) => get(`${APPS}/${id}`);

// getInboundProtocolConfig(appId, "oidc"): GET /applications/<id>/inbound-protocols/oidc.
export const getOidcConfig = (id) => get(`${APPS}/${id}/inbound-protocols/oidc`);

// createApplication: anything but 201 is a failure; the new id is the Location header's last segment.
export async function createApplication(body) {
    const response = await request("POST", APPS, { body });
    if (response.status !== 201) {
        throw new Error(`Failed to create the application: HTTP ${response.status}`);
    }
    const location = response.headers.get("location") || "";
    return location ? location.substring(location.lastIndexOf("/") + 1) : null;
}
