// The Settings tab's "New Authenticator" wizard (PROVENANCE.md "Connection Settings"): identity-apps
// features/admin.connections.v1/components/wizards/authenticator-create-wizard.tsx, wizards/steps/
// authenticator-template-selection.tsx (F @90c4d925; 2025 @110d55f6 / @5649c3e8) and the shared
// authenticator-settings step of admin.identity-providers.v1 (F; 2025 @91aa37e6):
// - a semantic Modal `div.ui.modal.wizard.identity-provider-create-wizard[data-testid=<W>-modal]` (no role),
//   header `<W>-modal-header` ("Add New Authenticator"), the steps strip `<W>-modal-content-1`, the body
//   `<W>-modal-content-2` (the wizard alert first), the actions `<W>-modal-actions`;
// - step 1: legacy Forms (no id) > `div.ui.cards.authenticators-grid` of `a.ui.card.selection-info-card`
//   (a semantic Card with onClick renders an anchor) `[data-testid=authenticator-template-selection-<name>]`
//   — the step's own `<W>-template-selection` test id is ignored by the component; Twitter reads "Twitter" /
//   "Login users with existing Twitter accounts." (components/meta/authenticators.ts);
// - Next `add-connection-modal-next-button` disabled until a card is picked, then GET
//   meta/federated-authenticators/<id>; step 2 the property form `<W>-authenticator-settings-form` in CREATE
//   mode without a submit button; Finish `add-connection-modal-finish-button`; Previous `<W>-modal-previous-button`;
//   Cancel `add-connection-modal-cancel-button`;
// - Finish: PUT /identity-providers/<id>/federated-authenticators/<authId> with {isDefault: no default yet,
//   isEnabled: true, properties} (empty keys dropped), then "Create successful" and the wizard closes; an error
//   is the in-modal alert "Create error".
import { useRef, useState } from "react";
import { Card, Grid, Icon, Modal } from "semantic-ui-react";
import { Forms } from "../widgets/legacy-forms.jsx";
import { LinkButton, PrimaryButton } from "../widgets/buttons.jsx";
import { Heading } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { getFederatedAuthenticatorMeta, updateFederatedAuthenticator } from "./api.js";
import { PluggableForm } from "./PluggableForm.jsx";
import { WizardAlert } from "./WizardAlert.jsx";

const STEPS = ["Authenticator Selection", "Authenticator Configuration"];

function Steps({ current }) {
    return (
        <div className="steps" data-testid="steps" data-componentid="steps">
            <div className="header" data-testid="steps-header" data-componentid="steps-header">
                Fill the basic information about the authenticator.
            </div>
            <div className="ui hidden divider" />
            {STEPS.map((title, index) => {
                const status = index === current ? "active" : index < current ? "completed" : "";
                return (
                    <div key={title} className={`step ${status}`.trim()} data-testid="step" data-componentid="step">
                        <div className="step-icon-wrapper">
                            <div className="step-checked" data-testid="step-checked" data-componentid="step-checked" />
                        </div>
                        <div className="step-title" data-testid="step-title" data-componentid="step-title">{title}</div>
                    </div>
                );
            })}
        </div>
    );
}

function TemplateSelection({ options, selected, onSelect, onSubmit }) {
    return (
        <Forms onSubmit={onSubmit}>
            <Grid>
                <div className="ui hidden divider" />
                <Card.Group className="authenticators-grid">
                    {options.map((option) => (
                        <Card key={option.authenticatorId} onClick={() => onSelect(option)}
                            className={selected === option.authenticatorId ? "selection-info-card selected" : "selection-info-card"}
                            data-testid={`authenticator-template-selection-${option.name}`}>
                            <Card.Content className="p-4">
                                <Icon name={option.icon || "plug"} className="theme-icon hover-rounded card-image" />
                                <Card.Header textAlign="left" className="card-header ellipsis pt-1">
                                    {option.displayName || option.name}
                                </Card.Header>
                                <Card.Description className="card-description">{option.description}</Card.Description>
                            </Card.Content>
                        </Card>
                    ))}
                </Card.Group>
            </Grid>
        </Forms>
    );
}

function useWizardState(idpId, isDefaultAuthenticatorAvailable, onClose) {
    const [step, setStep] = useState(0);
    const [picked, setPicked] = useState(false);
    const [selected, setSelected] = useState(null);
    const [metadata, setMetadata] = useState(null);
    const [alert, setAlert] = useState(null);
    const [submitting, setSubmitting] = useState(false);

    const choose = (id) => {
        setStep(1);
        getFederatedAuthenticatorMeta(id).then(setMetadata)
            .catch((error) => showAlert({ level: "error", message: "Retrieval error",
                description: error.description || "An error occurred while retrieving the authenticator's metadata." }));
    };
    const finish = (config) => {
        const properties = (config.properties || []).filter((p) => p.key);
        const authenticator = { authenticatorId: config.authenticatorId, isDefault: !isDefaultAuthenticatorAvailable,
            isEnabled: true, properties };
        setSubmitting(true);
        updateFederatedAuthenticator(idpId, authenticator)
            .then(() => {
                showAlert({ level: "success", message: "Create successful", description: "Successfully added the authenticator." });
                onClose();
            })
            .catch((error) => setAlert({ message: "Create error",
                description: error.description || "An error occurred while adding the authenticator." }))
            .finally(() => setSubmitting(false));
    };
    const back = () => { setMetadata(null); setSelected(null); setStep(0); };
    return { step, picked, setPicked, selected, setSelected, metadata, alert, submitting, choose, finish, back };
}

export function AuthenticatorCreateWizard({ options, idpId, isDefaultAuthenticatorAvailable, onClose, testId }) {
    const state = useWizardState(idpId, isDefaultAuthenticatorAvailable, onClose);
    const formTop = useRef(null);
    const submitStep = () => {
        const form = formTop.current && formTop.current.parentElement.querySelector("form");
        if (form) form.requestSubmit();
    };
    return (
        <Modal open className="wizard identity-provider-create-wizard" dimmer="blurring" closeOnDimmerClick={false} closeOnEscape
            onClose={onClose} data-testid={`${testId}-modal`}>
            <Modal.Header className="wizard-header" data-testid={`${testId}-modal-header`}>
                Add New Authenticator
                <Heading as="h6">Add new authenticator to the connection</Heading>
            </Modal.Header>
            <Modal.Content className="steps-container" data-testid={`${testId}-modal-content-1`}>
                <Steps current={state.step} />
            </Modal.Content>
            <Modal.Content className="content-container" scrolling data-testid={`${testId}-modal-content-2`}>
                {state.alert && <WizardAlert level="error" message={state.alert.message} description={state.alert.description} />}
                <div ref={formTop} />
                {state.step === 0 && (
                    <TemplateSelection options={options} selected={state.selected}
                        onSelect={(option) => { state.setSelected(option.authenticatorId); state.setPicked(true); }}
                        onSubmit={() => state.selected && state.choose(state.selected)} />
                )}
                {state.step === 1 && (state.metadata ? (
                    <PluggableForm metadata={state.metadata} initialValues={{}} mode="CREATE" enableSubmitButton={false}
                        onSubmit={state.finish} testId={`${testId}-authenticator-settings`} />
                ) : <div className="ui active inline centered loader" />)}
            </Modal.Content>
            <Modal.Actions data-testid={`${testId}-modal-actions`}>
                <Grid>
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={8} tablet={8} computer={8}>
                            <LinkButton floated="left" onClick={onClose} data-testid="add-connection-modal-cancel-button">Cancel</LinkButton>
                        </Grid.Column>
                        <Grid.Column mobile={8} tablet={8} computer={8}>
                            {state.step === 0 && (
                                <PrimaryButton floated="right" onClick={submitStep} disabled={!state.picked}
                                    data-testid="add-connection-modal-next-button">
                                    Next<Icon name="arrow right" />
                                </PrimaryButton>
                            )}
                            {state.step === 1 && (
                                <PrimaryButton floated="right" onClick={submitStep} loading={state.submitting}
                                    disabled={state.submitting} data-testid="add-connection-modal-finish-button">Finish</PrimaryButton>
                            )}
                            {state.step > 0 && (
                                <LinkButton floated="right" onClick={state.back} data-testid={`${testId}-modal-previous-button`}>
                                    <Icon name="arrow left" />Previous
                                </LinkButton>
                            )}
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </Modal.Actions>
        </Modal>
    );
}
