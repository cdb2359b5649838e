// The react-final-form based `Form` / `Field.*` of `@wso2is/form` (and the final-form API `@wso2is/forms`
// exports beside its legacy Field), as PROVENANCE.md "final-form Field" records them: identity-apps
// modules/form/src/components/form.tsx @295ea97e, field-input.tsx (index id 19355471590),
// adapters/__DEPRECATED__adapters.tsx @124f5793.
//
// - the root is two nested forms, `form#<id> > form.ui.form > div.ui.grid.form-container.with-max-width`, one
//   `div.row > div.<N> wide column` per child (modules/form/src/components/form.tsx @90c4d925 puts the
//   caller's `id` on the outer form; no test id reaches any element);
// - Field.Input: `aria-label` on the `<input>`, `data-testid`/`data-componentid` on `div.ui.input`,
//   `maxlength="50" minlength="3"` unless the caller sets others; the `<label>` is tied to nothing;
// - Field.Dropdown: `name` (and `aria-label`) on the dropdown's root div; a search dropdown's input has none;
// - Field.Button: a semantic button carrying the caller's test ids and `name`, its text the `label`.

import { createContext, useContext, useRef, useState } from "react";
import { Button, Form as SemanticForm, Input, Select } from "semantic-ui-react";

const FinalFormContext = createContext(null);
const WIDTHS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen"];

export function Form({ id, initialValues = {}, onSubmit, children }) {
    const [values, setValues] = useState(initialValues);
    const latest = useRef(values);
    latest.current = values;
    const api = {
        values,
        set(name, value) {
            const next = { ...latest.current, [name]: value };
            latest.current = next;
            setValues(next);
        },
        reset(next = {}) {
            latest.current = next;
            setValues(next);
        }
    };
    const submit = (event) => {
        event.preventDefault();
        if (onSubmit) onSubmit(latest.current, api);
    };
    const rows = [children].flat().filter(Boolean).filter((child) => !child.props.hidden);
    return (
        <FinalFormContext.Provider value={api}>
            <form id={id} noValidate onSubmit={submit}>
                <SemanticForm noValidate>
                    <div className="ui grid form-container with-max-width">
                        {rows.map((child, index) => (
                            <div className="row" key={child.key ?? index}>
                                <div className={`${WIDTHS[child.props.width ?? 16]} wide column`}>{child}</div>
                            </div>
                        ))}
                    </div>
                </SemanticForm>
            </form>
        </FinalFormContext.Provider>
    );
}

export function useFinalForm() {
    return useContext(FinalFormContext);
}

function useValue(name) {
    const form = useFinalForm();
    return [form ? form.values[name] ?? "" : "", (v) => form && form.set(name, v)];
}

function FieldInput({ name, label, ariaLabel, placeholder, required, readOnly, disabled, maxLength = 50,
    minLength = 3, width = 16, error, listen, type = "text", ...hooks }) {
    const [value, setValue] = useValue(name);
    return (
        <SemanticForm.Field required={required} width={width} error={Boolean(error)}>
            {label !== "" && label !== undefined && <label>{label}</label>}
            <Input
                {...hooks}
                type={type}
                name={name}
                value={value}
                aria-label={ariaLabel}
                placeholder={placeholder}
                required={required}
                readOnly={readOnly}
                disabled={disabled}
                maxLength={maxLength}
                minLength={minLength}
                onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
            />
            {error && (
                <div className="ui pointing above prompt label" role="alert" aria-atomic="true">{error}</div>
            )}
        </SemanticForm.Field>
    );
}

function FieldTextarea({ name, label, ariaLabel, placeholder, readOnly, disabled, listen, ...hooks }) {
    const [value, setValue] = useValue(name);
    return (
        <SemanticForm.TextArea
            {...hooks}
            label={label}
            name={name}
            value={value}
            aria-label={ariaLabel}
            placeholder={placeholder}
            readOnly={readOnly}
            disabled={disabled}
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

function FieldDropdown({ name, label, ariaLabel, placeholder, required, disabled, options, search, clearable,
    noResultsMessage, listen, width = 16, ...hooks }) {
    const [value, setValue] = useValue(name);
    return (
        <SemanticForm.Field
            {...hooks}
            control={Select}
            label={label}
            name={name}
            aria-label={ariaLabel}
            placeholder={placeholder}
            required={required}
            disabled={disabled}
            options={options}
            search={search}
            clearable={clearable}
            noResultsMessage={noResultsMessage}
            value={value}
            width={width}
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

function FieldButton({ label, ariaLabel, buttonType = "primary_btn", type = "button", ...hooks }) {
    const primary = buttonType === "primary_btn";
    return (
        <Button {...hooks} aria-label={ariaLabel} primary={primary} basic={!primary} type={type}>
            {label}
        </Button>
    );
}

export const Field = {
    Input: FieldInput,
    Textarea: FieldTextarea,
    Dropdown: FieldDropdown,
    Button: FieldButton
};
