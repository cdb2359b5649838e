// The Login Flow tab's Visual editor (PROVENANCE.md "Login Flow: Visual and Classic editors"): identity-apps
// features/admin.authentication-flow-builder.v1/components/authentication-flow-visual-editor.tsx,
// nodes/sign-in-box-node/sign-in-box-node.tsx, nodes/done-node.tsx, edges/step-addition-edge.tsx (F @90c4d925;
// the 2025 features/admin.login-flow-builder.v1 versions render the same hooks), strings from modules/i18n
// en-US portals/authentication-flow.ts (F).
//
// The real editor draws its graph with reactflow ^11.7.2, which is not installed here: the graph's DOM is
// written with plain React, reproducing what reactflow 11 renders around the Console's own components (the
// wrapper `div.react-flow[data-testid="rf__wrapper"]`, each node inside
// `div.react-flow__node.react-flow__node-<type>[data-id=<id>][data-testid="rf__node-<id>"]` with role=button and
// tabindex=0, the edge labels in `div.react-flow__edgelabel-renderer`); the layout is a plain row, not
// reactflow's transforms. What the Console renders inside them is its own markup, with Oxygen UI:
// - a node per step: `div.sign-in-box-node[data-componentid="sign-in-box-node-step-<index>"]` (0-based
//   index: step 1 is "…-step-0"), "Step <n>" (`…-step-<index>-id`), `…-inner` around the sign-in box;
//   every option but the basic one is `div.oxygen-sign-in-option.with-cancel-button` holding a remove
//   IconButton and a `button.oxygen-sign-in-option` "Sign In With <connection>": the class is on both
//   (audit row 25); the add button is `button.oxygen-sign-in-option.oxygen-sign-in-option-add`
//   "Add Sign In Option", component id `sign-in-box-node-add-sign-in-option` (the same in every node);
//   radios "Pick user identifier from this step" / "Pick attributes from this step";
// - the done node `done-node` and the step-addition edge's Fab (`aria-label="add"`, class add-step-button,
//   `step-addition-edge-add-step-button`);
// - "Revert to default" `authentication-flow-visual-editor-revert-button`, and "Update"
//   `authentication-flow-visual-editor-update-button` inside the graph (conditional authentication is off:
//   the builder's own Update is shown only when it is on), disabled while a step has no option;
// - "Add Sign In Option" opens the add-authenticator modal for that step; Update calls `onUpdate(sequence)`.
// [UNKNOWN/left out] the basic fragment's form fields, the option remove tooltips, the info alerts, the
// revert confirmation modal and reactflow's controls and background.
import Box from "@oxygen-ui/react/Box";
import Button from "@oxygen-ui/react/Button";
import Divider from "@oxygen-ui/react/Divider";
import Fab from "@oxygen-ui/react/Fab";
import FormControlLabel from "@oxygen-ui/react/FormControlLabel";
import FormGroup from "@oxygen-ui/react/FormGroup";
import IconButton from "@oxygen-ui/react/IconButton";
import Paper from "@oxygen-ui/react/Paper";
import Radio from "@oxygen-ui/react/Radio";
import Typography from "@oxygen-ui/react/Typography";
import MuiFab from "@mui/material/Fab";
import { PlusIcon } from "@oxygen-ui/react-icons";
import { useState } from "react";
import { AddAuthenticatorModal } from "./AddAuthenticatorModal.jsx";
import { BASIC_AUTHENTICATOR, authenticatorOf, flat } from "./authenticators.js";
import { withOption, withStep, withoutOption } from "./sequence.js";

const NODE_CID = "sign-in-box-node";
const EDITOR_CID = "authentication-flow-visual-editor";

// reactflow 11's NodeWrapper around a custom node.
function FlowNode({ id, type, children }) {
    return (
        <div className={`react-flow__node react-flow__node-${type} nopan selectable`} data-id={id} data-testid={`rf__node-${id}`}
            tabIndex={0} role="button" style={{ position: "relative", pointerEvents: "all" }}>
            {children}
        </div>
    );
}

function BasicFragment() {
    return (
        <>
            <Typography variant="h4" className="oxygen-sign-in-header">Sign in</Typography>
            <Divider>OR</Divider>
        </>
    );
}

function DynamicOption({ option, all, onRemove }) {
    const authenticator = authenticatorOf(option, all);
    if (!authenticator || authenticator.name === BASIC_AUTHENTICATOR || authenticator.name === "backup-code-authenticator") {
        return null;
    }
    const words = authenticator.displayName.startsWith("Sign In With")
        ? authenticator.displayName : `Sign In With ${authenticator.displayName}`;
    return (
        <div className="oxygen-sign-in-option with-cancel-button">
            <IconButton size="small" className="remove-button" aria-label="Remove" onClick={onRemove}>×</IconButton>
            <Button variant="contained" className="oxygen-sign-in-option" type="button" fullWidth>{words}</Button>
        </div>
    );
}

function SignInBoxNode({ sequence, stepIndex, all, onAdd, onRemoveOption, onSubject, onAttribute }) {
    const step = sequence.steps[stepIndex];
    const basic = step.options.some((o) => o.authenticator === BASIC_AUTHENTICATOR);
    const cid = `${NODE_CID}-step-${stepIndex}`;
    return (
        <div className="sign-in-box-node" data-componentid={cid}>
            <div className="step-id">
                <Typography variant="body2" data-componentid={`${cid}-id`}>Step {stepIndex + 1}</Typography>
            </div>
            <Box className="oxygen-sign-in" data-componentid={`${NODE_CID}-inner`}>
                <Paper className="oxygen-sign-in-box" elevation={0} variant="outlined">
                    <Box className="oxygen-sign-in-form">
                        {basic && <BasicFragment />}
                        <div className="oxygen-sign-in-options-wrapper">
                            <div className="oxygen-sign-in-options">
                                {step.options.map((option, index) => (
                                    <DynamicOption key={`${option.idp}-${option.authenticator}`} option={option} all={all}
                                        onRemove={() => onRemoveOption(stepIndex, index)} />
                                ))}
                                <Button fullWidth startIcon={<PlusIcon />} variant="outlined" type="button"
                                    className="oxygen-sign-in-option oxygen-sign-in-option-add" onClick={() => onAdd(stepIndex)}
                                    data-componentid={`${NODE_CID}-add-sign-in-option`}>
                                    Add Sign In Option
                                </Button>
                            </div>
                        </div>
                    </Box>
                </Paper>
            </Box>
            {step.options.length > 0 && (
                <FormGroup className="additional-behaviors">
                    <FormControlLabel checked={sequence.subjectStepId === step.id} control={<Radio />}
                        onChange={() => onSubject(step.id)} label="Pick user identifier from this step"
                        data-componentid={`${NODE_CID}-user-identifier-picker`} />
                    <FormControlLabel checked={sequence.attributeStepId === step.id} control={<Radio />}
                        onChange={() => onAttribute(step.id)} label="Pick attributes from this step"
                        data-componentid={`${NODE_CID}-attribute-identifier-picker`} />
                </FormGroup>
            )}
        </div>
    );
}

function DoneNode() {
    return (
        <div className="done-node-wrapper" data-componentid="done-node">
            <Fab aria-label="done" className="done-node" variant="circular" data-componentid="done-node-circular-fab">
                <svg xmlns="http://www.w3.org/2000/svg" height="1em" viewBox="0 0 448 512" data-componentid="done-node-check-icon">
                    <path d="M438.6 105.4L160 384 9.4 233.4" />
                </svg>
            </Fab>
        </div>
    );
}

function StepAdditionButton({ onAdd }) {
    return (
        <div className="add-step-button-wrapper nodrag nopan">
            <MuiFab aria-label="add" className="add-step-button" variant="circular" onClick={onAdd}
                data-componentid="step-addition-edge-add-step-button">
                <PlusIcon />
            </MuiFab>
        </div>
    );
}

export function VisualEditor({ sequence, categories, onChange, onUpdate, onRevert }) {
    const [adding, setAdding] = useState(null);
    const all = flat(categories);
    const valid = sequence.steps.every((s) => s.options.length > 0);
    const submit = (selected) => {
        let steps = sequence.steps;
        selected.forEach((authenticator) => { steps = withOption(steps, adding, authenticator) || steps; });
        onChange({ ...sequence, steps });
        setAdding(null);
    };
    const nodeProps = {
        all,
        onAdd: setAdding,
        onAttribute: (id) => onChange({ ...sequence, attributeStepId: id }),
        onRemoveOption: (stepIndex, index) => onChange({ ...sequence, steps: withoutOption(sequence.steps, stepIndex, index) }),
        onSubject: (id) => onChange({ ...sequence, subjectStepId: id }),
        sequence
    };
    return (
        <>
            <div className="react-flow-container visual-editor" data-componentid={EDITOR_CID}>
                <Button className="revert-to-default-button" color="secondary" onClick={onRevert}
                    data-componentid={`${EDITOR_CID}-revert-button`} style={{ marginTop: "15px" }}>
                    Revert to default
                </Button>
                <div className="react-flow" data-testid="rf__wrapper" style={{ position: "relative", width: "100%" }}>
                    <div className="react-flow__renderer">
                        <div className="react-flow__viewport react-flow__container"
                            style={{ alignItems: "center", display: "flex", gap: "48px", padding: "24px" }}>
                            <div className="react-flow__nodes" style={{ alignItems: "center", display: "flex", gap: "48px" }}>
                                {sequence.steps.map((step, index) => (
                                    <FlowNode key={step.id} id={`${step.id}`} type="loginBox">
                                        <SignInBoxNode stepIndex={index} {...nodeProps} />
                                    </FlowNode>
                                ))}
                                <div className="react-flow__edgelabel-renderer">
                                    <StepAdditionButton onAdd={() => onChange({ ...sequence, steps: withStep(sequence.steps) })} />
                                </div>
                                <FlowNode id={`${sequence.steps.length + 1}`} type="done"><DoneNode /></FlowNode>
                            </div>
                        </div>
                    </div>
                    <Button color="primary" variant="contained" className="update-button" disabled={!valid}
                        onClick={() => onUpdate(sequence)} data-componentid={`${EDITOR_CID}-update-button`}>
                        Update
                    </Button>
                </div>
            </div>
            {adding !== null && (
                <AddAuthenticatorModal categories={categories} currentStep={adding} onSubmit={submit}
                    onClose={() => setAdding(null)} componentId="authentication-flow-option-add-modal" />
            )}
        </>
    );
}
