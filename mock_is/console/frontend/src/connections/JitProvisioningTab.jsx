// The connection's Just-in-Time Provisioning tab (PROVENANCE.md "Connections: Just-in-Time Provisioning tab"):
// identity-apps features/admin.connections.v1/components/edit/settings/jit-provisioning-settings.tsx and
// edit/forms/jit-provisioning-configuration-form.tsx (F @90c4d925; the same render in the older code-index
// version 2509238520), the legacy `@wso2is/forms` Forms / Field, strings from modules/i18n
// en-US/portals/authentication-provider.ts (F):
// - the page passes "<tid>-jit-provisioning-settings" (connection-edit.tsx); it reaches only inner ids:
//   `EmphasizedSegment > Forms > Grid`, the `<Forms>` root carries no test id (audit rows 11, 16);
// - the enable checkbox: a legacy checkbox-group Field `enableJITProvisioning` with label "" and one child
//   "Just-in-Time (JIT) User Provisioning", test id `<tid>-is-enable` on its `div.ui.checkbox`; while it is
//   off the "proxy-mode-conflict-warning-message" warning shows;
// - "Associate provisioned users with existing local users" only in a sub-organization (isSubOrganization()):
//   this simulator is always the root organization, so it is never rendered here;
// - the userstore dropdown `provisioningUserstoreDomain` (`<tid>-user-store-domain`): PRIMARY first, then
//   GET /api/server/v1/userstores (root organization), option value = the store's name;
// - the scheme radio group `provisioningScheme` (`<tid>-scheme` on every radio), default
//   PROMPT_USERNAME_PASSWORD_CONSENT when the connection has none;
// - dropdown and radios are disabled while the checkbox is off; "Update" is a semantic primary submit
//   button `<tid>-update-button`;
// - Update: PUT /identity-providers/{id}/provisioning/jit with { associateLocalUser, attributeSyncMethod,
//   isEnabled, scheme, userstore } (unrendered fields keep the connection's values), then "Update successful"
//   and the refetch; on failure "Update Error".
import { useEffect, useState } from "react";
import { Button, Grid } from "semantic-ui-react";
import { listUserstores } from "../users/api.js";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { Code, EmphasizedSegment, Hint, Message } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { updateJit } from "./api.js";

const ENABLE = "enableJITProvisioning";
const USERSTORE = "provisioningUserstoreDomain";
const SCHEME = "provisioningScheme";
const ASSOCIATE = "associateLocalUser";
const SYNC = "attributeSyncMethod";

const SCHEMES = [
    { label: "Prompt for username, password and consent", value: "PROMPT_USERNAME_PASSWORD_CONSENT" },
    { label: "Prompt for password and consent", value: "PROMPT_PASSWORD_CONSENT" },
    { label: "Prompt for consent", value: "PROMPT_CONSENT" },
    { label: "Provision silently", value: "PROVISION_SILENTLY" }
];

function ProxyModeConflictMessage({ enabled }) {
    const classes = `ui image warning scale transition ${enabled ? "hidden animating out" : "visible animating in"}`;
    return (
        <div style={{ animationDuration: "350ms" }} className={classes}>
            <Message data-componentid="proxy-mode-conflict-warning-message" data-testid="proxy-mode-conflict-warning-message"
                type="warning" header="Warning" content={(
                    <>
                        JIT user provisioning should be enabled for external identity providers (connections) when there
                        are MFA mechanisms such as <Code>TOTP</Code> and <Code>Email OTP</Code> configured in an
                        application&apos;s login flow. <a>Learn More</a>
                    </>
                )} />
        </div>
    );
}

function Row({ children }) {
    return (
        <Grid.Row columns={1}>
            <Grid.Column mobile={16} tablet={16} computer={7}>{children}</Grid.Column>
        </Grid.Row>
    );
}

function JitForm({ initialValues = {}, userStores, onSubmit, isSubmitting, testId }) {
    const [enabled, setEnabled] = useState(false);
    useEffect(() => { if (initialValues.isEnabled) setEnabled(initialValues.isEnabled); }, [initialValues]);

    const options = userStores.map((store, index) => ({ key: index, text: store.name, value: store.name }));
    const formInitial = {
        [ENABLE]: initialValues.isEnabled ? [ENABLE] : [],
        [USERSTORE]: initialValues.userstore ?? (userStores.length > 0 ? userStores[0].name : undefined),
        [SCHEME]: initialValues.scheme ? initialValues.scheme : "PROMPT_USERNAME_PASSWORD_CONSENT"
    };
    const submit = (values) => onSubmit({
        [ASSOCIATE]: values[ASSOCIATE]?.includes(ASSOCIATE) ?? initialValues.associateLocalUser,
        [SYNC]: values[SYNC] ?? initialValues.attributeSyncMethod,
        isEnabled: (values[ENABLE] || []).includes(ENABLE),
        scheme: values[SCHEME] ?? initialValues.scheme,
        userstore: values[USERSTORE] ?? initialValues.userstore
    });
    return (
        <Forms initialValues={formInitial} onSubmit={submit}>
            <Grid>
                <Row>
                    <Field name={ENABLE} label="" required={false} type="checkbox"
                        listen={(checked) => setEnabled(checked.includes(ENABLE))}
                        children={[{ label: "Just-in-Time (JIT) User Provisioning", value: ENABLE }]}
                        data-testid={`${testId}-is-enable`} readOnly={false} />
                    <Hint>When enabled, users who log in with this identity provider will be provisioned to your organization.</Hint>
                    {!enabled && <ProxyModeConflictMessage enabled={enabled} />}
                </Row>
                <Row>
                    <Field name={USERSTORE} label="User store domain to always provision users" required={false}
                        type="dropdown" children={options} disabled={!enabled}
                        data-testid={`${testId}-user-store-domain`} readOnly={false} />
                    <Hint>Select user store domain name to provision users.</Hint>
                </Row>
                <Row>
                    <Field required={false} label="Provisioning scheme" name={SCHEME} type="radio" children={SCHEMES}
                        disabled={!enabled} data-testid={`${testId}-scheme`} readOnly={false} />
                    <Hint>Select the scheme to be used, when users are provisioned.</Hint>
                </Row>
                <Row>
                    <Button primary type="submit" size="small" className="form-button" loading={isSubmitting}
                        disabled={isSubmitting} data-testid={`${testId}-update-button`}>
                        Update
                    </Button>
                </Row>
            </Grid>
        </Forms>
    );
}

export function JitProvisioningTab({ idp, onUpdate, testId }) {
    const [userStores, setUserStores] = useState([]);
    const [submitting, setSubmitting] = useState(false);

    useEffect(() => {
        const stores = [{ id: "PRIMARY", name: "PRIMARY" }];
        // The root organization (isSuperOrganization): PRIMARY plus the secondary stores.
        listUserstores()
            .then((list) => setUserStores([...stores, ...(list || [])]))
            .catch(() => setUserStores(stores));
    }, []);

    const save = (values) => {
        setSubmitting(true);
        updateJit(idp.id, values)
            .then(() => {
                showAlert({ level: "success", message: "Update successful",
                    description: "Successfully updated the JIT provisioning configurations." });
                onUpdate(idp.id);
            })
            .catch(() => showAlert({ level: "error", message: "Update Error",
                description: "An error occurred while the updating JIT provisioning configurations." }))
            .finally(() => setSubmitting(false));
    };

    return (
        <EmphasizedSegment padded="very">
            <JitForm initialValues={idp.provisioning?.jit} userStores={userStores} onSubmit={save}
                isSubmitting={submitting} testId={`${testId}-jit-provisioning-settings`} />
        </EmphasizedSegment>
    );
}
