// The Custom Connector create wizard (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/
// components/wizards/expert-mode/expert-mode-authentication-provider-create-wizard.tsx and -content.tsx
// (F @90c4d925; 2025 @110d55f6 / @5649c3e8), inside ModalWithSidePanel (features/admin.core.v1/components/
// modals/modal-with-side-panel.tsx, F):
// - a semantic Modal `div.ui.modal.modal-with-side-panel.wizard.identity-provider-create-wizard` carrying
//   `data-componentid="<cid>-modal"` (`<cid>` the fetched template's templateId, "expert-mode-idp"); no role;
// - ModalWithSidePanel.Header / .Content / .Actions render only a className: the `<cid>-modal-header`,
//   `-modal-content`, `-modal-actions` ids the wizard passes land on no element;
// - the form is `@wso2is/form` Wizard `form#expert-mode-authenticator-wizard-form` (its component id goes to
//   final-form, not the DOM); Name `input[name=name]` (aria-label "Expert Mode IDP Name", component id
//   `<content>-idp-name` on div.ui.input), Description `textarea[name=description]`;
// - Cancel `LinkButton[data-componentid=<cid>-modal-cancel-button]`, and the one-page submit
//   `PrimaryButton[data-componentid=<cid>-modal-finish-button]` reading "Create" (common:create) once the
//   Wizard has reported its page count ("Next" before that);
// - Create: POST /identity-providers with the template's idp + name, description (else the template's),
//   templateId, image; 201 → alert "Create successful", then the edit page (`?state=new`); an error is the
//   in-modal wizard alert (no role), a taken name typed 500 ms before is a field error.
import { useEffect, useRef, useState } from "react";
import { Grid, Modal } from "semantic-ui-react";
import { Field, Form } from "../widgets/final-form.jsx";
import { LinkButton, PrimaryButton } from "../widgets/buttons.jsx";
import { Heading } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { createConnection, listConnections } from "./api.js";
import { createConnectionSubmitLabel, expertModeLabel } from "./texts.js";
import { WizardAlert } from "./WizardAlert.jsx";

const FORM_ID = "expert-mode-authenticator-wizard-form";
const CONTENT_ID = "expert-mode-idp-create-wizard-content";
const REQUIRED = "This field cannot be empty";
const DUPLICATE = "A connection already exists with this name";

function WizardPage({ children }) {
    return <>{children}</>;
}

// ConnectionsManagementUtils.searchIdentityProviderName: GET ?filter=name eq <value>, debounced 500 ms.
function useDuplicateCheck() {
    const [taken, setTaken] = useState(new Map());
    const timer = useRef(null);
    const listen = (value) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
            listConnections(`name eq ${value}`)
                .then((found) => (found.identityProviders || []).length > 0)
                .catch(() => false)
                .then((exists) => setTaken((prev) => new Map(prev).set(value, exists)));
        }, 500);
    };
    useEffect(() => () => clearTimeout(timer.current), []);
    return [taken, listen];
}

function resolveErrors(values, taken) {
    const name = values.name || "";
    if (!name) return { name: REQUIRED };
    if (taken.get(name)) return { name: DUPLICATE };
    return {};
}

function Actions({ cid, totalStep, submitting, onCancel, onSubmit }) {
    return (
        <Grid>
            <Grid.Row columns={1}>
                <Grid.Column mobile={8} tablet={8} computer={8}>
                    <LinkButton floated="left" onClick={onCancel} data-componentid={`${cid}-modal-cancel-button`}>Cancel</LinkButton>
                </Grid.Column>
                <Grid.Column mobile={8} tablet={8} computer={8}>
                    <PrimaryButton floated="right" onClick={onSubmit} loading={submitting} disabled={submitting}
                        data-componentid={`${cid}-modal-finish-button`}>
                        {totalStep === 1 ? createConnectionSubmitLabel() : "Next"}
                    </PrimaryButton>
                </Grid.Column>
            </Grid.Row>
        </Grid>
    );
}

function body(template, values) {
    const idp = { ...template.idp };
    idp.name = String(values.name);
    idp.description = values.description ? String(values.description) : template.description;
    idp.templateId = template.templateId;
    idp.image = "assets/images/logos/expert.svg";
    return idp;
}

export function ExpertModeWizard({ template, onClose, onCreated, "data-componentid": cid }) {
    const [alert, setAlert] = useState(null);
    const [errors, setErrors] = useState({});
    const [attempted, setAttempted] = useState(false);
    const [submitting, setSubmitting] = useState(false);
    const [totalStep, setTotalStep] = useState(0);
    const [taken, listen] = useDuplicateCheck();
    const values = useRef({ name: (template.idp && template.idp.name) || "" });

    useEffect(() => setTotalStep(1), []); // the Wizard reports its one page after mounting

    const submit = (formValues) => {
        values.current = formValues;
        const found = resolveErrors(formValues, taken);
        setAttempted(true);
        setErrors(found);
        if (found.name) return;
        setSubmitting(true);
        createConnection(body(template, formValues))
            .then((id) => {
                showAlert({ level: "success", message: "Create successful", description: "Successfully created the connection." });
                onCreated(id);
            })
            .catch((error) => setAlert(error.description
                ? { message: "Create error", description: error.description }
                : { message: "Create error", description: "An error occurred while creating the connection." }))
            .finally(() => setSubmitting(false));
    };

    useEffect(() => {
        if (attempted) setErrors(resolveErrors(values.current, taken));
    }, [taken]);

    const title = template.name === "Expert Mode" ? expertModeLabel() : template.name;
    return (
        <Modal open className="modal-with-side-panel wizard identity-provider-create-wizard" dimmer="blurring"
            closeOnDimmerClick={false} closeOnEscape onClose={onClose} data-componentid={`${cid}-modal`}>
            <div className="panels">
                <div className="main-panel">
                    <div className="modal-header wizard-header">
                        <div className="display-flex">
                            <div className="ui mini image theme-icon spaced-right transparent" data-componentid={`${cid}-image`} />
                            <div className="ml-1">
                                {title}
                                {template.description && <Heading as="h6">{template.description}</Heading>}
                            </div>
                        </div>
                    </div>
                    <div className="modal-content content-container">
                        {alert && <WizardAlert level="error" message={alert.message} description={alert.description} />}
                        <Form id={FORM_ID} initialValues={values.current} onSubmit={submit}>
                            <WizardPage>
                                <Field.Input ariaLabel="Expert Mode IDP Name" name="name" label="Name"
                                    placeholder="Enter a name for the connection." required listen={(v) => { values.current.name = v; listen(v); }}
                                    error={errors.name} maxLength={50} minLength={3} width={13}
                                    data-componentid={`${CONTENT_ID}-idp-name`} />
                                <Field.Textarea ariaLabel="Expert Mode IDP Description" name="description" label="Description"
                                    placeholder="Enter a description of the connection." required={false} maxLength={50}
                                    minLength={3} width={13} data-componentid={`${CONTENT_ID}-idp-description`} />
                            </WizardPage>
                        </Form>
                    </div>
                    <div className="modal-actions">
                        <Actions cid={cid} totalStep={totalStep} submitting={submitting} onCancel={onClose}
                            onSubmit={() => document.getElementById(FORM_ID).requestSubmit()} />
                    </div>
                </div>
            </div>
        </Modal>
    );
}

