// The external attribute's checks in attribute-mapping-add-item.tsx (F @90c4d925): required, then a URL or a
// resource name (@wso2is/validation isValidResourceName: ^[a-zA-Z][a-zA-Z0-9-_. ]+$), then not already mapped.
// [UNKNOWN] FormValidation.url (a Joi uri check) is approximated by "scheme://something".
const RESOURCE_NAME = /^[a-zA-Z][a-zA-Z0-9-_. ]+$/;
const URL_LIKE = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/\S+$/;

// The messages: FieldConstants FIELD_REQUIRED_ERROR / INVALID_RESOURCE_ERROR (modules/form/src/constants/
// fields.ts, F) and idp.ts externalAttributeInput.existingErrorMessage.
export const REQUIRED = "This field cannot be empty";
export const INVALID = "Please enter a valid input";
export const EXISTING = "There's already a attribute mapped with this name.";

// "" when the value is acceptable, else the message the field shows.
export function externalAttributeError(value, mappedValues) {
    if (!value || !value.trim()) return REQUIRED;
    if (!URL_LIKE.test(value) && !RESOURCE_NAME.test(value)) return INVALID;
    if (mappedValues.includes(value)) return EXISTING;
    return "";
}
