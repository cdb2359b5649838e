// The Login Flow tab's Classic editor (PROVENANCE.md "Login Flow: Visual and Classic editors"): identity-apps
// features/admin.applications.v1/components/settings/sign-on-methods/components/sign-on-methods-core.tsx,
// sign-in-method-landing.tsx, sign-in-method-customization.tsx, step-based-flow/step-based-flow.tsx and
// authentication-step.tsx (F @90c4d925), strings from modules/i18n en-US portals/applications.ts and common.ts.
// `<C>` is the component id edit-application.tsx gives SignOnMethods: "application-edit-sign-on-methods".
// - while the flow is the default one (one step, Basic only, default or no script, type DEFAULT) the landing
//   shows: `div.ui.basic.segment.sign-in-method-landing[data-componentid="<C>-landing"]`, "Build your own login
//   flow", "Default Login" and the InfoCard "Start with default configuration"
//   (`data-componentid="basic-configuration-flow-card"`, the wrapper's default test id "info-card"), which
//   opens the customization on the default steps;
// - the customization: "Customize Login Flow", LinkButton "Revert to default", the step-based flow
//   `div.authentication-flow-wrapper[data-componentid="<C>-step-based-flow"]`, one
//   `<C>-step-based-flow-authentication-step-<index>` per step (0-based) holding an
//   `div.authenticator-item-wrapper[data-componentid="…-option"]` card per option (its name in
//   `…-option-name`, the connection's name), and the LinkButton "+ Add Authentication"
//   (`data-tourid="add-authentication-options-button"`, the wrapper's default ids); the timeline's
//   "add a new step" icon `data-tourid="add-new-step-button"`;
// - "Update": PrimaryButton `<C>-update-button` (test id the wrapper's default "primary-button"), disabled
//   while no step has an option; it PATCHes `{ authenticationSequence: { …steps, subjectStepId,
//   attributeStepId, type USER_DEFINED, requestPathAuthenticators, script } }` (an empty script becomes the
//   default one, adaptive authentication being available), then "Update successful" and the refetch.
// [UNKNOWN/left out] the landing's other cards (MFA, passwordless, social), the step's subject/attribute
// checkboxes, the script editor (ScriptBasedFlow) and the request-path authenticators.
import { useEffect, useState } from "react";
import { Card, Divider, Grid, Icon, Label, Segment } from "semantic-ui-react";
import { LinkButton, PrimaryButton } from "../../widgets/buttons.jsx";
import { EmptyPlaceholder, Heading, Hint } from "../../widgets/text.jsx";
import { AddAuthenticatorModal } from "./AddAuthenticatorModal.jsx";
import { BASIC_AUTHENTICATOR, authenticatorOf, flat } from "./authenticators.js";
import { DEFAULT_STEPS, isDefaultScript, withOption, withStep, withoutOption } from "./sequence.js";

export const CLASSIC_CID = "application-edit-sign-on-methods";

export function isDefaultFlow(sequence) {
    const steps = sequence?.steps || [];
    if (steps.length !== 1 || steps[0].options?.length !== 1) return false;
    const basic = steps[0].options[0].authenticator === BASIC_AUTHENTICATOR;
    const script = !sequence.script || isDefaultScript(sequence.script, steps.length);
    return basic && script && sequence.type === "DEFAULT";
}

function Landing({ onDefault }) {
    return (
        <Segment basic className="sign-in-method-landing" data-componentid={`${CLASSIC_CID}-landing`}>
            <Grid>
                <Grid.Row>
                    <Grid.Column width={16}><Heading as="h2">Build your own login flow</Heading></Grid.Column>
                </Grid.Row>
                <Grid.Row className="pt-5">
                    <Grid.Column computer={8} tablet={16} mobile={16} className="flow-options-column">
                        <div className="pr-3">
                            <Heading as="h4">Default Login</Heading>
                            <Card as="div" link={false} fluid className="info-card fluid"
                                data-componentid="basic-configuration-flow-card" data-testid="info-card" onClick={onDefault}>
                                <div className="header-without-toggle">
                                    <Card.Content>
                                        <div className="card-header-section">
                                            <Card.Header className="card-header ellipsis"
                                                data-componentid="basic-configuration-flow-card-header" data-testid="info-card-header">
                                                Start with default configuration
                                            </Card.Header>
                                            <Card.Description className="card-description"
                                                data-componentid="basic-configuration-flow-card-description"
                                                data-testid="info-card-description">
                                                Build your login flow starting with Username &amp; Password login.
                                            </Card.Description>
                                        </div>
                                    </Card.Content>
                                </div>
                            </Card>
                        </div>
                    </Grid.Column>
                </Grid.Row>
            </Grid>
        </Segment>
    );
}

function StepOption({ option, all, cid, onDelete }) {
    const authenticator = authenticatorOf(option, all);
    if (!authenticator) return null;
    return (
        <div className="authenticator-item-wrapper" data-componentid={`${cid}-option`}
            hidden={authenticator.name === "backup-code-authenticator"}>
            <Card fluid className="basic-card authenticator-card">
                <Card.Content>
                    <Label basic floating circular className="close-button" size="mini" onClick={onDelete}
                        data-componentid={`${cid}-close-button`}>
                        <Icon name="close" />
                    </Label>
                    <span data-componentid={`${cid}-option-name`}>{authenticator.displayName}</span>
                </Card.Content>
            </Card>
        </div>
    );
}

function AuthenticationStep({ step, stepIndex, all, showStepMeta, onAdd, onOptionDelete, cid }) {
    const empty = step.options.length === 0;
    const add = (fluid) => (
        <LinkButton fluid={fluid} className={fluid ? undefined : "authenticator-item-wrapper"}
            data-tourid="add-authentication-options-button" onClick={onAdd}>
            <Icon name="plus" />Add Authentication
        </LinkButton>
    );
    return (
        <div className="timeline-item">
            <div className="timeline-badge">{step.id}</div>
            <div className="authentication-step-container timeline-body" data-componentid={cid}>
                {showStepMeta && (
                    <div className="authentication-step-actions">
                        <Heading className="step-header" as="h6">Step {step.id}</Heading>
                    </div>
                )}
                <div className={`authentication-step with-extension ${empty ? "empty-placeholder-container" : ""}`}>
                    {empty ? (
                        <>
                            {add(true)}
                            <EmptyPlaceholder subtitle={["Click on the above button to add options to this step."]}
                                data-componentid={`${cid}-empty-placeholder`} />
                        </>
                    ) : (
                        <>
                            {step.options.map((option, index) => (
                                <StepOption key={`${option.idp}-${option.authenticator}`} option={option} all={all} cid={cid}
                                    onDelete={() => onOptionDelete(stepIndex, index)} />
                            ))}
                            {add(false)}
                        </>
                    )}
                </div>
            </div>
        </div>
    );
}

function StepBasedFlow({ steps, categories, onStepsChange }) {
    const [adding, setAdding] = useState(null);
    const cid = `${CLASSIC_CID}-step-based-flow`;
    const all = flat(categories);
    const submit = (selected) => {
        let next = steps;
        selected.forEach((authenticator) => { next = withOption(next, adding, authenticator) || next; });
        onStepsChange(next);
        setAdding(null);
    };
    return (
        <div className="authentication-flow-wrapper" data-componentid={cid}>
            <div className="authentication-flow-section timeline">
                <div className="timeline-button start" />
                <div className="authentication-steps-section">
                    {steps.map((step, index) => (
                        <AuthenticationStep key={step.id} step={step} stepIndex={index} all={all} showStepMeta={steps.length > 1}
                            onAdd={() => setAdding(index)} cid={`${cid}-authentication-step-${index}`}
                            onOptionDelete={(s, o) => onStepsChange(withoutOption(steps, s, o))} />
                    ))}
                </div>
                <div className="timeline-button add">
                    <div><Icon link name="plus circle" onClick={() => onStepsChange(withStep(steps))}
                        data-tourid="add-new-step-button" /></div>
                </div>
                <div className="timeline-button done" />
            </div>
            {adding !== null && (
                <AddAuthenticatorModal categories={categories} currentStep={adding} onSubmit={submit}
                    onClose={() => setAdding(null)} />
            )}
        </div>
    );
}

function Customization({ sequence, categories, onUpdate, onRevert, saving }) {
    const [steps, setSteps] = useState(sequence.steps);
    useEffect(() => setSteps(sequence.steps), [sequence]);
    const update = () => onUpdate({
        attributeStepId: sequence.attributeStepId || 1,
        requestPathAuthenticators: [],
        steps,
        subjectStepId: sequence.subjectStepId || 1,
        type: "USER_DEFINED"
    });
    return (
        <div>
            <div>
                <Heading as="h4" className="display-inline-block">Customize Login Flow</Heading>
                <div className="display-inline-block floated right">
                    <LinkButton className="pr-0" onClick={onRevert}><Icon name="refresh" />Revert to default</LinkButton>
                    <Hint inline popup>Revert back to the default configuration (Username &amp; Password)</Hint>
                </div>
            </div>
            <Divider hidden />
            <StepBasedFlow steps={steps} categories={categories} onStepsChange={setSteps} />
            <Divider className="x1" hidden />
            <Divider className="x2" />
            <Divider hidden />
            <PrimaryButton onClick={update} data-componentid={`${CLASSIC_CID}-update-button`}
                disabled={!steps.some((s) => s.options.length > 0) || saving} loading={saving}>
                Update
            </PrimaryButton>
        </div>
    );
}

export function ClassicEditor({ sequence, categories, onUpdate, onRevert, saving }) {
    const [customizing, setCustomizing] = useState(false);
    if (!customizing && isDefaultFlow(sequence)) {
        return <Landing onDefault={() => setCustomizing(true)} />;
    }
    const shown = customizing && isDefaultFlow(sequence)
        ? { ...sequence, steps: DEFAULT_STEPS.map((s) => ({ ...s, options: [...s.options] })) } : sequence;
    return <Customization sequence={shown} categories={categories} onUpdate={onUpdate} onRevert={onRevert} saving={saving} />;
}

