// A federated authenticator's property form (PROVENANCE.md "Connection Settings"): identity-apps
// CommonPluggableComponentForm (features/admin.connections.v1/components/edit/forms/components/
// common-pluggable-component-form.tsx and its admin.identity-providers.v1 twin the create wizard uses, F @90c4d925;
// 2025 @110d55f6 / @01112d5c) with the fields of forms/helpers/form-fields-helper.tsx (F; 2025 @3cbfbbc3):
// - legacy `Forms[data-testid=<tid>-form]` > `div.ui.grid`, one `Grid.Row > Grid.Column computer=8` per
//   property that has a display name, by displayOrder; each a legacy Field (`name` = the property key, no id,
//   no aria-label, so no `<label>` is tied to its input) with the test id `<tid>-form-<key>`, then its
//   description as a Hint;
// - confidential → `type=password` (Show/Hide Secret in the eye's popup); a key containing "URL" → a URL text
//   field checked by FormValidation.url (a read-only copy field only for `callbackUrl` outside CREATE mode,
//   which a Custom Connector never uses: its saved authenticators render in CREATE mode); else text;
// - CREATE mode forces `readOnly` false; required fields say "This field cannot be empty", a bad URL
//   "Enter a valid URL" (legacy Forms validates a value only when it is not empty);
// - submit: `{...initialValues or metadata, properties: [non-empty {key, value}...]}` in field order, plus the
//   custom-properties split (one `{key: ""}` when the wizard has none: the wizard drops it);
// - the "Update" submit `button.ui.primary.small.button.form-button[data-testid=<tid>-submit-button]` only
//   when `enableSubmitButton` (the accordion's form; the wizard's step has none).
import { useState } from "react";
import { Button, Grid } from "semantic-ui-react";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { Hint } from "../widgets/text.jsx";

const REQUIRED = "This field cannot be empty";
const BAD_URL = "Enter a valid URL";
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/;

function fieldType(meta) {
    if (meta.isConfidential) return "password";
    if (meta.key.toUpperCase().includes("URL")) return "url";
    return "text";
}

function sortedMeta(metadata) {
    return [...(metadata.properties || [])]
        .filter((p) => p.displayName)
        .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0));
}

function validate(meta, value) {
    const empty = value === undefined || value === null || String(value).trim() === "";
    if (meta.isMandatory && empty) return REQUIRED;
    if (empty) return undefined;
    if (fieldType(meta) === "url" && !URI.test(String(value))) return BAD_URL;
    if (meta.regex && !new RegExp(meta.regex).test(String(value))) return `Please enter a valid ${meta.displayName}.`;
    return undefined;
}

function customProperties(initialValues, metadata) {
    const known = new Set((metadata.properties || []).map((p) => p.key));
    return (initialValues.properties || []).filter((p) => !known.has(p.key)).map((p) => `${p.key}=${p.value}`).join(", ");
}

function PropertyField({ meta, value, error, testId, mode, readOnly }) {
    const type = fieldType(meta);
    const common = {
        name: meta.key,
        label: meta.displayName,
        required: meta.isMandatory,
        placeholder: meta.defaultValue,
        value,
        disabled: meta.isDisabled,
        readOnly: mode === "CREATE" ? false : readOnly,
        error: error ? { content: error, pointing: "above" } : undefined,
        "data-testid": `${testId}-${meta.key}`
    };
    return (
        <>
            {type === "password"
                ? <Field {...common} type="password" showPassword="Show Secret" hidePassword="Hide Secret" />
                : <Field {...common} type="text" />}
            {meta.description && <Hint disabled={meta.isDisabled}>{meta.description}</Hint>}
        </>
    );
}

export function PluggableForm({ metadata, initialValues = {}, mode, onSubmit, enableSubmitButton = true, showCustomProperties,
    readOnly, isSubmitting, testId }) {
    const fields = sortedMeta(metadata);
    const [errors, setErrors] = useState({});
    const initial = Object.fromEntries(fields.map((meta) => [
        meta.key, ((initialValues.properties || []).find((p) => p.key === meta.key) || {}).value
    ]));
    const submit = (values) => {
        const found = Object.fromEntries(fields.map((meta) => [meta.key, validate(meta, values[meta.key])]));
        setErrors(found);
        if (Object.values(found).some(Boolean)) return;
        const properties = Object.entries(values)
            .filter(([key, value]) => key !== "customProperties" && value !== undefined && value !== null && String(value) !== "")
            .map(([key, value]) => ({ key, value }));
        const extra = showCustomProperties ? values.customProperties : customProperties(initialValues, metadata);
        if (extra !== undefined && extra !== null) {
            String(extra).split(",").forEach((pair) => {
                const [key, value] = pair.split("=");
                properties.push({ key, value });
            });
        }
        onSubmit(initialValues.properties ? { ...initialValues, properties } : { ...metadata, properties });
    };
    return (
        <Forms initialValues={initial} onSubmit={submit} data-testid={`${testId}-form`}>
            <Grid>
                {fields.map((meta) => (
                    <Grid.Row columns={1} key={meta.key}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            <PropertyField meta={meta} value={initial[meta.key]} error={errors[meta.key]} testId={`${testId}-form`}
                                mode={mode} readOnly={readOnly} />
                        </Grid.Column>
                    </Grid.Row>
                ))}
                {enableSubmitButton && (
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            <Button primary type="submit" size="small" className="form-button" loading={isSubmitting}
                                data-testid={`${testId}-submit-button`}>Update</Button>
                        </Grid.Column>
                    </Grid.Row>
                )}
            </Grid>
        </Forms>
    );
}
