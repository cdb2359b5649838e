// /console/connections (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/pages/connections.tsx
// (F @90c4d925; 2025 @15df75e3) fed by hooks/use-get-combined-connection-list.ts (2025 @03ca2552):
// - `PageLayout[data-testid=idp-page-layout]`, title "Connections";
// - the header's `PrimaryButton[data-testid=idp-add-button]` "+ New Connection" only once the list has loaded
//   and is not empty (with no connections there is no header button: the placeholder has its own, id-less one);
// - the grid is built from GET /api/server/v1/authenticators alone: the configurable local authenticators
//   first, then every FEDERATED item (one per connection), then custom local ones. This deployment has no
//   configurable local authenticator (AuthenticatorMeta.getAuthenticators(): Email OTP, SMS OTP, TOTP,
//   Passkey, Magic Link are not installed), so only connections show;
// - the tags of GET /authenticators/meta/tags feed the filter labels (the search bar is left out: its
//   AdvancedSearchWithBasicFilters markup was not read).
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Icon } from "semantic-ui-react";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { PageLayout } from "../widgets/layouts.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { listAuthenticatorTags, listAuthenticators } from "./api.js";
import { AuthenticatorGrid } from "./AuthenticatorGrid.jsx";
import { newConnectionLabel } from "./texts.js";

const TEST_ID = "idp";
// AuthenticatorMeta.getAuthenticators() (features/admin.extensions.v1/configs/identity-provider.tsx, F): the
// local authenticators the grid shows as connections; none of them is installed in this deployment.
const CONFIGURABLE_LOCAL = new Set([
    "ZW1haWwtb3RwLWF1dGhlbnRpY2F0b3I", "c21zLW90cC1hdXRoZW50aWNhdG9y", "dG90cA", "RklET0F1dGhlbnRpY2F0b3I",
    "TWFnaWNMaW5rQXV0aGVudGljYXRvcg"
]);

function combine(authenticators) {
    const local = authenticators.filter((a) => a.type === "LOCAL" && CONFIGURABLE_LOCAL.has(a.id));
    const federated = authenticators.filter((a) => a.type === "FEDERATED");
    const custom = authenticators.filter((a) => a.type === "LOCAL" && a.definedBy === "USER");
    return [...local.reverse(), ...federated, ...custom];
}

export function ConnectionsPage() {
    const navigate = useNavigate();
    const [connections, setConnections] = useState(null);

    const load = useCallback(() => {
        listAuthenticators(null)
            .then((list) => setConnections(combine(list)))
            .catch((error) => showAlert({
                level: "error",
                message: "Retrieval Error",
                description: error.description || "An error occurred while retrieving connections."
            }));
    }, []);

    useEffect(() => {
        load();
        listAuthenticatorTags().catch(() => null);
    }, [load]);

    const toTemplates = () => navigate("/connections/templates");
    const loaded = connections !== null;
    const action = loaded && connections.length > 0 && (
        <PrimaryButton onClick={toTemplates} data-testid={`${TEST_ID}-add-button`}>
            <Icon name="add" />{newConnectionLabel()}
        </PrimaryButton>
    );
    return (
        <PageLayout
            title="Connections"
            description="Create and manage connections to use in the login flow of your applications."
            action={action}
            data-testid={`${TEST_ID}-page-layout`}
        >
            <AuthenticatorGrid
                isLoading={!loaded}
                authenticators={connections || []}
                onEmptyListPlaceholderActionClick={toTemplates}
                onConnectionUpdate={load}
                testId={`${TEST_ID}-list`}
            />
        </PageLayout>
    );
}
