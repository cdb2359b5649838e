// The in-modal alert of the Console's wizards (PROVENANCE.md "Connections"): `useWizardAlert`, identity-apps
// modules/react-components/src/components/alert/wizard-alert.tsx (F @90c4d925): a semantic Message coloured by
// level (error red) whose header carries `data-componentid="wizard-alert-message"`; no role, no test id.
import { Message } from "semantic-ui-react";

const COLORS = { success: "olive", warning: "yellow", error: "red", info: "teal" };

export function WizardAlert({ level, message, description }) {
    return (
        <Message color={COLORS[level]}>
            <Message.Header data-componentid="wizard-alert-message">{message}</Message.Header>
            <p>{description}</p>
        </Message>
    );
}
