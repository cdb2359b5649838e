// The Connections grid (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/components/
// authenticator-grid.tsx (F @90c4d925; 2025 @027ca2ec):
// - a `ResourceGrid` (no id of its own) of `ResourceGrid.Card[data-testid=idp-list-<name>]` with "Set up"
//   (common:setup) as the edit label, no `testId` prop (so the edit link's test id is
//   "undefined-item-edit-button") and `showResourceAction={false}` (no "Create" button on these cards);
// - no connections: `EmptyPlaceholder[data-testid=idp-list-empty-placeholder]` with one subtitle line and an
//   id-less PrimaryButton "New Connection";
// - delete: GET /identity-providers/{id}/connected-apps/, then either the ConfirmationModal
//   `idp-list-delete-confirmation-modal` (checkbox assertion, "Confirm") or, when applications use the
//   connection, `idp-list-delete-idp-confirmation` listing them (the same id on its header, message, content).
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { Divider, List } from "semantic-ui-react";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { ResourceGrid, ResourceGridCard } from "../widgets/cards.jsx";
import {
    ConfirmationModal,
    ConfirmationModalContent,
    ConfirmationModalHeader,
    ConfirmationModalMessage
} from "../widgets/modals.jsx";
import { EmptyPlaceholder } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { deleteConnection, getApplication, getConnectedApps } from "./api.js";
import { newConnectionLabel } from "./texts.js";

const DELETE = {
    header: "Are you sure?",
    message: "This action is irreversible and will permanently delete the connection.",
    content: "If you delete this connection, you will not be able to recover it. Please proceed with caution.",
    hint: "Please confirm your action."
};

export function connectedAppNames(response) {
    return Promise.all(response.connectedApps.map((app) => getApplication(app.appId)
        .then((body) => body.name)
        .catch((error) => {
            showAlert({ level: "error", message: error.message || "Error Occurred.",
                description: error.description || "Error occurred while trying to retrieve connected applications." });
            return undefined;
        })));
}

function DeleteModals({ testId, deleting, blockedApps, onConfirm, onClose, busy }) {
    return (
        <>
            {deleting && (
                <ConfirmationModal open type="negative" assertion={deleting.name} assertionHint={DELETE.hint}
                    assertionType="checkbox" primaryAction="Confirm" secondaryAction="Cancel" primaryActionLoading={busy}
                    onPrimaryActionClick={onConfirm} onSecondaryActionClick={onClose}
                    data-testid={`${testId}-delete-confirmation-modal`}>
                    <ConfirmationModalHeader data-testid={`${testId}-delete-confirmation-modal-header`}>
                        {DELETE.header}
                    </ConfirmationModalHeader>
                    <ConfirmationModalMessage attached negative data-testid={`${testId}-delete-confirmation-modal-message`}>
                        {DELETE.message}
                    </ConfirmationModalMessage>
                    <ConfirmationModalContent data-testid={`${testId}-delete-confirmation-modal-content`}>
                        {DELETE.content}
                    </ConfirmationModalContent>
                </ConfirmationModal>
            )}
            {blockedApps && <BlockedDeleteModal testId={`${testId}-delete-idp-confirmation`} apps={blockedApps} onClose={onClose} />}
        </>
    );
}

export function BlockedDeleteModal({ testId, apps, onClose }) {
    return (
        <ConfirmationModal open type="negative" secondaryAction="Close" onSecondaryActionClick={onClose} data-testid={testId}>
            <ConfirmationModalHeader data-testid={testId}>Unable to Delete</ConfirmationModalHeader>
            <ConfirmationModalMessage attached negative data-testid={testId}>
                There are applications using this connection.
            </ConfirmationModalMessage>
            <ConfirmationModalContent data-testid={testId}>
                Remove the associations from these applications before deleting:
                <Divider hidden />
                <List ordered className="ml-6">
                    {apps.map((app, index) => <List.Item key={index}>{app}</List.Item>)}
                </List>
            </ConfirmationModalContent>
        </ConfirmationModal>
    );
}

function placeholder(authenticators, isLoading, onAction, testId) {
    if (isLoading || authenticators.length > 0) return null;
    return (
        <EmptyPlaceholder
            className="list-placeholder"
            action={onAction && <PrimaryButton onClick={onAction}>{newConnectionLabel()}</PrimaryButton>}
            subtitle={["There are no connections available at the moment."]}
            data-testid={`${testId}-empty-placeholder`}
        />
    );
}

export function AuthenticatorGrid({ authenticators, isLoading, onEmptyListPlaceholderActionClick, onConnectionUpdate, testId }) {
    const navigate = useNavigate();
    const [deleting, setDeleting] = useState(null);
    const [blockedApps, setBlockedApps] = useState(null);
    const [busy, setBusy] = useState(false);

    const startDelete = (item) => {
        getConnectedApps(item.id)
            .then(async (response) => {
                if (response.count === 0) {
                    setDeleting(item);
                    return;
                }
                setBlockedApps(await connectedAppNames(response));
            })
            .catch((error) => showAlert({ level: "error", message: error.message || "Error Occurred.",
                description: error.description || "Error occurred while trying to retrieve connected applications." }));
    };

    const confirmDelete = () => {
        setBusy(true);
        deleteConnection(deleting.id)
            .then(() => showAlert({ level: "success", message: "Delete Successful",
                description: "Successfully deleted the connection." }))
            .catch((error) => showAlert({ level: "error", message: "Connection Delete Error",
                description: error.description || "An error occurred while deleting the connection." }))
            .finally(() => {
                setBusy(false);
                setDeleting(null);
                onConnectionUpdate();
            });
    };

    return (
        <>
            {!isLoading && (
                <ResourceGrid isEmpty={authenticators.length === 0}
                    emptyPlaceholder={placeholder(authenticators, isLoading, onEmptyListPlaceholderActionClick, testId)}>
                    {authenticators.map((item) => (
                        <ResourceGridCard
                            key={item.id}
                            header={item.type === "FEDERATED" ? item.name : item.displayName || item.name}
                            description={item.description || undefined}
                            editButtonLabel="Set up"
                            onEdit={() => navigate(`/connections/${item.id}`)}
                            onDelete={item.type === "FEDERATED" ? () => startDelete(item) : undefined}
                            data-testid={`${testId}-${item.name}`}
                        />
                    ))}
                </ResourceGrid>
            )}
            <DeleteModals testId={testId} deleting={deleting} blockedApps={blockedApps} busy={busy} onConfirm={confirmDelete}
                onClose={() => { setDeleting(null); setBlockedApps(null); }} />
        </>
    );
}
