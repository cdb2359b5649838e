// The REST calls of the Users pages, as identity-apps makes them (PROVENANCE.md "Users"):
// - features/admin.users.v1/api/users.ts `useUsersList`: GET /scim2/Users with count, startIndex, domain,
//   excludedAttributes and filter (null parameters are dropped, as axios drops them);
// - `useUserDetails`: GET /scim2/Users/<id>; `updateUserInfo`: PATCH /scim2/Users/<id>; `deleteUser`: DELETE;
// - features/admin.users.v1/api/profile.ts `getProfileSchemas`: GET /scim2/Schemas;
// - features/admin.userstores.v1 `useUserStores` / `getAUserStore`: GET /api/server/v1/userstores[/<id>].
import { del, get, patch } from "../api/http.js";

export function listUsers({ count, startIndex, domain, filter, excludedAttributes }) {
    return get("/scim2/Users", { count, startIndex, domain, excludedAttributes, filter });
}

export const getUser = (id) => get(`/scim2/Users/${id}`);
export const patchUser = (id, body) => patch(`/scim2/Users/${id}`, body);
export const deleteUser = (id) => del(`/scim2/Users/${id}`);
export const listUserstores = () => get("/api/server/v1/userstores");
export const getUserstore = (id) => get(`/api/server/v1/userstores/${id}`);

// profile.ts reads the response as an array of schemas. [UNKNOWN-shape] the simulator's /scim2/Schemas is
// RFC 7644's ListResponse, IS's a bare array: both are taken here, so the page is built from either.
export async function getSchemas() {
    const body = await get("/scim2/Schemas");
    return Array.isArray(body) ? body : (body && body.Resources) || [];
}
