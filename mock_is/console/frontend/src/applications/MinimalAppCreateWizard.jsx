// The minimal create wizard a default template opens (PROVENANCE.md "Applications"): identity-apps
// features/admin.applications.v1/components/wizard/minimal-application-create-wizard.tsx,
// wizard/oauth-protocol-settings-wizard-form.tsx and react-components input/url-input.tsx (F @90c4d925; 2025:
// admin.application-templates.v1 application-creation-adapter.tsx @110d55f6 still opens this wizard for a
// DEFAULT-category template), inside ModalWithSidePanel (features/admin.core.v1/components/modals/
// modal-with-side-panel.tsx):
// - a semantic Modal `div.ui.modal.modal-with-side-panel.wizard.minimal-application-create-wizard` carrying
//   `data-testid="minimal-application-create-wizard-modal"` (no role); the header is the template's name and
//   description;
// - Name: a legacy `Field` (no id) `input[name=name]`, its test id on `div.ui.input`
//   (`…-application-name-input`), label "Name", placeholder "My App";
// - "Protocol" (the group's subTemplatesSectionTitle) over the sub-template SelectionCards
//   `minimal-application-create-wizard-<template id>-card` (OpenID Connect selected first, SAML);
// - the OIDC form `…-oauth-protocol-settings-form` holds the URLInput "Authorized redirect URLs": a bare
//   `div.required.field > label`, `div.ui.fluid.action.input[…-oauth-protocol-settings-form-callback-url-input]`
//   whose `<input>` has no name and no id, and a "+" button `…-callback-url-input-add-button`; a typed URL is
//   taken on Create without "+";
// - Cancel (LinkButton, no id) and Create `PrimaryButton[…-next-button]`;
// - Create: GET /applications?filter=name eq <name> (a taken name is a field error), then POST /applications
//   with the template's application, name, templateId and the OIDC callbackURLs / allowedOrigins ([]: the
//   origin is added only when the admin allows it); 201 → alert "Creation successful", then the edit page at
//   `/applications/<id>?#tab=0`; an error with a description is the in-modal wizard alert.
// [not built] the help side panel, the SAML sub-template's form (its card selects nothing), the "Allow"
// origin popup of the URL chip, the app-sharing checkbox.
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { Card, Divider, Grid, Input, Modal, Button } from "semantic-ui-react";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { LinkButton, PrimaryButton } from "../widgets/buttons.jsx";
import { Heading } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { WizardAlert } from "../connections/WizardAlert.jsx";
import { createApplication, listApplications } from "./api.js";
import { OIDC_WEB_APP_TEMPLATE_ID, SAML_WEB_APP_TEMPLATE_ID, oidcWebApplication } from "./templates.js";

const TID = "minimal-application-create-wizard";
const FORM_TID = `${TID}-oauth-protocol-settings-form`;
const NAME_TAKEN = "There is already an application with this name. Please enter a different name.";
const NAME_EMPTY = "Application name is required.";
const URL_EMPTY = "Please add a valid URL.";
const URL_INVALID = "This is not a valid URL.";

function isHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === "http:" || url.protocol === "https:";
    } catch (e) {
        return false;
    }
}

function SubTemplateCard({ id, header, selected, onClick }) {
    const cid = "selection-card";
    return (
        <Card as="div" link={false} onClick={onClick}
            className={`selection-card no-content-top-border small${selected ? " selected" : ""} sub-template-selection-card`}
            data-testid={`${TID}-${id}-card`} data-componentid={cid}>
            <Card.Content className="card-text-container" style={{ textAlign: "center" }}>
                <div className="inner-card-text-container">
                    <Card.Header data-testid={`${TID}-${id}-card-header`} data-componentid={`${cid}-header`}>{header}</Card.Header>
                </div>
            </Card.Content>
        </Card>
    );
}

function SubTemplates({ selected, onSelect }) {
    return (
        <Grid.Row className="pt-0 mt-0">
            <Grid.Column mobile={16} tablet={16} computer={14}>
                <div className="sub-template-selection">
                    <label className="sub-templates-label">Protocol</label>
                    <Card.Group itemsPerRow={3} className="sub-templates">
                        <SubTemplateCard id={OIDC_WEB_APP_TEMPLATE_ID} header="OpenID Connect"
                            selected={selected === OIDC_WEB_APP_TEMPLATE_ID} onClick={() => onSelect(OIDC_WEB_APP_TEMPLATE_ID)} />
                        <SubTemplateCard id={SAML_WEB_APP_TEMPLATE_ID} header="SAML"
                            selected={selected === SAML_WEB_APP_TEMPLATE_ID} onClick={() => {}} />
                    </Card.Group>
                    <Divider hidden />
                </div>
            </Grid.Column>
        </Grid.Row>
    );
}

// URLInput (labelEnabled, required): the label row, the input row with its "+" button, the chips of added URLs.
function RedirectUrlInput({ value, onChange, added, onAdd, error }) {
    return (
        <Grid.Row column={1}>
            <Grid.Column mobile={16} tablet={16} computer={16} className="field">
                <Grid>
                    <Grid.Row columns={1} className="urlComponentLabelRow">
                        <Grid.Column mobile={16} tablet={16} computer={10}>
                            <div className="required field"><label>Authorized redirect URLs</label></div>
                        </Grid.Column>
                    </Grid.Row>
                    <Grid.Row className="urlComponentInputRow">
                        <Grid.Column mobile={14} tablet={14} computer={10}>
                            <Input fluid action error={Boolean(error)} value={value}
                                placeholder="https://myapp.io/login" onChange={(e, { value: v }) => onChange(v)}
                                data-testid={`${FORM_TID}-callback-url-input`} data-componentid="url-input">
                                <input />
                                <Button type="button" icon="add" disabled={!value} onClick={onAdd}
                                    data-testid={`${FORM_TID}-callback-url-input-add-button`}
                                    data-componentid="url-input-add-button" />
                            </Input>
                            {error && <div className="ui pointing above prompt label">{error}</div>}
                        </Grid.Column>
                    </Grid.Row>
                    {added.map((url) => (
                        <Grid.Row key={url} className="urlComponentTagRow">
                            <Grid.Column mobile={16} tablet={16} computer={10}>
                                <p><span className="ui basic label url-chip">{url}</span></p>
                            </Grid.Column>
                        </Grid.Row>
                    ))}
                </Grid>
            </Grid.Column>
        </Grid.Row>
    );
}

async function nameIsTaken(name) {
    const found = await listApplications({ filter: `name eq ${name}` });
    return (found.applications || []).length > 0;
}

export function MinimalAppCreateWizard({ template, onClose }) {
    const navigate = useNavigate();
    const [name, setName] = useState("");
    const [url, setUrl] = useState("");
    const [added, setAdded] = useState([]);
    const [errors, setErrors] = useState({});
    const [alert, setAlert] = useState(null);
    const [submitting, setSubmitting] = useState(false);
    const [selected, setSelected] = useState(OIDC_WEB_APP_TEMPLATE_ID);

    const addUrl = () => {
        if (!isHttpUrl(url)) { setErrors({ ...errors, url: URL_INVALID }); return; }
        if (!added.includes(url)) setAdded([url, ...added]);
        setUrl("");
        setErrors({ ...errors, url: null });
    };

    const callbackUrls = () => (url ? [url, ...added] : added);

    const validate = async () => {
        const found = {};
        const trimmed = name.trim();
        if (!trimmed) found.name = NAME_EMPTY;
        else if (await nameIsTaken(trimmed)) found.name = NAME_TAKEN;
        const urls = callbackUrls();
        if (url && !isHttpUrl(url)) found.url = URL_INVALID;
        else if (urls.length === 0) found.url = URL_EMPTY;
        return found;
    };

    const create = async () => {
        setSubmitting(true);
        try {
            const found = await validate();
            setErrors(found);
            if (found.name || found.url) return;
            const urls = callbackUrls();
            // buildCallBackUrlWithRegExp: one URL as it is, several as regexp=(a|b).
            const callback = urls.length > 1 ? `regexp=(${urls.join("|")})` : urls[0];
            const id = await createApplication(oidcWebApplication(name.trim(), callback));
            showAlert({ level: "success", message: "Creation successful", description: "Successfully created the application." });
            navigate(id ? { pathname: `/applications/${id}`, search: "?", hash: "#tab=0" } : "/applications");
        } catch (error) {
            setAlert(error.description
                ? { message: "Creation error", description: error.description }
                : { message: "Something went wrong", description: "Failed to create the application." });
        } finally {
            setSubmitting(false);
        }
    };

    const nameError = errors.name ? { content: errors.name, pointing: "above" } : undefined;
    return (
        <Modal open className="modal-with-side-panel wizard minimal-application-create-wizard" dimmer="blurring"
            closeOnDimmerClick={false} closeOnEscape onClose={onClose} data-testid={`${TID}-modal`}>
            <div className="panels">
                <div className="main-panel">
                    <div className="modal-header wizard-header">
                        {template.name}
                        <Heading as="h6">{template.description}</Heading>
                    </div>
                    <div className="modal-content">
                        <Forms onSubmit={create}>
                            <Grid>
                                {alert && (
                                    <Grid.Row columns={1} id="notification-div">
                                        <Grid.Column mobile={16} tablet={16} computer={14}>
                                            <WizardAlert level="error" message={alert.message} description={alert.description} />
                                        </Grid.Column>
                                    </Grid.Row>
                                )}
                                <Grid.Row columns={1}>
                                    <Grid.Column mobile={16} tablet={16} computer={14}>
                                        <Field type="text" name="name" label="Name" required placeholder="My App"
                                            listen={setName} error={nameError} maxLength={50}
                                            data-testid={`${TID}-application-name-input`} />
                                    </Grid.Column>
                                </Grid.Row>
                                <SubTemplates selected={selected} onSelect={setSelected} />
                                <Grid.Row className="pt-0 mt-0">
                                    <Grid.Column mobile={16} tablet={16} computer={14}>
                                        <Grid>
                                            <RedirectUrlInput value={url} onChange={setUrl} added={added} onAdd={addUrl}
                                                error={errors.url} />
                                        </Grid>
                                    </Grid.Column>
                                </Grid.Row>
                            </Grid>
                        </Forms>
                    </div>
                    <div className="modal-actions">
                        <Grid>
                            <Grid.Row column={1}>
                                <Grid.Column mobile={8} tablet={8} computer={8}>
                                    <LinkButton floated="left" onClick={onClose}>Cancel</LinkButton>
                                </Grid.Column>
                                <Grid.Column mobile={8} tablet={8} computer={8}>
                                    <PrimaryButton floated="right" onClick={create} loading={submitting} disabled={submitting}
                                        data-testid={`${TID}-next-button`}>Create</PrimaryButton>
                                </Grid.Column>
                            </Grid.Row>
                        </Grid>
                    </div>
                </div>
            </div>
        </Modal>
    );
}
