// The connection's General tab (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/components/
// edit/settings/general-settings.tsx and edit/forms/general-details-form.tsx (F @90c4d925; 2025 @07703d3e /
// @0287ec78), with DangerZone / DangerZoneGroup (modules/react-components/src/components/danger-zone, F):
// - a Fragment (the "<tid>" the page passes lands on no element); a Loader until the connection and a plain
//   GET /identity-providers (the names a new name must not take) are in;
// - `@wso2is/form` Form `form#idp-general-details-form` (its test id goes to final-form, not the DOM): Name
//   `input[name=name]`, Issuer `input[name=idpIssuerName]` and Alias `input[name=alias]` (showIssuerSettings),
//   Description `textarea[name=description]`, each field's test id `<tid>-form-<field>` on its control, no
//   Logo for a Custom Connector, "Update" `button[name=submit]` without a test id;
// - Update: PATCH /identity-providers/{id} with one REPLACE per defined value (alias, description,
//   idpIssuerName, isPrimary false, name), then "Update successful" and a re-fetch;
// - the danger zone: `<tid>-disable-idp-danger-zone` (a toggle) and `<tid>-delete-idp-danger-zone` whose
//   button is `<tid>-delete-idp-danger-zone-delete-button` "Delete"; deleting asks GET connected-apps/
//   first, then the ConfirmationModal `<tid>-delete-idp-confirmation` (the same id on its header, message
//   and content), DELETE, "Delete successful" and back to /connections.
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Button, Checkbox, Divider, Header, Segment } from "semantic-ui-react";
import { Field, Form } from "../widgets/final-form.jsx";
import {
    ConfirmationModal,
    ConfirmationModalContent,
    ConfirmationModalHeader,
    ConfirmationModalMessage
} from "../widgets/modals.jsx";
import { EmphasizedSegment } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { deleteConnection, getConnectedApps, listConnections, updateConnectionDetails } from "./api.js";
import { BlockedDeleteModal, connectedAppNames } from "./AuthenticatorGrid.jsx";
import { Loader } from "./ConnectionEditPage.jsx";

const FORM_ID = "idp-general-details-form";
const RESOURCE_NAME = /^[a-zA-Z][a-zA-Z0-9-_. ]+$/;

function validateName(value, idp, idpList) {
    if (!value) return "Connection name is required";
    if (!RESOURCE_NAME.test(value)) return "Identity verification provider name is not valid";
    const taken = (idpList.identityProviders || []).some((other) => other.name === value && idp.name !== value);
    return taken ? "A connection already exists with this name" : undefined;
}

function DangerZone({ testId, header, subheader, actionTitle, onActionClick, toggle }) {
    return (
        <Segment padded clearing className="danger-zone" data-testid={testId} data-componentid="danger-zone">
            <div className="header-wrapper">
                <Header as="h5" color="red" floated="left" data-testid={`${testId}-header`} data-componentid="danger-zone-header">
                    {header}
                    <Header.Subheader className="sub-header" data-testid={`${testId}-sub-header`}
                        data-componentid="danger-zone-sub-header">{subheader}</Header.Subheader>
                </Header>
            </div>
            {toggle ? (
                <Checkbox toggle checked={toggle.checked} onChange={toggle.onChange} className="danger-zone toggle-switch"
                    data-testid={`${testId}-toggle`} data-componentid="danger-zone-toggle" />
            ) : (
                <div className="inline-button">
                    <Button negative onClick={onActionClick} data-testid={`${testId}-delete-button`}
                        data-componentid="danger-zone-delete-button">{actionTitle}</Button>
                </div>
            )}
        </Segment>
    );
}

function DetailsForm({ idp, idpList, testId, submitting, onSubmit }) {
    const [errors, setErrors] = useState({});
    const submit = (values) => {
        const nameError = validateName(values.name, idp, idpList);
        setErrors({ name: nameError });
        if (nameError) return;
        onSubmit({
            alias: values.alias, description: values.description, idpIssuerName: values.idpIssuerName,
            image: undefined, isPrimary: Boolean(values.isPrimary), name: values.name
        });
    };
    const initial = { name: idp.name, idpIssuerName: idp.idpIssuerName, alias: idp.alias, description: idp.description };
    return (
        <EmphasizedSegment padded="very">
            <Form id={FORM_ID} initialValues={initial} onSubmit={submit}>
                <Field.Input ariaLabel="name" name="name" label="Name" required placeholder={idp.name} maxLength={50}
                    minLength={3} error={errors.name} data-testid={`${testId}-idp-name`} />
                <Field.Input ariaLabel="idpIssuerName" name="idpIssuerName" label="Issuer" required={false}
                    placeholder={idp.idpIssuerName ?? "Enter the issuer."} maxLength={120} minLength={3}
                    data-testid={`${testId}-issuer`} />
                <Field.Input ariaLabel="alias" name="alias" label="Alias" required={false} placeholder="Enter the alias."
                    maxLength={120} minLength={3} data-testid={`${testId}-alias`} />
                <Field.Textarea name="description" ariaLabel="description" label="Description" required={false}
                    placeholder="Enter a description of the connection." maxLength={120} minLength={3}
                    data-testid={`${testId}-idp-description`} />
                <Field.Button form={FORM_ID} ariaLabel="Update General Details" size="small" buttonType="primary_btn"
                    type="submit" label="Update" name="submit" disabled={submitting} loading={submitting} />
            </Form>
        </EmphasizedSegment>
    );
}

function DeleteConfirmation({ testId, idp, busy, onConfirm, onClose }) {
    return (
        <ConfirmationModal open type="negative" assertion={idp.name} assertionHint="Please confirm your action."
            assertionType="checkbox" primaryAction="Confirm" secondaryAction="Cancel" primaryActionLoading={busy}
            onPrimaryActionClick={onConfirm} onSecondaryActionClick={onClose} data-testid={testId}>
            <ConfirmationModalHeader data-testid={testId}>Are you sure?</ConfirmationModalHeader>
            <ConfirmationModalMessage attached negative data-testid={testId}>
                This action is irreversible and will permanently delete the connection.
            </ConfirmationModalMessage>
            <ConfirmationModalContent data-testid={testId}>
                If you delete this connection, you will not be able to recover it. Please proceed with caution.
            </ConfirmationModalContent>
        </ConfirmationModal>
    );
}

function updateError(error) {
    showAlert({ level: "error", message: "Update error", description: error.description || "An error occurred while updating the connection." });
}

export function GeneralSettings({ idp, onUpdate, testId }) {
    const navigate = useNavigate();
    const [idpList, setIdpList] = useState(null);
    const [submitting, setSubmitting] = useState(false);
    const [confirming, setConfirming] = useState(false);
    const [blockedApps, setBlockedApps] = useState(null);
    const [busy, setBusy] = useState(false);

    useEffect(() => {
        listConnections(null).then(setIdpList).catch(() => setIdpList({}));
    }, []);

    const save = (values) => {
        setSubmitting(true);
        updateConnectionDetails(idp.id, values)
            .then(() => {
                showAlert({ level: "success", message: "Update successful", description: "Successfully updated the connection." });
                onUpdate(idp.id);
            })
            .catch(updateError)
            .finally(() => setSubmitting(false));
    };

    const withConnectedApps = (then) => getConnectedApps(idp.id).then(then).catch((error) => showAlert({
        level: "error", message: error.message || "Error Occurred.",
        description: error.description || "Error occurred while trying to retrieve connected applications." }));

    const startDelete = () => withConnectedApps(async (response) => {
        if (response.count === 0) setConfirming(true);
        else setBlockedApps(await connectedAppNames(response));
    });

    const toggle = (e, data) => withConnectedApps((response) => {
        if (response.count === 0) save({ isEnabled: data.checked });
        else showAlert({ level: "warning", message: "Cannot Disable", description: "There are applications using this connection." });
    });

    const confirmDelete = () => {
        setBusy(true);
        deleteConnection(idp.id)
            .then(() => {
                showAlert({ level: "success", message: "Delete successful", description: "Successfully deleted the connection." });
                setConfirming(false);
                navigate("/connections");
            })
            .catch((error) => showAlert({ level: "error", message: "Connection Delete Error",
                description: error.description || "An error occurred while deleting the connection." }))
            .finally(() => setBusy(false));
    };

    if (idpList === null) return <Loader />;
    const state = idp.isEnabled ? "Disable" : "Enable";
    return (
        <>
            <DetailsForm idp={idp} idpList={idpList} testId={`${testId}-form`} submitting={submitting} onSubmit={save} />
            <Divider hidden />
            <div className="danger-zone-group-wrapper">
                <Header as="h5" className="bold-text" data-testid="danger-zone-group-header" data-componentid="danger-zone-group-header">
                    Danger Zone
                </Header>
                <Segment.Group className="danger-zone-group" data-testid="danger-zone-group" data-componentid="danger-zone-group">
                    <DangerZone testId={`${testId}-disable-idp-danger-zone`} header={`${state} connection`}
                        subheader={idp.isEnabled ? "Once you disable it, it can no longer be used until you enable it again."
                            : "Enable the connection to use it with your applications."}
                        actionTitle={`${state} Connection`} toggle={{ checked: idp.isEnabled, onChange: toggle }} />
                    <DangerZone testId={`${testId}-delete-idp-danger-zone`} header="Delete connection"
                        subheader="Once you delete it, it cannot be recovered. Please be certain." actionTitle="Delete"
                        onActionClick={startDelete} />
                </Segment.Group>
            </div>
            {confirming && <DeleteConfirmation testId={`${testId}-delete-idp-confirmation`} idp={idp} busy={busy}
                onConfirm={confirmDelete} onClose={() => setConfirming(false)} />}
            {blockedApps && <BlockedDeleteModal testId={`${testId}-delete-idp-confirmation`} apps={blockedApps}
                onClose={() => setBlockedApps(null)} />}
        </>
    );
}
