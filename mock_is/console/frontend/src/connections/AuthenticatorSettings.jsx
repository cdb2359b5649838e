// The connection's Settings tab (PROVENANCE.md "Connection Settings"): identity-apps features/admin.connections.v1/
// components/edit/settings/authenticator-settings.tsx (F @90c4d925; 2025 @01112d5c), for a Custom Connector
// (`templateId` "expert-mode-idp", so `isActiveTemplateExpertMode`):
// - the root is a plain `div.authentication-section` (the `<T>` = "idp-edit-page-authenticator-settings" the page
//   passes is only a prefix) > grid > EmphasizedSegment; GET meta/federated-authenticators on mount, and for each
//   saved authenticator GET federated-authenticators/<id> then meta/<id> (a Loader meanwhile);
// - none saved: `EmptyPlaceholder[data-testid=<T>-empty-placeholder]` "Add an authenticator" holding
//   `PrimaryButton[data-testid=<T>-add-authenticator-button]` "+ New Authenticator";
// - saved ones: one `AuthenticatorAccordion[<T>-accordion]` each (title id = the authenticator id, open when it is
//   the only one), its content the property form in CREATE mode `<T>-<meta name>-content-form` with the
//   "Update" `<T>-<meta name>-content-submit-button`; the list's own New Authenticator button only with more
//   than one authenticator;
// - Update: PUT federated-authenticators/<id> with the GET object's fields and the form's properties (the
//   loaded callback URL added back when the form had none, `tags` dropped), then "Update successful";
// - a connection with authenticators but no default gets its first one PUT as default, silently.
import { useEffect, useState } from "react";
import { Grid, Icon, Popup } from "semantic-ui-react";
import { AuthenticatorAccordion } from "../widgets/accordion.jsx";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { ConfirmationModal, ConfirmationModalContent, ConfirmationModalHeader, ConfirmationModalMessage } from "../widgets/modals.jsx";
import { EmphasizedSegment, EmptyPlaceholder } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import {
    getFederatedAuthenticator,
    getFederatedAuthenticatorMeta,
    getFederatedAuthenticatorsMeta,
    updateFederatedAuthenticator,
    updateFederatedAuthenticators
} from "./api.js";
import { AuthenticatorCreateWizard } from "./AuthenticatorCreateWizard.jsx";
import { Loader } from "./ConnectionEditPage.jsx";
import { PluggableForm } from "./PluggableForm.jsx";
import { EXPERT_MODE_TEMPLATE_ID } from "./texts.js";

const LEGACY_OTP = new Set(["U01TT1RQ", "RW1haWxPVFA"]);
// commonAuthenticators: Google, MS Live, Facebook, GitHub, Apple, trusted token issuer, SAML, OIDC.
const COMMON = new Set(["R29vZ2xlT0lEQ0F1dGhlbnRpY2F0b3I", "TWljcm9zb2Z0V2luZG93c0xpdmVBdXRoZW50aWNhdG9y",
    "RmFjZWJvb2tBdXRoZW50aWNhdG9y", "R2l0aHViQXV0aGVudGljYXRvcg", "QXBwbGVPSURDQXV0aGVudGljYXRvcg", "trusted-token-issuer",
    "U0FNTFNTT0F1dGhlbnRpY2F0b3I", "T3BlbklEQ29ubmVjdEF1dGhlbnRpY2F0b3I"]);
const ORGANIZATION_ENTERPRISE = "T3JnYW5pemF0aW9uQXV0aGVudGljYXRvcg";
// components/meta/authenticators.ts getConnectorMetadata() (the entry of the one connector this IS has).
const CONNECTOR_METADATA = {
    VHdpdHRlckF1dGhlbnRpY2F0b3I: { description: "Login users with existing Twitter accounts.", displayName: "Twitter",
        icon: "twitter", name: "TwitterAuthenticator" }
};
const CALLBACK_KEYS = ["callbackUrl", "callBackUrl"];

function manualOptions(meta, saved) {
    const have = new Set(saved.map((a) => a.id));
    return meta
        .filter((m) => !COMMON.has(m.authenticatorId))
        .map((m) => ({ ...m, ...(CONNECTOR_METADATA[m.authenticatorId] || {}) }))
        .filter((m) => !have.has(m.authenticatorId) && m.authenticatorId !== ORGANIZATION_ENTERPRISE);
}

async function fetchSaved(idp) {
    const saved = [];
    for (const item of idp.federatedAuthenticators.authenticators) {
        const data = await getFederatedAuthenticator(idp.id, item.authenticatorId);
        const meta = await getFederatedAuthenticatorMeta(item.authenticatorId);
        saved.push({ id: item.authenticatorId, data, meta });
    }
    return saved;
}

function displayName(authenticator) {
    const known = CONNECTOR_METADATA[authenticator.id];
    return known ? known.displayName : (authenticator.meta && authenticator.meta.displayName) || authenticator.data.name || authenticator.id;
}

function fail(message, fallback) {
    return (error) => showAlert({ level: "error", message, description: error.description || fallback });
}

function useAuthenticators(idp, onUpdate) {
    const [meta, setMeta] = useState([]);
    const [saved, setSaved] = useState([]);
    const [loading, setLoading] = useState(false);
    const [submitting, setSubmitting] = useState(false);

    const submit = (values, announce = true) => {
        const body = { ...values, properties: [...(values.properties || [])] };
        if (!body.properties.some((p) => CALLBACK_KEYS.includes(p.key))) {
            const loaded = saved.find((a) => a.id === values.authenticatorId);
            const callback = loaded && (loaded.data.properties || []).find((p) => CALLBACK_KEYS.includes(p.key));
            if (callback) body.properties.push(callback);
        }
        delete body.tags;
        setSubmitting(true);
        return updateFederatedAuthenticator(idp.id, body)
            .then(() => {
                if (announce) {
                    showAlert({ level: "success", message: "Update successful",
                        description: "Successfully updated the federated authenticator." });
                }
                onUpdate(idp.id);
            })
            .catch(fail("Update error", "An error occurred while updating the federated authenticator."))
            .finally(() => setSubmitting(false));
    };

    useEffect(() => {
        getFederatedAuthenticatorsMeta()
            .then((list) => setMeta(list.filter((m) => !LEGACY_OTP.has(m.authenticatorId))))
            .catch(fail("Retrieval error", ""));
    }, []);

    useEffect(() => {
        if (idp.federatedAuthenticators.authenticators.length === 0) return;
        setLoading(true);
        fetchSaved(idp)
            .then((found) => {
                if (!idp.federatedAuthenticators.defaultAuthenticatorId) {
                    submit({ ...found[0].data, isDefault: true }, false);
                }
                setSaved(found);
            })
            .catch(fail("Retrieval error", "An error occurred while retrieving the federated authenticator."))
            .finally(() => setLoading(false));
    }, [idp.federatedAuthenticators]);

    return { meta, saved, setSaved, loading, submitting, submit };
}

function AuthenticatorList({ idp, saved, testId, submitting, onSubmit, onAdd, canAdd, onRemove }) {
    const [open, setOpen] = useState([]);
    const toggle = (id) => setOpen(open.includes(id) ? open.filter((x) => x !== id) : [...open, id]);
    return (
        <Grid>
            {saved.length > 1 && (
                <Grid.Row>
                    <Grid.Column width={16} textAlign="right">
                        <PrimaryButton onClick={onAdd} disabled={!canAdd} data-testid={`${testId}-add-authenticator-button`}>
                            <Icon name="add" />New Authenticator
                        </PrimaryButton>
                    </Grid.Column>
                </Grid.Row>
            )}
            <Grid.Row>
                <Grid.Column width={16}>
                    {saved.map((authenticator) => {
                        const removable = !(saved.length > 1 && authenticator.data.isDefault);
                        const remove = (
                            <Popup content="Remove Authenticator" trigger={(
                                <Icon link={removable} disabled={!removable} name="trash alternate"
                                    onClick={(e) => { e.stopPropagation(); if (removable) onRemove(authenticator); }} />
                            )} />
                        );
                        const item = {
                            id: authenticator.id,
                            title: displayName(authenticator),
                            actions: remove,
                            content: (
                                <PluggableForm metadata={authenticator.meta} initialValues={authenticator.data} mode="CREATE"
                                    showCustomProperties onSubmit={onSubmit} isSubmitting={submitting}
                                    testId={`${testId}-${authenticator.meta && authenticator.meta.name}-content`} />
                            )
                        };
                        return (
                            <AuthenticatorAccordion key={authenticator.id} testId={testId} items={[item]}
                                activeIds={saved.length > 1 ? open : [authenticator.id]} onToggle={toggle}
                                hideChevron={saved.length <= 1 || !(authenticator.meta && authenticator.meta.properties || []).length} />
                        );
                    })}
                </Grid.Column>
            </Grid.Row>
        </Grid>
    );
}

function RemoveConfirmation({ testId, authenticator, onConfirm, onClose }) {
    const name = authenticator.data.name;
    return (
        <ConfirmationModal open type="negative" assertion={name} assertionType="input" primaryAction="Confirm"
            assertionHint={<p>Please type <strong>{name}</strong> to confirm.</p>}
            secondaryAction="Cancel" onPrimaryActionClick={onConfirm} onSecondaryActionClick={onClose} data-testid={testId}>
            <ConfirmationModalHeader data-testid={testId}>Are you sure?</ConfirmationModalHeader>
            <ConfirmationModalMessage attached negative data-testid={testId}>
                This action is irreversible and will permanently delete the authenticator.
            </ConfirmationModalMessage>
            <ConfirmationModalContent data-testid={testId}>
                If you delete this authenticator, you will not be able to get it back. All the applications depending on
                this also might stop working. Please proceed with caution.
            </ConfirmationModalContent>
        </ConfirmationModal>
    );
}

export function AuthenticatorSettings({ idp, onUpdate, testId }) {
    const { meta, saved, setSaved, loading, submitting, submit } = useAuthenticators(idp, onUpdate);
    const [wizard, setWizard] = useState(false);
    const [removing, setRemoving] = useState(null);
    const expertMode = idp.templateId === EXPERT_MODE_TEMPLATE_ID;
    const options = manualOptions(meta, saved);

    const remove = () => {
        const rest = saved.filter((a) => a.id !== removing.id).map((a) => a.data);
        const body = { authenticators: rest, defaultAuthenticatorId: rest.length ? idp.federatedAuthenticators.defaultAuthenticatorId : "" };
        updateFederatedAuthenticators(idp.id, body)
            .then(() => {
                showAlert({ level: "success", message: "Update successful",
                    description: "Successfully updated the federated authenticators." });
                onUpdate(idp.id);
            })
            .catch(fail("Update error", "An error occurred while updating the federated authenticators."));
        setRemoving(null);
    };

    if (loading) return <Loader />;
    const body = saved.length > 0 && expertMode ? (
        <AuthenticatorList idp={idp} saved={saved} testId={testId} submitting={submitting} onSubmit={submit}
            onAdd={() => setWizard(true)} canAdd={options.length > 0} onRemove={setRemoving} />
    ) : saved.length === 0 && (
        <EmptyPlaceholder
            action={(
                <PrimaryButton onClick={() => setWizard(true)} data-testid={`${testId}-add-authenticator-button`}>
                    <Icon name="add" />New Authenticator
                </PrimaryButton>
            )}
            title="Add an authenticator"
            subtitle={["There are currently no authenticators available.", "You can add a new authenticator easily by using the",
                "predefined templates."]}
            data-testid={`${testId}-empty-placeholder`}
        />
    );
    return (
        <div className="authentication-section">
            <Grid>
                <Grid.Row>
                    <Grid.Column width={16}>
                        <EmphasizedSegment padded="very">{body}</EmphasizedSegment>
                    </Grid.Column>
                </Grid.Row>
            </Grid>
            {removing && <RemoveConfirmation testId={`${testId}-authenticator-delete-confirmation`} authenticator={removing}
                onConfirm={remove} onClose={() => setRemoving(null)} />}
            {wizard && (
                <AuthenticatorCreateWizard options={options} idpId={idp.id}
                    isDefaultAuthenticatorAvailable={Boolean(idp.federatedAuthenticators.defaultAuthenticatorId)}
                    onClose={() => { setWizard(false); setSaved([]); onUpdate(idp.id); }}
                    testId={`${testId}-authenticator-create-wizard`} />
            )}
        </div>
    );
}
