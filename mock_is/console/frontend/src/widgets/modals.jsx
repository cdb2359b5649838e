// ConfirmationModal of @wso2is/react-components (PROVENANCE.md "ConfirmationModal": identity-apps
// modules/react-components/src/components/modal/confirmation-modal/confirmation-modal.tsx @4baf5a44):
// a semantic Modal (no role, no aria-modal) `div.ui.modal.confirmation-modal[data-testid][data-componentid]`
// with `<tid>-assertion-input` (on `div.ui.fluid.input`) or `<tid>-assertion-checkbox`, and actions
// `<tid>-cancel-button` / `<tid>-confirm-button` (disabled until the assertion holds).
// Callers that compose the modal as the real ones do pass `ConfirmationModalHeader` / `-Message` / `-Content`
// as children (confirmation-modal-header.tsx, -message.tsx, -content.tsx @90c4d925: a semantic Modal.Header,
// `div.ui.message.confirmation-modal-message[.attached]`, Modal.Content, each with the caller's test id, and
// the component ids "confirmation-modal-header" / "-message" / "-content" by default).
import { useState } from "react";
import { Button, Checkbox, Input, Message as SemanticMessage, Modal } from "semantic-ui-react";
import { LinkButton } from "./buttons.jsx";

export function ConfirmationModalHeader({ children, ...hooks }) {
    return (
        <Modal.Header data-testid={hooks["data-testid"] ?? "confirmation-modal-header"}
            data-componentid={hooks["data-componentid"] ?? "confirmation-modal-header"}>{children}</Modal.Header>
    );
}

export function ConfirmationModalMessage({ children, attached, negative, ...hooks }) {
    return (
        <SemanticMessage attached={attached} negative={negative} className="confirmation-modal-message"
            data-testid={hooks["data-testid"] ?? "confirmation-modal-message"}
            data-componentid={hooks["data-componentid"] ?? "confirmation-modal-message"}>{children}</SemanticMessage>
    );
}

export function ConfirmationModalContent({ children, ...hooks }) {
    return (
        <Modal.Content data-testid={hooks["data-testid"] ?? "confirmation-modal-content"}
            data-componentid={hooks["data-componentid"] ?? "confirmation-modal-content"}>{children}</Modal.Content>
    );
}

export function ConfirmationModal({ open, header, message, content, assertion, assertionHint, assertionType = "checkbox",
    primaryAction, secondaryAction, onPrimaryActionClick, onSecondaryActionClick, type = "negative", children,
    primaryActionLoading, ...hooks }) {
    const tid = hooks["data-testid"] ?? "confirmation-modal";
    const cid = hooks["data-componentid"] ?? "confirmation-modal";
    const [asserted, setAsserted] = useState("");
    const holds = !assertion || (assertionType === "checkbox" ? asserted === true : asserted === assertion);
    return (
        <Modal open={open} size="mini" dimmer="blurring" className="confirmation-modal" data-testid={tid} data-componentid={cid}
            onClose={onSecondaryActionClick}>
            {header && <Modal.Header>{header}</Modal.Header>}
            {message && <div className="ui attached message">{message}</div>}
            {children}
            <Modal.Content>
                {content}
                {assertion && (assertionType === "checkbox" ? (
                    <Checkbox label={assertionHint} checked={asserted === true} onChange={(e, d) => setAsserted(d.checked)}
                        data-testid={`${tid}-assertion-checkbox`} />
                ) : (
                    <>
                        {typeof assertionHint === "string" ? <p>{assertionHint}</p> : assertionHint}
                        <Input fluid onChange={(e, d) => setAsserted(d.value)} data-testid={`${tid}-assertion-input`} />
                    </>
                ))}
            </Modal.Content>
            <Modal.Actions>
                <LinkButton onClick={onSecondaryActionClick} data-testid={`${tid}-cancel-button`}>{secondaryAction}</LinkButton>
                {primaryAction && onPrimaryActionClick && (
                    <Button className={type} disabled={!holds || Boolean(primaryActionLoading)} loading={primaryActionLoading}
                        onClick={onPrimaryActionClick} data-testid={`${tid}-confirm-button`}>
                        {primaryAction}
                    </Button>
                )}
            </Modal.Actions>
        </Modal>
    );
}
