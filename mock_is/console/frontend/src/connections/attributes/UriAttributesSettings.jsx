// "Subject" and "Group" (uri-attributes-settings.tsx, F @90c4d925; 2025 @980dca42 renders the same hooks).
// attribute-settings.tsx passes `<T>-uri-attribute-settings` (<T> = idp-edit-page-attribute-settings):
// - h4 "Subject", a semantic `Form > Form.Select` (fluid, search): its `data-testid`
//   `<T>-uri-attribute-settings-form-element-subject` lands on the dropdown's root div, the `<label>`
//   "Subject Attribute" on the `div.field`; options = the mapped external names (or, with no mapping, the
//   local claim URIs) plus "Default Subject" (value ""); disabled while there is no mapping;
//   Hint "Specifies the attribute that identifies the user at the connection." (the idp.ts string);
// - "Group" (UIConfig.useRoleClaimAsGroupClaim) with `<T>-uri-attribute-settings-form-element-role`
//   ("Group Attribute", "Select the attribute") while a mapping exists, and an info message.
// [UNKNOWN] the deployment values of useRoleClaimAsGroupClaim / isCustomClaimMappingEnabled /
// isCustomClaimMappingMergeEnabled in IS 7.1/7.2's deployment.toml defaults: the simulator takes the
// stricter render (the Group dropdown is there, a second search dropdown beside the subject's).
import { Divider, Form, Grid } from "semantic-ui-react";
import { Heading, Hint, Message } from "../../widgets/text.jsx";

const USE_ROLE_CLAIM_AS_GROUP_CLAIM = true;

function valid(options, value) {
    return options.some((o) => o.value === value) ? value : "";
}

function UriSelect({ options, value, placeholder, label, onChange, error, isReadOnly, disabled, testId }) {
    return (
        <Form>
            <Form.Select fluid options={options.concat({ key: "default_subject", text: placeholder, value: "" })}
                value={valid(options, value)} placeholder={placeholder} onChange={(e, data) => onChange(String(data.value))}
                search label={label} data-testid={testId} error={error || undefined} readOnly={isReadOnly} disabled={disabled} />
        </Form>
    );
}

// resolveCustomClaimMappingInfoBox for a connection that is neither OIDC nor SAML: nothing once a group
// attribute is chosen, else the "messageSAML" note (isCustomClaimMappingMergeEnabled taken as true, the
// public deployment.config.json's value).
function GroupMessage({ claimMappingOn, roleUri }) {
    if (claimMappingOn && roleUri) return null;
    return (
        <Message type="info" content={(
            <>Please note that <strong>http://wso2.org/claims/roles</strong> attribute will be considered as the
                default <strong>Group Attribute</strong> as you have not added a custom attribute mapping.</>
        )} />
    );
}

export function UriAttributesSettings({ dropDownOptions, initialSubjectUri, initialRoleUri, claimMappingOn, updateRole,
    updateSubject, roleError, subjectError, isReadOnly, isMappingEmpty, testId }) {
    const subjectErr = subjectError && { content: "Please select an attribute for subject", pointing: "above" };
    const roleErr = roleError && { content: "Please select an attribute for groups", pointing: "above" };
    return (
        <>
            <Grid.Row>
                <Grid.Column>
                    <Heading as="h4">Subject</Heading>
                    <UriSelect options={dropDownOptions} value={initialSubjectUri} placeholder="Default Subject"
                        label="Subject Attribute" onChange={updateSubject} error={subjectErr} isReadOnly={isReadOnly}
                        disabled={isMappingEmpty} testId={`${testId}-form-element-subject`} />
                    <Hint>Specifies the attribute that identifies the user at the connection.</Hint>
                </Grid.Column>
            </Grid.Row>
            {USE_ROLE_CLAIM_AS_GROUP_CLAIM && (
                <>
                    <Divider hidden />
                    <Grid.Row columns={2}>
                        <Grid.Column>
                            <Heading as="h4">Group</Heading>
                            {claimMappingOn && (
                                <>
                                    <UriSelect options={dropDownOptions} value={initialRoleUri} placeholder="Select the attribute"
                                        label="Group Attribute" onChange={updateRole} error={roleErr} isReadOnly={isReadOnly}
                                        disabled={!claimMappingOn} testId={`${testId}-form-element-role`} />
                                    <Hint>Specifies the attribute that identifies the groups at the connection.</Hint>
                                </>
                            )}
                            <GroupMessage claimMappingOn={claimMappingOn} roleUri={initialRoleUri} />
                        </Grid.Column>
                    </Grid.Row>
                </>
            )}
        </>
    );
}
