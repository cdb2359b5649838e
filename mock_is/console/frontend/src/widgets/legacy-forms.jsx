// The legacy `@wso2is/forms` `Forms` / `Field` (PROVENANCE.md "legacy Field": identity-apps
// modules/forms/src/components/field.tsx @a96a1656, utils/filter-props.ts @3d55808f).
//
// What matters to a locator, as the real Field renders it:
// - every field sits in `div.field[.read-only][.hidden] > div > <semantic control>`;
// - `data-testid` / `data-componentid` survive the prop filter and land on the semantic control's root:
//   `div.ui.input` for text and password, the `<textarea>` itself, the dropdown's root div, each
//   `div.ui.checkbox` / `div.ui.radio.checkbox` of a group (all options share one test id);
// - no `id` is set, so no `<label>` is tied to its input (`get_by_label` finds nothing) unless the caller
//   passes `id` or `aria-label`;
// - a dropdown carries `name` on its root div and has no `<input>`; `readOnly` is not passed to it.
// [UNKNOWN] the `Forms` root (modules/forms/src/forms.tsx) was not read: it is a semantic `Form` carrying
// the caller's test id, and submits on Enter like any form.

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { Button, Form, Icon, Popup, Radio } from "semantic-ui-react";

const FormsContext = createContext(null);

export function Forms({ initialValues = {}, onSubmit, onChange, children, ...rest }) {
    const [values, setValues] = useState(initialValues);
    const latest = useRef(values);
    latest.current = values;
    const set = (name, value) => {
        const next = { ...latest.current, [name]: value };
        latest.current = next;
        setValues(next);
        if (onChange) onChange(name, value, next);
    };
    const submit = (event) => {
        if (event) event.preventDefault();
        if (onSubmit) onSubmit(latest.current);
    };
    return (
        <FormsContext.Provider value={{ values, set }}>
            <Form noValidate onSubmit={submit} {...rest}>{children}</Form>
        </FormsContext.Provider>
    );
}

function useFieldValue(name, fallback) {
    const forms = useContext(FormsContext);
    const value = forms && name in forms.values ? forms.values[name] : fallback;
    return [value, (v) => forms && forms.set(name, v)];
}

function wrapperClass({ readOnly, hidden, className }) {
    return ["field", readOnly ? "read-only" : "", hidden ? "hidden" : "", className || ""].join(" ").replace(/\s+/g, " ").trim();
}

function TextField({ name, label, required, placeholder, readOnly, disabled, type, listen, value: given, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? "");
    return (
        <Form.Input
            {...hooks}
            label={label !== "" ? label : null}
            type={type}
            name={name}
            value={value ?? ""}
            placeholder={placeholder}
            readOnly={readOnly}
            disabled={disabled}
            required={label ? required : false}
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

// The react-components `Password` (modules/react-components/src/components/input/password.tsx @019bc8d4):
// the eye icon toggles the type; "Show"/"Hide" words appear only in its hover popup.
function PasswordField({ name, label, required, placeholder, readOnly, disabled, listen, showPassword, hidePassword, value: given, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? "");
    const [shown, setShown] = useState(false);
    const eye = (
        <Popup
            trigger={<Icon name={shown ? "eye slash" : "eye"} link disabled={!value} onClick={() => setShown(!shown)} />}
            content={shown ? hidePassword : showPassword}
            inverted
            position="top center"
        />
    );
    return (
        <Form.Input
            {...hooks}
            label={label !== "" ? label : null}
            type={shown ? "text" : "password"}
            name={name}
            value={value ?? ""}
            placeholder={placeholder}
            readOnly={readOnly}
            disabled={disabled}
            required={label ? required : false}
            icon={eye}
            autoComplete="new-password"
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

function TextAreaField({ name, label, placeholder, readOnly, disabled, listen, value: given, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? "");
    return (
        <Form.TextArea
            {...hooks}
            label={label !== "" ? label : null}
            name={name}
            value={value ?? ""}
            placeholder={placeholder}
            readOnly={readOnly}
            disabled={disabled}
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

function DropdownField({ name, label, required, placeholder, disabled, listen, children = [], value: given, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? "");
    return (
        <Form.Select
            {...hooks}
            label={label}
            name={name}
            placeholder={placeholder}
            options={children}
            value={value}
            disabled={disabled}
            required={label ? required : false}
            onChange={(e, { value: v }) => { setValue(v); if (listen) listen(v); }}
        />
    );
}

function CheckboxGroupField({ name, label, required, readOnly, disabled, listen, hint, children = [], value: given, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? []);
    const checked = Array.isArray(value) ? value : [];
    const toggle = (option) => {
        const next = checked.includes(option) ? checked.filter((v) => v !== option) : [...checked, option];
        setValue(next);
        if (listen) listen(next);
    };
    return (
        <Form.Group grouped>
            <div className={required ? "required field" : "field"}><label>{label}</label></div>
            {hint && <FieldHint>{hint}</FieldHint>}
            {children.map((child) => (
                <Form.Field key={child.value}>
                    <Form.Checkbox
                        {...hooks}
                        label={child.label}
                        name={name}
                        value={child.value}
                        checked={checked.includes(child.value)}
                        readOnly={readOnly || child.readOnly}
                        disabled={child.disabled ?? disabled}
                        onChange={() => toggle(child.value)}
                    />
                </Form.Field>
            ))}
        </Form.Group>
    );
}

function RadioGroupField({ name, label, readOnly, disabled, listen, hint, children = [], value: given, default: initial, ...hooks }) {
    const [value, setValue] = useFieldValue(name, given ?? initial);
    return (
        <Form.Group grouped>
            <label>{label}</label>
            {hint && <FieldHint>{hint}</FieldHint>}
            {children.map((child) => (
                <Form.Field key={child.value}>
                    <Radio
                        {...hooks}
                        label={child.label}
                        name={name}
                        value={child.value}
                        checked={value === child.value}
                        readOnly={readOnly}
                        disabled={disabled}
                        onChange={() => { setValue(child.value); if (listen) listen(child.value); }}
                    />
                </Form.Field>
            ))}
        </Form.Group>
    );
}

function FieldHint({ children }) {
    return <div className="ui-hint"><Icon name="info circle" color="grey" />{children}</div>;
}

const CONTROLS = {
    text: TextField,
    email: TextField,
    number: TextField,
    password: PasswordField,
    textarea: TextAreaField,
    dropdown: DropdownField,
    checkbox: CheckboxGroupField,
    radio: RadioGroupField
};

export function Field({ type, hidden, className, value, ...props }) {
    if (type === "submit" || type === "button") {
        const { value: text, disabled, onClick, size, ...hooks } = { value, ...props };
        delete hooks.name;
        return (
            <Button {...hooks} primary={type === "submit"} type={type} size={size} disabled={disabled} onClick={onClick}>
                {text}
            </Button>
        );
    }
    const Control = CONTROLS[type];
    if (!Control) {
        throw new Error(`legacy Field: unknown type ${type}`);
    }
    return (
        <div className={wrapperClass({ readOnly: props.readOnly, hidden, className })}>
            <div><Control type={type} value={value} {...props} /></div>
        </div>
    );
}

// A legacy form's current values, for components that react to them (JIT's enable checkbox, for one).
export function useFormsValues() {
    const forms = useContext(FormsContext);
    return forms ? forms.values : {};
}

export function useFieldEffect(name, effect) {
    const values = useFormsValues();
    useEffect(() => { effect(values[name]); }, [values[name]]);
}
