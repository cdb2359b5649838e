// The add-authenticator modal both editors open (PROVENANCE.md "Login Flow"): identity-apps
// features/admin.applications.v1/components/settings/sign-on-methods/step-based-flow/add-authenticator-modal.tsx
// and authenticators.tsx (F @90c4d925), strings from modules/i18n en-US portals/applications.ts (F):
// - a semantic Modal `div.ui.small.modal.add-authenticator-modal[data-testid="add-authenticator-modal"]` (its
//   default test id: neither editor passes one; no role, no aria-modal); the Visual editor's wrapper
//   (authentication-flow-option-add-modal.tsx) passes `data-componentid="authentication-flow-option-add-modal"`,
//   which reaches the modal through `...rest`; the Classic editor passes none;
// - header "Add Authentication"; a search input ("Search for Authenticators") filtering on the display name;
// - one InfoCard per authenticator (`div.ui.card.info-card.authenticator.with-labels`, component id
//   "info-card", test id `add-authenticator-modal-authenticators-authenticator-<name>` where a connection's
//   name is the connection's own name), header = its display name, `selected` / `disabled` classes; a click
//   toggles the selection; then the "Configure New Connection" card (the admin may create connections);
// - actions: LinkButton "Cancel" and PrimaryButton "Add" (`common:add`) `add-authenticator-modal-next-button`,
//   disabled until something is selected; "Add" hands the selection to the editor and the editor closes it.
// [UNKNOWN/left out] the filter labels, the card images and the "Configure New Connection" view's templates.
import { useState } from "react";
import { Card, Icon, Input, Modal, Grid } from "semantic-ui-react";
import { label } from "../../labels.js";
import { LinkButton, PrimaryButton } from "../../widgets/buttons.jsx";
import { EmptyPlaceholder } from "../../widgets/text.jsx";
import { BASIC_AUTHENTICATOR, inModalOrder } from "./authenticators.js";

const TID = "add-authenticator-modal";

// authenticators.tsx isFactorEnabled: a second factor or backup codes never in the first step; the basic
// authenticator only where a first factor is valid (the first step, here); the rest always.
function enabledFor(authenticator, currentStep, categories) {
    if (categories.secondFactor.includes(authenticator) || categories.recovery.includes(authenticator)) {
        return currentStep !== 0;
    }
    if (authenticator.name === BASIC_AUTHENTICATOR) return currentStep === 0;
    return true;
}

function AuthenticatorCard({ authenticator, selected, disabled, onClick }) {
    const tid = `${TID}-authenticators-authenticator-${authenticator.name}`;
    const classes = ["info-card", "authenticator", "with-labels", disabled ? "disabled" : "", disabled ? "no-hover" : "",
        selected ? "selected" : ""].filter(Boolean).join(" ");
    return (
        <Card as="div" link={false} className={classes} data-componentid="info-card" data-testid={tid}
            onClick={disabled ? undefined : onClick}>
            <div className="header-without-toggle">
                <Card.Content>
                    <div className="card-header-section">
                        <Card.Header className="card-header ellipsis" data-componentid="info-card-header"
                            data-testid={`${tid}-header`}>
                            {authenticator.displayName || "Unknown"}
                        </Card.Header>
                    </div>
                </Card.Content>
            </div>
        </Card>
    );
}

export function AddAuthenticatorModal({ categories, currentStep, onSubmit, onClose, componentId }) {
    const all = inModalOrder(categories).filter((a) => a.name !== "backup-code-authenticator");
    const [selected, setSelected] = useState([]);
    const [query, setQuery] = useState("");
    const shown = all.filter((a) => !query || (a.displayName || "").toLowerCase().includes(query));
    const toggle = (authenticator) => setSelected((now) => (now.some((a) => a.id === authenticator.id)
        ? now.filter((a) => a.id !== authenticator.id) : [...now, authenticator]));
    const cid = componentId ? { "data-componentid": componentId } : {};
    return (
        <Modal open size="small" className="add-authenticator-modal" data-testid={TID} {...cid} onClose={onClose}>
            <Modal.Header>Add Authentication</Modal.Header>
            <Modal.Content className="authenticator-search-container">
                <Input loading={false} className="mb-3" icon={<Icon name="search" />} value={query} iconPosition="left" fluid
                    placeholder="Search for Authenticators" onChange={(e, { value }) => setQuery(value.toLowerCase())} />
            </Modal.Content>
            <Modal.Content scrolling className="authenticator-container">
                {shown.length > 0 ? (
                    <Card.Group itemsPerRow={3}>
                        {shown.map((authenticator) => {
                            const enabled = enabledFor(authenticator, currentStep, categories);
                            return (
                                <AuthenticatorCard key={authenticator.id} authenticator={authenticator} disabled={!enabled}
                                    selected={enabled && selected.some((a) => a.id === authenticator.id)}
                                    onClick={() => authenticator.isEnabled && toggle(authenticator)} />
                            );
                        })}
                        <Card as="div" className="basic-card authenticator add-custom-authenticator-card with-labels">
                            <Card.Content textAlign="center"><b>Configure New Connection</b></Card.Content>
                        </Card>
                    </Card.Group>
                ) : (
                    <EmptyPlaceholder subtitle={["Could not find any {{type}} authenticators"]} />
                )}
            </Modal.Content>
            <Modal.Actions>
                <Grid>
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={8} tablet={8} computer={8}>
                            <LinkButton floated="left" onClick={onClose}>Cancel</LinkButton>
                        </Grid.Column>
                        <Grid.Column mobile={8} tablet={8} computer={8}>
                            <PrimaryButton floated="right" disabled={selected.length === 0} onClick={() => onSubmit(selected)}
                                data-testid={`${TID}-next-button`}>
                                {label("add_option_submit")}
                            </PrimaryButton>
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </Modal.Actions>
        </Modal>
    );
}
