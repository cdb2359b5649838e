// The connection's Attributes tab (PROVENANCE.md "Connection Attributes"): identity-apps
// features/admin.connections.v1/components/edit/settings/attribute-settings.tsx (F @90c4d925; 2025 @0aac69ee
// renders the same, it adds `allowedMappedValues`, undefined for a Custom Connector) and
// utils/attribute-utils.tsx (F). For a Custom Connector whose authenticator is Twitter the page
// (connection-edit.tsx, admin.extensions.v1 configs/identity-provider.tsx) passes isRoleMappingsEnabled and
// provisioningAttributesEnabled true, hideIdentityClaimAttributes false, isOIDC / isSaml false, and
// `<T>` = "idp-edit-page-attribute-settings", which lands on NO element (audit row 11): it only prefixes
// `<T>-uri-attribute-settings-…`, `<T>-provisioning-attribute-selection-…` and `<T>-update-button`.
// - the page's Loader until GET /claim-dialects/local/claims has answered; then
//   `EmphasizedSegment > div.ui.grid.attributes-settings > div.form-container.with-max-width` with the
//   mappings (attributes/AttributesSelectionV2.jsx), Subject / Group (attributes/UriAttributesSettings.jsx),
//   the provisioning attributes (attributes/AttributeSelection.jsx) and the "Update" button;
// - everything is staged in the tab until Update: PUT /identity-providers/{id}/claims with the connection's
//   `claims` plus `mappings` [{idpClaim, localClaim: {displayName, id, uri}}], `provisioningClaims`
//   [{claim: {displayName, id, uri}, defaultValue}], `userIdClaim` (the local claim of that URI, else {uri}),
//   `roleClaim` ({uri: ""} without mappings); an empty default value refuses with the warning "Cannot
//   perform update"; after the PUT the page refetches, then PUT /roles {outboundProvisioningRoles: [""]}
//   (the tab never sets role mappings), then "Update successful".
import { useEffect, useState } from "react";
import { Button, Divider, Grid } from "semantic-ui-react";
import { showAlert } from "../widgets/alerts.jsx";
import { EmphasizedSegment } from "../widgets/text.jsx";
import { getAllLocalClaims, updateClaimsConfigs, updateConnectionRoleMappings } from "./attributes/api.js";
import { AttributeSelection } from "./attributes/AttributeSelection.jsx";
import { AttributesSelectionV2 } from "./attributes/AttributesSelectionV2.jsx";
import { UriAttributesSettings } from "./attributes/UriAttributesSettings.jsx";

const IS_ROLE_MAPPINGS_ENABLED = true;

// The page's Loader (ConnectionEditPage.jsx), repeated here: the edit page imports this module.
function Loader() {
    return (
        <EmphasizedSegment padded="true">
            <div className="ui active centered inline loader" />
        </EmphasizedSegment>
    );
}

// createDropdownOption: the mapped external names, or the local claim URIs while nothing is mapped.
function dropdownOptions(mappings, localClaims) {
    return mappings.length === 0
        ? localClaims.filter((c) => c.uri).map((c) => ({ key: c.id, text: c.uri, value: c.uri }))
        : mappings.filter((m) => m.mappedValue).map((m) => ({ key: m.claim?.id, text: m.mappedValue, value: m.mappedValue }));
}

// buildProvisioningClaimList.
function provisioningClaimList(mappings, localClaims) {
    return mappings.length === 0
        ? localClaims
        : mappings.filter((m) => m.claim?.id && m.mappedValue)
            .map((m) => ({ displayName: m.mappedValue, id: m.claim.id, uri: m.mappedValue }));
}

function claimsBody(idp, localClaims, mappings, provisioning, subject, role) {
    const body = { ...idp.claims };
    body.mappings = mappings.map((m) => ({ idpClaim: m.mappedValue, localClaim: m.claim }));
    body.provisioningClaims = provisioning.map((p) => ({ claim: p.claim, defaultValue: p.mappedValue }));
    body.userIdClaim = localClaims.find((c) => c.uri === subject) ?? { uri: subject };
    if (IS_ROLE_MAPPINGS_ENABLED) {
        body.roleClaim = mappings.length > 0 ? (localClaims.find((c) => c.uri === role) ?? { uri: role }) : { uri: "" };
    }
    return body;
}

function claimsUpdateFailed(error) {
    if (error.description) {
        showAlert({ level: "error", message: "Update Error", description: error.description });
    }
    showAlert({ level: "error", message: "Update Error", description: "An error occurred while updating claim configurations." });
}

// handleAttributeSettingsFormSubmit.
function submit(idpId, body, onUpdate) {
    return updateClaimsConfigs(idpId, body)
        .then(() => {
            onUpdate(idpId);
            return updateConnectionRoleMappings(idpId, { mappings: undefined, outboundProvisioningRoles: [""] })
                .then(() => {
                    onUpdate(idpId);
                    showAlert({ level: "success", message: "Update successful",
                        description: "Successfully updated connection attributes." });
                })
                .catch((error) => showAlert({ level: "error", message: "Update Error",
                    description: error.description || "An error occurred while updating outbound provisioning role configurations." }));
        })
        .catch(claimsUpdateFailed);
}

function useAttributeState(idp) {
    const [localClaims, setLocalClaims] = useState([]);
    const [loading, setLoading] = useState(true);
    const [mappings, setMappings] = useState([]);
    const [provisioning, setProvisioning] = useState([]);
    const [subject, setSubject] = useState();
    const [role, setRole] = useState();

    useEffect(() => {
        getAllLocalClaims()
            .then((list) => setLocalClaims((list || []).map((c) => ({ displayName: c.displayName, id: c.id, uri: c.claimURI }))))
            .catch((error) => {
                if (error.description) showAlert({ level: "error", message: "Retrieval Error", description: error.description });
                showAlert({ level: "error", message: "Retrieval Error", description: "An error occurred while retrieving attributes." });
            })
            .finally(() => setLoading(false));
    }, []);

    // setInitialValues, once the local claims are there.
    useEffect(() => {
        if (localClaims.length === 0) return;
        const claims = idp.claims;
        setSubject(claims?.userIdClaim?.uri);
        setRole(claims?.roleClaim?.uri);
        setMappings(claims?.mappings?.map((m) => ({ claim: m.localClaim, mappedValue: m.idpClaim })));
        setProvisioning(claims?.provisioningClaims?.map((p) => ({
            claim: { displayName: p.claim?.uri, id: p.claim?.uri, uri: p.claim?.uri }, mappedValue: p.defaultValue
        })));
    }, [localClaims]);

    // Subject, role and provisioning claims follow the mappings (or the local claims without any).
    useEffect(() => {
        const list = mappings || [];
        if (list.length === 0) {
            setProvisioning((current) => current?.filter((p) => localClaims.some((c) => c.uri === p.claim.uri)));
            if (!localClaims.some((c) => c.uri === subject)) setSubject("");
        } else {
            setProvisioning((current) => current?.filter((p) => list.some((m) => m.mappedValue === p.claim.uri)));
            if (!list.some((m) => m.mappedValue === role)) setRole("");
            if (!list.some((m) => m.mappedValue === subject)) setSubject("");
        }
    }, [mappings]);

    return { localClaims, loading, mappings, setMappings, provisioning, setProvisioning, subject, setSubject, role, setRole };
}

export function AttributesTab({ idp, onUpdate, testId }) {
    const tid = `${testId}-attribute-settings`;
    const state = useAttributeState(idp);
    const [submitting, setSubmitting] = useState(false);
    const [loadingSubmit, setLoadingSubmit] = useState(false);
    const { localClaims, mappings, provisioning, subject, role } = state;

    const update = () => {
        setSubmitting(true);
        const list = mappings || [];
        const unfilled = list.some((m) => !m.mappedValue) || (provisioning || []).some((p) => !p.mappedValue);
        if (unfilled) {
            showAlert({ level: "warning", message: "Cannot perform update", description: "Need to configure all the mandatory properties." });
            return;
        }
        setSubmitting(false);
        setLoadingSubmit(true);
        submit(idp.id, claimsBody(idp, localClaims, list, provisioning || [], subject, role), onUpdate)
            .finally(() => setLoadingSubmit(false));
    };

    if (state.loading) return <Loader />;
    const list = mappings || [];
    return (
        <EmphasizedSegment padded="very">
            <Grid className="attributes-settings">
                <div className="form-container with-max-width">
                    <Grid.Row columns={1}>
                        <Grid.Column>
                            <AttributesSelectionV2 attributeList={localClaims} mappedAttributesList={[...list]}
                                onAttributesSelected={(next) => state.setMappings([...next])} isReadOnly={false} />
                        </Grid.Column>
                    </Grid.Row>
                    <Divider hidden />
                    {mappings && (
                        <UriAttributesSettings dropDownOptions={dropdownOptions(list, localClaims)} initialRoleUri={role}
                            initialSubjectUri={subject} claimMappingOn={IS_ROLE_MAPPINGS_ENABLED && list.length > 0}
                            updateRole={state.setRole} updateSubject={state.setSubject} testId={`${tid}-uri-attribute-settings`}
                            roleError={submitting && !role} subjectError={submitting && !subject} isReadOnly={false}
                            isMappingEmpty={list.length === 0} />
                    )}
                    <Divider hidden />
                    {provisioning && (
                        <AttributeSelection attributeList={provisioningClaimList(list, localClaims).filter((c) => c?.uri)}
                            selectedAttributesWithMapping={provisioning} setSelectedAttributesWithMapping={state.setProvisioning}
                            attributeColumnHeader={list.length === 0 ? "Attribute" : "Identity Provider attribute"}
                            isReadOnly={false} testId={`${tid}-provisioning-attribute-selection`} />
                    )}
                    <Divider hidden />
                    <Grid.Row>
                        <Grid.Column>
                            <Button primary size="small" loading={loadingSubmit} disabled={loadingSubmit} onClick={update}
                                data-testid={`${tid}-update-button`}>
                                Update
                            </Button>
                        </Grid.Column>
                    </Grid.Row>
                </div>
            </Grid>
        </EmphasizedSegment>
    );
}
