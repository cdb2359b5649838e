// What the Users pages share (PROVENANCE.md "Users"):
// - `getUserNameWithoutDomain` (identity-apps modules/core/src/helpers/profile.ts, F): "SEC/bob" -> "bob";
// - where the Console reads a user's `userSourceId` / `idpType` / `userSource`: the SCIM enterprise schema in F
//   (admin.extensions.v1/configs/scim.ts `enterpriseSchema`), rendered for 7.1; the system schema
//   `urn:scim:wso2:schema` in 2025 (`SCIMConfigs.scim.systemSchema`, users/pages/user-edit.tsx @01112d5c),
//   rendered for 7.2. The simulator's SCIM keeps them in the system schema, as IS 7 does (is-rest-api.md §3).
import { isConsole72 } from "../config.js";

export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const SYSTEM_SCHEMA = "urn:scim:wso2:schema";
export const PRIMARY = "PRIMARY";

export function withoutDomain(userName) {
    const fragments = (userName || "").split("/");
    return fragments.length > 1 ? fragments[1] : userName || "";
}

export function domainOf(userName) {
    const fragments = (userName || "").split("/");
    return fragments.length > 1 ? fragments[0] : PRIMARY;
}

export function sourceSchema() {
    return isConsole72() ? SYSTEM_SCHEMA : ENTERPRISE_SCHEMA;
}

export function sourceOf(user) {
    return (user && user[sourceSchema()]) || {};
}

export function sourceIdOf(user) {
    return sourceOf(user).userSourceId;
}
