// The Profile tab: the legacy UserProfile (identity-apps features/admin.users.v1/components/user-profile.tsx, F
// and 2025 @82d4ff50; PROVENANCE.md "Users"), default test id "user-mgt-user-profile":
// `EmphasizedSegment > @wso2is/forms Forms[data-testid=user-mgt-user-profile-form] > Grid`, one row per field:
// - "User ID": `Form.Field > label + Input[name=userID][readonly]` (no test id, the label tied to nothing);
// - each displayable attribute a legacy Field `name=<schema name>`, test id
//   `user-mgt-user-profile-profile-form-<schema name>-input` (on `div.ui.input`), label from i18n or the schema,
//   placeholder "Enter your <label>"; BOOLEAN a checkbox, `country` / `locale` dropdowns; `userName` disabled;
//   a domain-qualified userName is a plain `Input[name=userName][readonly]` holding the name without domain;
//   a field is read-only when the form is (a JIT user, see UserEditPage) or its attribute is READ_ONLY, and is
//   shown only when it has a value or can be edited;
// - "Created Date" / "Modified Date" read-only inputs `createdDate` / `modifiedDate` (YYYY-MM-DD);
// - "Update" `user-mgt-user-profile-form-update-button` (submit), absent when read-only: PATCH /scim2/Users/<id>
//   with one `replace` per writable attribute, then "User profile updated successfully".
// [not built] the danger zone (change password, disable, lock, delete) and the avatar editor.
import { useState } from "react";
import { Button, Form, Grid, Input } from "semantic-ui-react";
import { showAlert } from "../widgets/alerts.jsx";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { EmphasizedSegment } from "../widgets/text.jsx";
import { patchUser } from "./api.js";
import { isDisplayable, isHidden, isReadOnlyAttribute, labelOf, patchBody, valueOf } from "./profileSchema.js";
import { countries } from "./countries.js";

const TID = "user-mgt-user-profile";
const field = (name) => `${TID}-profile-form-${name}-input`;

function day(stamp) {
    const d = new Date(stamp);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function Row({ children }) {
    return (
        <Grid.Row columns={1}>
            <Grid.Column mobile={12} tablet={12} computer={6}>{children}</Grid.Column>
        </Grid.Row>
    );
}

function ReadOnlyInput({ label, name, value, hooks }) {
    return (
        <Form.Field>
            <label>{label}</label>
            <Input name={name} type="text" value={value} readOnly {...hooks} />
        </Form.Field>
    );
}

function dropdownOptions(attribute, label) {
    if (attribute.name === "country") {
        return [{ "data-testid": `${TID}-profile-form-country-dropdown-empty`, key: "empty-country", text: "Select your country", value: "" },
            ...countries().map((name) => ({ "data-testid": `${TID}-profile-form-country-dropdown-${name}`, key: name, text: name, value: name }))];
    }
    return [{ "data-testid": `${TID}-profile-form-locale-dropdown-empty`, key: "empty-locale", text: `Select your ${label}`, value: "" },
        { "data-testid": `${TID}-profile-form-locale-dropdown-en-US`, key: "en-US", text: "English, en-US", value: "en-US" }];
}

function ProfileField({ attribute, value, readOnly }) {
    const label = labelOf(attribute);
    const locked = readOnly || isReadOnlyAttribute(attribute);
    if (attribute.name === "userName" && String(value).includes("/")) {
        return <ReadOnlyInput label={label} name="userName" value={String(value).split("/")[1]} hooks={{ "data-testid": field("userName") }} />;
    }
    if (String(attribute.type).toUpperCase() === "BOOLEAN") {
        return <Field type="checkbox" name={attribute.name} data-testid={field(attribute.name)} readOnly={locked}
            children={[{ label, value: attribute.name }]} />;
    }
    if (attribute.name === "country" || attribute.name === "locale") {
        return <Field type="dropdown" name={attribute.name} label={label} data-testid={field(attribute.name)}
            placeholder={`Select your ${label}`} children={dropdownOptions(attribute, label)} />;
    }
    return <Field type="text" name={attribute.name} label={label} data-testid={field(attribute.name)}
        placeholder={`Enter your ${label}`} disabled={attribute.name === "userName"} readOnly={locked} required={attribute.required} />;
}

function initialValue(attribute, value) {
    if (String(attribute.type).toUpperCase() === "BOOLEAN") return value ? [attribute.name] : [];
    return value ?? "";
}

export function UserProfile({ user, schema, readOnly, profileSchemaId, onUpdated }) {
    const [submitting, setSubmitting] = useState(false);
    const shown = schema
        .map((attribute) => ({ attribute, value: valueOf(user, attribute, profileSchemaId) }))
        .filter(({ attribute, value }) => !isHidden(attribute) && isDisplayable(attribute, value, readOnly));
    const initialValues = Object.fromEntries(shown
        .filter(({ attribute, value }) => !(attribute.name === "userName" && String(value).includes("/")))
        .map(({ attribute, value }) => [attribute.name, initialValue(attribute, value)]));
    const submit = (values) => {
        setSubmitting(true);
        patchUser(user.id, patchBody(schema, values))
            .then(() => {
                showAlert({ level: "success", message: "User profile updated successfully",
                    description: "The required user profile details were successfully updated." });
                onUpdated();
            })
            .catch((error) => showAlert({ level: "error", message: "Error occurred while updating the profile details",
                description: error.description || "Error occurred while updating the profile details." }))
            .finally(() => setSubmitting(false));
    };
    return (
        <EmphasizedSegment padded="very">
            <Forms data-testid={`${TID}-form`} initialValues={initialValues} onSubmit={submit}>
                <Grid>
                    {user.id && <Row><ReadOnlyInput label="User ID" name="userID" value={user.id} /></Row>}
                    {shown.map(({ attribute, value }) => (
                        <Row key={attribute.name}><ProfileField attribute={attribute} value={value} readOnly={readOnly} /></Row>
                    ))}
                    {user.meta?.created && <Row><ReadOnlyInput label="Created Date" name="createdDate" value={day(user.meta.created)} /></Row>}
                    {user.meta?.lastModified && (
                        <Row><ReadOnlyInput label="Modified Date" name="modifiedDate" value={day(user.meta.lastModified)} /></Row>
                    )}
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            {!readOnly && (
                                <Button data-testid={`${TID}-form-update-button`} primary type="submit" size="small" className="form-button"
                                    loading={submitting} disabled={submitting}>Update</Button>
                            )}
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </Forms>
        </EmphasizedSegment>
    );
}
