// /console/applications/<id> (PROVENANCE.md "Applications"): identity-apps features/admin.applications.v1/
// pages/application-edit.tsx and components/edit-application.tsx (F @90c4d925):
// - `TabPageLayout[data-componentid=application-edit-page-layout]`: a component id only (its test id is the
//   layout's default `page-layout`); the title is `<span>name</span>`, the description the template's label
//   and the description; the back button `[data-componentid=application-edit-page-back-button]` "Go back to
//   Applications"; while the application loads the layout shows placeholders only;
// - EditApplication waits for the application and its inbound protocol configurations (GET
//   /applications/<id>/inbound-protocols/oidc for an OIDC app) before it renders
//   `ResourceTab[data-componentid=application-edit-resource-tabs]` (test id: the wrapper's `resource-tabs`);
// - the tabs of an OIDC application, in this order: General, Protocol, User Attributes, Login Flow,
//   API Authorization, Roles (extensions at index 4), Provisioning, Advanced, Info; the menu items of General,
//   User Attributes, Login Flow and Advanced are `Menu.Item`s with a tour id (`general`, `attributes`,
//   `sign-in-methods`, `advanced`), the Info item has a "info circle grey" icon; each pane is a bare
//   `ResourceTab.Pane controlledSegmentation`; the active tab is kept in the URL's `#tab=<index>`.
import { useCallback, useEffect, useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router-dom";
import { Label, Menu } from "semantic-ui-react";
import { TabPageLayout } from "../widgets/layouts.jsx";
import { ResourceTab, ResourceTabPane } from "../widgets/tabs.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { getApplication, getOidcConfig } from "./api.js";
import { LoginFlowTab } from "./LoginFlowTab.jsx";
import { ProtocolTab } from "./ProtocolTab.jsx";
import { templateLabel } from "./templates.js";

const COMPONENT_ID = "application-edit";

function Loader() {
    return <div className="ui active centered inline loader" />;
}

function Description({ app }) {
    const label = templateLabel(app.templateId);
    return (
        <div className="with-label ellipsis">
            {label && <Label size="small">{label}</Label>}
            <span>{app.description}</span>
        </div>
    );
}

function panes(app, oidc, refetch) {
    const pane = (menuItem, content = null) => ({
        menuItem,
        render: () => <ResourceTabPane controlledSegmentation>{content}</ResourceTabPane>
    });
    const toured = (tourId, text) => <Menu.Item key={tourId} data-tourid={tourId}>{text}</Menu.Item>;
    return [
        pane(toured("general", "General")),
        pane("Protocol", <ProtocolTab application={app} oidc={oidc} componentId={`${COMPONENT_ID}-access-settings`} />),
        pane(toured("attributes", "User Attributes")),
        pane(toured("sign-in-methods", "Login Flow"), <LoginFlowTab application={app} onUpdate={refetch} />),
        pane("API Authorization"),
        pane("Roles"),
        pane("Provisioning"),
        pane(toured("advanced", "Advanced")),
        pane({ key: "info", content: "Info", icon: "info circle grey" })
    ];
}

function tabFromHash(hash) {
    const match = /^#tab=(\d+)$/.exec(hash || "");
    return match ? parseInt(match[1], 10) : 0;
}

// findConfiguredInboundProtocol: one GET per inbound protocol the application has (OIDC only here).
function loadInbound(app) {
    const hasOidc = (app.inboundProtocols || []).some((p) => p.type === "oauth2");
    return hasOidc ? getOidcConfig(app.id) : Promise.resolve(null);
}

export function ApplicationEditPage() {
    const { id } = useParams();
    const navigate = useNavigate();
    const location = useLocation();
    const [app, setApp] = useState(null);
    const [oidc, setOidc] = useState(null);
    const [loading, setLoading] = useState(true);
    const [inboundLoading, setInboundLoading] = useState(true);
    const tab = tabFromHash(location.hash);

    // useGetApplication is SWR: its first load shows the placeholders; a later mutate() (onUpdate)
    // revalidates with the tabs left mounted.
    const refetch = useCallback(() => {
        return getApplication(id)
            .then((found) => {
                setApp(found);
                return loadInbound(found).then(setOidc).finally(() => setInboundLoading(false));
            })
            .catch((error) => showAlert({ level: "error", message: "Application retrieval error",
                description: error.description || "An error occurred while retrieving the application details." }))
            .finally(() => setLoading(false));
    }, [id]);

    useEffect(() => { refetch(); }, [refetch]);

    // handleDefaultTabIndexChange: with no fragment the page records its first tab in the URL.
    useEffect(() => {
        if (!location.hash) navigate({ hash: "#tab=0" }, { replace: false });
    }, [location.hash, navigate]);

    const ready = !loading && app !== null;
    return (
        <TabPageLayout
            title={ready ? <span>{app.name}</span> : undefined}
            description={ready ? <Description app={app} /> : undefined}
            backButton={ready ? {
                "data-componentid": `${COMPONENT_ID}-page-back-button`,
                onClick: () => navigate("/applications"),
                text: "Go back to Applications"
            } : undefined}
            data-componentid={`${COMPONENT_ID}-page-layout`}
        >
            {ready && !inboundLoading ? (
                <ResourceTab panes={panes(app, oidc, refetch)} activeIndex={tab}
                    onTabChange={(e, data) => navigate({ hash: `#tab=${data.activeIndex}` })}
                    data-componentid={`${COMPONENT_ID}-resource-tabs`} />
            ) : <Loader />}
        </TabPageLayout>
    );
}
