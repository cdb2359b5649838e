// The profile form's model, as identity-apps builds it (PROVENANCE.md "Users"):
// - features/admin.users.v1/api/profile.ts `getProfileSchemas`: every attribute of every /scim2/Schemas entry;
//   those outside the core User schema (and their sub-attributes) get `extended: true` and `schemaId`;
// - modules/core/src/utils/profile-utils.ts `flattenSchemas` (F): a complex attribute's sub-attributes become
//   `<parent>.<sub>`; a multi-valued complex parent other than roles/phoneNumbers/addresses/ims/photos is kept too;
// - components/user-profile.tsx (F) `mapUserToSchema` (internal admin): `emails` shows the first **string** of
//   the user's emails; `name.*` from `name`; an extended attribute from `user[<profile schema>]`; a typed
//   sub-attribute from the entry of that type; and `handleSubmit`, one `replace` per writable attribute.
// [UNKNOWN] IS's /scim2/Schemas is built from its claim mappings (upper-case mutability such as READ_ONLY,
// `displayName`, `displayOrder`); the simulator's is RFC 7643's (camel-case mutability, no display names), so
// mutability is compared in either form, the label falls back to the attribute name, and of a multi-valued
// complex attribute only the parent is kept (its RFC sub-attributes `value`, `type`... are no claims in IS);
// `password` (writeOnly) is not shown.
const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const MULTI_PARENT_SKIPPED = ["roles", "phoneNumbers", "addresses", "ims", "photos"];
// user:profile.fields (i18n en-US, F).
const LABELS = {
    emails: "Email", name_familyName: "Last Name", name_givenName: "First Name", phoneNumbers: "Phone Number",
    photos: "Photos", profileUrl: "URL", userName: "Username"
};
// user-profile.tsx: never shown as fields (roles.default, active, groups, profileUrl, the account flags, OTP).
const HIDDEN = ["roles.default", "active", "groups", "profileUrl", "accountLocked", "accountDisabled", "oneTimePassword"];

export function mutability(attribute) {
    return String(attribute.mutability || "").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}

export const isReadOnlyAttribute = (attribute) => mutability(attribute) === "READ_ONLY";

function schemaAttributes(schemas) {
    const out = [];
    for (const schema of schemas) {
        for (const attribute of schema.attributes || []) {
            if (schema.id === CORE_USER) {
                out.push(attribute);
                continue;
            }
            const subAttributes = (attribute.subAttributes || []).map((s) => ({ ...s, extended: true, schemaId: schema.id }));
            out.push({ ...attribute, subAttributes, extended: true, schemaId: schema.id });
        }
    }
    return out;
}

function flatten(attributes, parent) {
    const out = [];
    for (const attribute of attributes) {
        if (attribute.subAttributes && attribute.subAttributes.length > 0) {
            if (attribute.multiValued) {
                if (!MULTI_PARENT_SKIPPED.includes(attribute.name)) out.push(attribute);
                continue;  // [UNKNOWN] see the head of this file
            }
            out.push(...flatten(attribute.subAttributes, attribute.name));
        } else {
            out.push(parent ? { ...attribute, name: `${parent}.${attribute.name}` } : attribute);
        }
    }
    return out;
}

export function profileSchema(schemas) {
    return flatten(schemaAttributes(schemas))
        .filter((a) => a.name !== "meta.version" && mutability(a) !== "WRITE_ONLY")
        .map((a, index) => ({ ...a, order: a.displayOrder ? parseInt(a.displayOrder, 10) : -1, index }))
        .sort((a, b) => (a.order - b.order) || (a.index - b.index));
}

export function labelOf(attribute) {
    return LABELS[attribute.name.replace(".", "_")] ?? attribute.displayName ?? attribute.name;
}

export const isHidden = (attribute) => HIDDEN.includes(attribute.name);

// The value a field starts with; extended attributes are read from `user[profileSchemaId]`, or from their
// own schema when `profileSchemaId` is null.
export function valueOf(user, attribute, profileSchemaId) {
    const [head, sub] = attribute.name.split(".");
    const extension = user[profileSchemaId ?? attribute.schemaId] || {};
    if (!sub) {
        if (head === "emails") {
            const emails = user.emails;
            return emails && emails.length !== undefined ? emails.find((e) => typeof e === "string") : undefined;
        }
        if (attribute.extended && extension[head] !== undefined && extension[head] !== "") return extension[head];
        return user[head];
    }
    if (head === "name") return user.name ? user.name[sub] : undefined;
    if (attribute.extended) return extension[head] ? extension[head][sub] : undefined;
    const entry = Array.isArray(user[head]) ? user[head].find((e) => e && e.type === sub) : undefined;
    return entry ? (head === "addresses" ? entry.formatted : entry.value) : "";
}

function isEmptyValue(value) {
    if (value === undefined || value === null) return true;
    if (typeof value === "string" || Array.isArray(value)) return value.length === 0;
    return typeof value !== "object" || Object.keys(value).length === 0;  // lodash isEmpty
}

export function isDisplayable(attribute, value, readOnly) {
    return !isEmptyValue(value) || (!readOnly && !isReadOnlyAttribute(attribute));
}

function bool(values, attribute) {
    return Array.isArray(values[attribute.name]) && values[attribute.name].includes(attribute.name);
}

function operationValue(attribute, values, schema) {
    const [head, sub] = attribute.name.split(".");
    const value = values[attribute.name];
    const isBoolean = String(attribute.type).toUpperCase() === "BOOLEAN";
    const multi = schema.some((a) => a.name === head && a.multiValued);
    if (multi || head === "phoneNumbers") {
        if (sub && attribute.name !== "phoneNumbers.mobile") return {};
        const entries = Object.entries(values).filter(([k]) => k.split(".")[0] === head && values[k] && values[k] !== "");
        return { [head]: entries.map(([k, v]) => (k.includes(".") ? { type: k.split(".")[1], value: v } : v)) };
    }
    if (!sub) {
        if (attribute.extended) return { [attribute.schemaId]: { [head]: isBoolean ? bool(values, attribute) : values[head] } };
        return { [head]: values[head] };
    }
    if (attribute.extended) return { [attribute.schemaId]: { [head]: { [sub]: isBoolean ? bool(values, attribute) : value } } };
    if (head === "name") return value ? { name: { [sub]: value } } : {};
    if (head === "addresses") return { addresses: [{ formatted: value, type: sub }] };
    return { [head]: [{ type: sub, value: isBoolean ? bool(values, attribute) : value }] };
}

// handleSubmit (internal admin): one operation per writable attribute of the whole schema, `{}` when the form
// holds no value for it; addresses are `add` (the API cannot replace their sub-attributes).
export function patchBody(schema, values) {
    const operations = schema
        .filter((a) => !isReadOnlyAttribute(a))
        .map((a) => {
            const opValue = a.name !== "roles.default" && values[a.name] !== undefined ? operationValue(a, values, schema) : {};
            return { op: a.name.split(".")[0] === "addresses" ? "add" : "replace", value: opValue };
        });
    return { Operations: operations, schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"] };
}
