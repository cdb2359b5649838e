// /console/applications (PROVENANCE.md "Applications"): identity-apps features/admin.applications.v1/pages/
// applications.tsx and components/application-list.tsx (F @90c4d925):
// - `PageLayout[data-testid=applications-page-layout]`, title "Applications"; the header's
//   `PrimaryButton[data-testid=applications-list-layout-add-button]` "+ New Application" only once the list has
//   loaded and is not empty (the empty placeholder has its own, id-less button); both open the templates page;
// - GET /applications?attributes=advancedConfigurations,templateId,clientId,issuer&filter=<query>&limit=10&offset=0
//   (`useApplicationList`; axios keeps the empty filter), the system app "Console" and the default app
//   "My Account" dropped from what is shown and from the counts;
// - `ListLayout[data-testid=applications-list-layout]` with the search `applications-list-advanced-search`
//   ("name co <text> or clientId co <text> or issuer co <text>");
// - `DataTable[data-testid=applications-list]` without a header row (extensions application-list.ts
//   `enableTableHeaders: false`); a row opens `/applications/<id>`; the name cell is
//   `h6.ui.image.header.header-with-icon[applications-list-item-heading]` with the template's label; the
//   inbound key cell shows the client id with a "Client ID" label.
// [not built] the avatars, the rows' edit/delete icons, pagination and sorting, the My Account box.
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Header, Icon, Label } from "semantic-ui-react";
import { LinkButton, PrimaryButton } from "../widgets/buttons.jsx";
import { DataTable } from "../widgets/data-table.jsx";
import { ListLayout, PageLayout } from "../widgets/layouts.jsx";
import { EmptyPlaceholder } from "../widgets/text.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { AdvancedSearchWithBasicFilters } from "../users/AdvancedSearch.jsx";
import { listApplications } from "./api.js";
import { listTemplateLabel } from "./templates.js";

const TEST_ID = "applications";
const LIMIT = 10; // UIConstants.DEFAULT_RESOURCE_LIST_ITEM_LIMIT
const HIDDEN = ["Console", "My Account"]; // SYSTEM_APPS and DEFAULT_APPS (application-management.ts)
const ATTRIBUTES = [
    { key: 0, text: "Name", value: "name" },
    { key: 1, text: "Client ID", value: "clientId" },
    { key: 2, text: "Issuer", value: "issuer" }
];
const PLACEHOLDERS = {
    attribute: "E.g. Name, Description etc.",
    condition: "E.g. Starts with etc.",
    value: "Enter value to search"
};
const STRATEGY = "name co %search-value% or clientId co %search-value% or issuer co %search-value%";

function withoutSystemApps(list) {
    const shown = (list.applications || []).filter((app) => !HIDDEN.includes(app.name));
    const dropped = (list.applications || []).length - shown.length;
    return { ...list, applications: shown, count: list.count - dropped, totalResults: list.totalResults - dropped };
}

function NameCell({ app }) {
    const label = listTemplateLabel(app.templateId);
    return (
        <Header image as="h6" className="header-with-icon" data-testid={`${TEST_ID}-list-item-heading`}>
            <Header.Content>
                {app.name}
                <div><div>{label && <Label className="no-margin-left" size="mini">{label}</Label>}</div></div>
            </Header.Content>
        </Header>
    );
}

function InboundKeyCell({ app }) {
    const clientId = app.clientId && !(app.issuer || app.realm) ? app.clientId : "";
    const issuer = !app.clientId && app.issuer && !app.realm ? app.issuer : "";
    const type = clientId ? "Client ID" : issuer ? "Issuer" : null;
    return (
        <Header as="h6" data-testid={`${TEST_ID}-list-col-2-item-heading`}>
            <Header.Content>
                <Header.Subheader data-testid={`${TEST_ID}-list-col-2-item-sub-heading`}>
                    {clientId || issuer}
                    {type && (
                        <Label pointing="left" size="mini" className={clientId ? "client-id-label" : "issuer-label"}>
                            {type}
                        </Label>
                    )}
                </Header.Subheader>
            </Header.Content>
        </Header>
    );
}

const COLUMNS = [
    { id: "name", dataIndex: "name", title: "Name", render: (app) => <NameCell app={app} /> },
    { id: "inboundKey", dataIndex: "inboundKey", title: "Inbound Key", render: (app) => <InboundKeyCell app={app} /> },
    { id: "actions", dataIndex: "action", title: "", textAlign: "right", render: () => null }
];

function Placeholder({ query, onClear, onNew }) {
    if (query) {
        return (
            <EmptyPlaceholder title="No results found"
                subtitle={[`We couldn't find any results for "${query}"`, "Please try a different search term."]}
                action={<LinkButton onClick={onClear}>Clear search query</LinkButton>}
                data-testid={`${TEST_ID}-list-empty-search-placeholder-icon`} />
        );
    }
    return (
        <EmptyPlaceholder className="list-placeholder mr-0"
            subtitle={["There are no applications available at the moment."]}
            action={<PrimaryButton onClick={onNew}><Icon name="add" />New Application</PrimaryButton>}
            data-testid={`${TEST_ID}-list-empty-placeholder`} />
    );
}

export function ApplicationsPage() {
    const navigate = useNavigate();
    const [query, setQuery] = useState("");
    const [list, setList] = useState(null);
    const [clearTrigger, setClearTrigger] = useState(0);

    const load = useCallback(() => {
        listApplications({ limit: LIMIT, offset: 0, filter: query })
            .then((found) => setList(withoutSystemApps(found)))
            .catch((error) => showAlert({ level: "error", message: "Retrieval Error",
                description: error.description || "An error occurred while retrieving applications." }));
    }, [query]);

    useEffect(() => { load(); }, [load]);

    const toTemplates = () => navigate("/applications/templates");
    const clear = () => { setClearTrigger((n) => n + 1); setQuery(""); };
    const loaded = list !== null;
    const action = loaded && list.totalResults > 0 && (
        <PrimaryButton onClick={toTemplates} data-testid={`${TEST_ID}-list-layout-add-button`}>
            <Icon name="add" />New Application
        </PrimaryButton>
    );
    const search = (
        <AdvancedSearchWithBasicFilters onFilter={(q) => setQuery(q || "")} attributes={ATTRIBUTES}
            defaultAttribute="name" defaultOperator="co" predefinedStrategy={STRATEGY}
            placeholder="Search applications by name, client ID, or issuer" placeholders={PLACEHOLDERS}
            clearTrigger={clearTrigger} data-testid={`${TEST_ID}-list-advanced-search`} />
    );
    return (
        <PageLayout title="Applications"
            description={<p>Create and manage your applications and configure sign-in.</p>}
            action={action} data-testid={`${TEST_ID}-page-layout`}>
            <ListLayout data-testid={`${TEST_ID}-list-layout`}
                leftActionPanel={!loaded || query || list.totalResults > 0 ? search : null}>
                <DataTable columns={COLUMNS} items={loaded ? list.applications : []} showHeader={false}
                    onRowClick={(app) => navigate(`/applications/${app.id}`)}
                    placeholders={loaded && list.totalResults === 0
                        ? <Placeholder query={query} onClear={clear} onNew={toTemplates} /> : null}
                    data-testid={`${TEST_ID}-list`} />
            </ListLayout>
        </PageLayout>
    );
}
