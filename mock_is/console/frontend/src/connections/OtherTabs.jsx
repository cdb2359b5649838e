// The connection's Connected Apps, Outbound Provisioning and Advanced tabs (PROVENANCE.md "Connections"), kept to
// what a Custom Connector shows, after identity-apps features/admin.connections.v1/components/edit/settings/
// connected-apps.tsx (an old version @03cc0c84; F @90c4d925), outbound-provisioning-settings.tsx and
// advance-settings.tsx with edit/forms/advanced-configurations-form.tsx (F):
// - Connected Apps: GET connected-apps/, then GET /applications/<id> per app; `EmphasizedSegment` > heading
//   "Connected Application(s) of <name>." > a DataTable `[data-componentid=<cid>-data-table]` whose name cells are
//   `h6.header-with-icon[data-componentid=<cid>-item-heading]`; none: `<cid>-empty-placeholder` ("<cid>" the
//   component id the page passes lands on no element itself); a row opens the application's sign-in method;
// - Outbound Provisioning: no connectors → `<tid>-empty-placeholder` with `<tid>-add-connector-button` (the
//   connector wizard is not simulated: the button opens nothing);
// - Advanced: legacy Forms with the Federation Hub toggle `<tid>-federation-hub`, Home Realm Identifier
//   `<tid>-home-realm-identifier` (`input[name=homeRealmIdentifier]`) and Update `<tid>-update-button`, which
//   PATCHes homeRealmIdentifier and isFederationHub.
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Button, Divider, Grid, Header, Icon, Input, Segment } from "semantic-ui-react";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { DataTable } from "../widgets/data-table.jsx";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { EmphasizedSegment, EmptyPlaceholder, Heading, Hint } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { getApplication, getConnectedApps, updateConnectionDetails } from "./api.js";
import { Loader } from "./ConnectionEditPage.jsx";

function appHeading(app, componentId) {
    return (
        <Header image as="h6" className="header-with-icon" data-componentid={`${componentId}-item-heading`}>
            <Header.Content>{app.name}</Header.Content>
        </Header>
    );
}

export function ConnectedApps({ idp, componentId }) {
    const navigate = useNavigate();
    const [apps, setApps] = useState(null);
    const [query, setQuery] = useState("");

    useEffect(() => {
        getConnectedApps(idp.id)
            .then((response) => Promise.all(response.connectedApps.map((app) => getApplication(app.appId).catch(() => null))))
            .then((found) => setApps(found.filter(Boolean)))
            .catch((error) => {
                setApps([]);
                showAlert({ level: "error", message: error.message || "Error Occurred.",
                    description: error.description || "Error occurred while trying to retrieve connected applications." });
            });
    }, [idp.id]);

    if (apps === null) return <Loader />;
    const shown = query ? apps.filter((app) => app.name.toLowerCase().includes(query.toLowerCase())) : apps;
    const placeholders = apps.length === 0 ? (
        <EmptyPlaceholder className="list-placeholder mr-0"
            subtitle={[`There are no applications connected to ${idp.name} at the moment.`]}
            data-componentid={`${componentId}-empty-placeholder`} />
    ) : null;
    return (
        <EmphasizedSegment padded="very">
            <Heading as="h4">{`Connected Application(s) of ${idp.name}.`}</Heading>
            <Divider hidden />
            {apps.length > 0 && (
                <Input icon={<Icon name="search" />} iconPosition="left" placeholder="Search by application name" size="small"
                    value={query} onChange={(e, d) => setQuery(d.value)} data-componentid={`${componentId}-searched`} />
            )}
            <DataTable
                columns={[{ id: "name", title: "Name", render: (app) => appHeading(app, componentId) }]}
                items={shown}
                onRowClick={(app) => navigate(`/applications/${app.id}#tab=sign-in-method`)}
                placeholders={placeholders}
                data-componentid={`${componentId}-data-table`}
            />
        </EmphasizedSegment>
    );
}

export function OutboundProvisioningSettings({ testId }) {
    return (
        <EmphasizedSegment padded="very">
            <Grid.Row>
                <Grid.Column width={8}>
                    <Heading as="h4">Outbound Provisioning Connectors</Heading>
                </Grid.Column>
            </Grid.Row>
            <Grid>
                <Grid.Row>
                    <Grid.Column width={8}>
                        <Divider hidden />
                        <Segment>
                            <EmptyPlaceholder
                                title="No outbound provisioning connectors"
                                subtitle={["This IDP has no outbound provisioning connectors configured.",
                                    "Add a connector to view it here."]}
                                action={(
                                    <PrimaryButton data-testid={`${testId}-add-connector-button`}>
                                        <Icon name="add" />New Connector
                                    </PrimaryButton>
                                )}
                                data-testid={`${testId}-empty-placeholder`}
                            />
                        </Segment>
                        <Divider hidden />
                    </Grid.Column>
                </Grid.Row>
            </Grid>
        </EmphasizedSegment>
    );
}

export function AdvanceSettings({ idp, onUpdate, testId }) {
    const [submitting, setSubmitting] = useState(false);
    const submit = (values) => {
        setSubmitting(true);
        updateConnectionDetails(idp.id, {
            homeRealmIdentifier: values.homeRealmIdentifier,
            idpIssuerName: undefined,
            isFederationHub: Array.isArray(values.federationHub) && values.federationHub.includes("federationHub")
        })
            .then(() => {
                showAlert({ level: "success", message: "Update successful", description: "Successfully updated the connection." });
                onUpdate(idp.id);
            })
            .catch((error) => showAlert({ level: "error", message: "Update error",
                description: error.description || "An error occurred while updating the connection." }))
            .finally(() => setSubmitting(false));
    };
    const initial = {
        federationHub: idp.isFederationHub ? ["federationHub"] : [],
        homeRealmIdentifier: idp.homeRealmIdentifier
    };
    return (
        <EmphasizedSegment padded="very" className="advanced-configuration-section">
            <Forms initialValues={initial} onSubmit={submit}>
                <Grid>
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            <Field name="federationHub" label="" required={false} type="checkbox" toggle
                                value={initial.federationHub} data-testid={`${testId}-federation-hub`}
                                children={[{ label: "Federation Hub", value: "federationHub" }]} />
                            <Hint>Check if this points to a federation hub identity provider</Hint>
                        </Grid.Column>
                    </Grid.Row>
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            <Field name="homeRealmIdentifier" label="Home Realm Identifier" required={false} type="text"
                                placeholder="Enter value for Home Realm Identifier." value={initial.homeRealmIdentifier}
                                data-testid={`${testId}-home-realm-identifier`} />
                            <Hint>Enter the home realm identifier for this identity provider</Hint>
                        </Grid.Column>
                    </Grid.Row>
                    <Grid.Row columns={1}>
                        <Grid.Column mobile={16} tablet={16} computer={8}>
                            <Button primary type="submit" size="small" className="form-button" loading={submitting}
                                disabled={submitting} data-testid={`${testId}-update-button`}>Update</Button>
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </Forms>
        </EmphasizedSegment>
    );
}
