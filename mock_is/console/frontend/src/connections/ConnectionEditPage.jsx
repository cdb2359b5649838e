// /console/connections/<id> (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/pages/
// connection-edit.tsx (F @90c4d925; 2025 @01b33cb2) and components/edit/connection-edit.tsx (F; 2025 @042677d7,
// index id 19082846637):
// - `TabPageLayout[data-testid=idp-edit-page-page-layout]`: the title is the connection's name plus a status
//   label (LabelWithPopup, green when enabled), the description the template's label and the description,
//   the back button `[data-testid=idp-edit-page-page-back-button]`; while the connection is (re)fetched the
//   layout shows placeholders only, so every update remounts the tabs;
// - the template: a connection without `templateId` is taken as "expert-mode-idp" (the page sets it on the
//   object it hands the tabs), looked up in GET /extensions/connections; expert mode makes no metadata call;
// - `ResourceTab[data-testid=idp-edit-page-resource-tabs]` with, in this order, General, Settings, Attributes,
//   Connected Apps, Outbound Provisioning, Just-in-Time Provisioning, Advanced ("Groups" only with the
//   identityProviderGroups feature, which the deployment config does not define). Each pane is a bare
//   `ResourceTab.Pane controlledSegmentation` (the wrapper's "resource-tab-pane" ids, none of the page's);
//   only the active one is mounted; after an update the page comes back on the tab that made it.
import { useCallback, useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { Label, Popup } from "semantic-ui-react";
import { TabPageLayout } from "../widgets/layouts.jsx";
import { ResourceTab, ResourceTabPane } from "../widgets/tabs.jsx";
import { EmphasizedSegment } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { getConnection, listConnectionTemplates } from "./api.js";
import { AttributesTab } from "./AttributesTab.jsx";
import { AuthenticatorSettings } from "./AuthenticatorSettings.jsx";
import { GeneralSettings } from "./GeneralSettings.jsx";
import { JitProvisioningTab } from "./JitProvisioningTab.jsx";
import { AdvanceSettings, ConnectedApps, OutboundProvisioningSettings } from "./OtherTabs.jsx";
import { EXPERT_MODE_TEMPLATE_ID, expertModeLabel } from "./texts.js";

const TEST_ID = "idp-edit-page";
let templatesCache = null; // UIConfig.connectionTemplates: fetched once per app load

function loadTemplates() {
    if (!templatesCache) {
        templatesCache = listConnectionTemplates().catch((error) => {
            templatesCache = null;
            throw error;
        });
    }
    return templatesCache;
}

export function Loader() {
    return (
        <EmphasizedSegment padded="true">
            <div className="ui active centered inline loader" />
        </EmphasizedSegment>
    );
}

function StatusLabel({ enabled }) {
    const trigger = (
        <Label circular size="mini" className="micro spaced-right status-label-with-popup" color={enabled ? "green" : "grey"}
            data-testid="label-with-popup" />
    );
    return (
        <Popup wide size="small" className="label-with-popup" position="right center" on="hover" trigger={trigger}
            header={enabled ? "Enabled" : "Disabled"}
            content={enabled ? "The connection is enabled." : "The connection is disabled. Please enable the authentication "
                + "provider to use it's services."} />
    );
}

function Description({ idp, template }) {
    return (
        <div className="with-label ellipsis">
            {template && (
                <Label size="small">{template.name === "Expert Mode" ? expertModeLabel() : template.name}</Label>
            )}
            <span>{idp.description}</span>
        </div>
    );
}

function panes(idp, refetch, onUpdate) {
    const pane = (menuItem, content) => ({
        menuItem,
        render: () => <ResourceTabPane controlledSegmentation>{content}</ResourceTabPane>
    });
    return [
        pane("General", <GeneralSettings idp={idp} onUpdate={onUpdate} testId={`${TEST_ID}-general-settings`} />),
        pane("Settings", <AuthenticatorSettings idp={idp} onUpdate={onUpdate} testId={`${TEST_ID}-authenticator-settings`} />),
        pane("Attributes", <AttributesTab idp={idp} onUpdate={refetch} testId="idp-edit-page" />),
        pane("Connected Apps", <ConnectedApps idp={idp} componentId={`${TEST_ID}-connected-apps-settings`} />),
        pane("Outbound Provisioning", <OutboundProvisioningSettings testId={`${TEST_ID}-outbound-provisioning-settings`} />),
        pane("Just-in-Time Provisioning", <JitProvisioningTab idp={idp} onUpdate={refetch} testId="idp-edit-page" />),
        pane("Advanced", <AdvanceSettings idp={idp} onUpdate={onUpdate} testId={`${TEST_ID}-advance-settings`} />)
    ];
}

export function ConnectionEditPage() {
    const { id } = useParams();
    const navigate = useNavigate();
    const [idp, setIdp] = useState(null);
    const [template, setTemplate] = useState(null);
    const [loading, setLoading] = useState(true);
    const [tab, setTab] = useState(0);

    const refetch = useCallback(() => {
        setLoading(true);
        return getConnection(id)
            .then((found) => {
                const connector = { ...found, templateId: found.templateId || EXPERT_MODE_TEMPLATE_ID };
                setIdp(connector);
                return loadTemplates().then((list) => setTemplate(list.find((t) => t.id === connector.templateId) || null));
            })
            .catch((error) => showAlert({ level: "error", message: "Retrieval Error",
                description: error.description || "An error occurred while retrieving connection details." }))
            .finally(() => setLoading(false));
    }, [id]);

    useEffect(() => { refetch(); }, [refetch]);

    const ready = !loading && idp !== null;
    return (
        <TabPageLayout
            title={ready ? <>{idp.name}<StatusLabel enabled={idp.isEnabled} /></> : undefined}
            description={ready ? <Description idp={idp} template={template} /> : undefined}
            backButton={ready ? {
                "data-testid": `${TEST_ID}-page-back-button`,
                onClick: () => navigate("/connections"),
                text: "Go back to Connections"
            } : undefined}
            data-testid={`${TEST_ID}-page-layout`}
        >
            {!ready && <Loader />}
            {ready && template && template.id === EXPERT_MODE_TEMPLATE_ID ? (
                <ResourceTab panes={panes(idp, refetch, refetch)} defaultActiveIndex={tab}
                    onTabChange={(e, data) => setTab(data.activeIndex)} data-testid={`${TEST_ID}-resource-tabs`} />
            ) : ready && <Loader />}
        </TabPageLayout>
    );
}
