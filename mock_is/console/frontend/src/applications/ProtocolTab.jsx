// The Protocol tab of an OIDC application (PROVENANCE.md "Applications"): identity-apps
// features/admin.applications.v1/components/settings/access-configuration.tsx and
// forms/inbound-oidc-form.tsx (F @90c4d925):
// - `EmphasizedSegment.protocol-settings-section.form-wrapper` > `div.form-container.with-max-width` (one
//   configured protocol) > the InboundOIDCForm, whose test id is `application-edit-access-settings-inbound-
//   oidc-form` (it reaches the CopyInputFields' ids, not the form element);
// - "Client ID": a `Form.Field` with a bare `<label>` and a CopyInputField
//   (`…-inbound-oidc-form-client-id-readonly-input`, the wrapper's `-wrapper` suffix);
// - "Client secret": the same with a secret CopyInputField (`…-client-secret-readonly-input`: a password
//   input with an eye icon) and a red "Regenerate" button `…-oidc-regenerate-button`; not shown for a revoked
//   app, an SPA, a mobile app, or a system or default application;
// - [not built] the OIDC settings below the divider (grant types, redirect URLs, tokens...): not rendered.
import { Button, Divider, Form, Grid } from "semantic-ui-react";
import { CopyInputField } from "../widgets/inputs.jsx";
import { EmphasizedSegment } from "../widgets/text.jsx";

function ClientId({ value, testId }) {
    return (
        <Grid.Row columns={1}>
            <Grid.Column mobile={16} tablet={16} computer={16}>
                <Form.Field>
                    <label>Client ID</label>
                    <div className="display-flex">
                        <CopyInputField value={value} data-testid={`${testId}-client-id-readonly-input`} />
                    </div>
                </Form.Field>
            </Grid.Column>
        </Grid.Row>
    );
}

function ClientSecret({ value, testId }) {
    return (
        <Grid.Row columns={2}>
            <Grid.Column mobile={16} tablet={16} computer={16}>
                <Form.Field>
                    <label>Client secret</label>
                    <div className="display-flex">
                        <CopyInputField secret value={value} data-testid={`${testId}-client-secret-readonly-input`} />
                        <Button type="button" color="red" className="oidc-action-button"
                            data-testid={`${testId}-oidc-regenerate-button`}>Regenerate</Button>
                    </div>
                </Form.Field>
            </Grid.Column>
        </Grid.Row>
    );
}

export function ProtocolTab({ oidc, componentId }) {
    const testId = `${componentId}-inbound-oidc-form`;
    const shown = oidc && oidc.state !== "REVOKED";
    return (
        <EmphasizedSegment className="protocol-settings-section form-wrapper" padded="very">
            <div className="form-container with-max-width">
                {oidc && (
                    <Form noValidate>
                        <Grid>
                            {oidc.clientId && <ClientId value={oidc.clientId} testId={testId} />}
                            {shown && oidc.clientSecret && <ClientSecret value={oidc.clientSecret} testId={testId} />}
                            {shown && (
                                <Grid.Column mobile={16} tablet={16} computer={16}><Divider /></Grid.Column>
                            )}
                        </Grid>
                    </Form>
                )}
            </div>
        </EmphasizedSegment>
    );
}
