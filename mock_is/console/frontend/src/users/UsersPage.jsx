// /console/users (identity-apps features/admin.users.v1/pages/users.tsx, F; 2025 @66d94839 for 7.2;
// PROVENANCE.md "Users"):
// - PageLayout `users-page-layout` (title "Users"), whose action is the Add User dropdown
//   (`users-add-user-dropdown` > PrimaryButton `users-add-user-button`; items "Single User"
//   `users-add-user-dropdown-item` (component id only) and "Multiple Users" `users-bulk-import-users-dropdown-item`),
//   shown once the list is loaded and when the selected store is not read-only;
// - ListLayout `user-mgt-user-list-layout`: the search on the left (AdvancedSearch), the userstore dropdown
//   `user-mgt-user-list-userstore-dropdown` on the right — PRIMARY, then every secondary store from
//   GET /api/server/v1/userstores whose GET /userstores/<id> does not say Disabled=true;
// - while the list loads, the layout shows a loading table instead of the list (so `user-mgt-user-list` means
//   "loaded for the store and query shown"); GET /scim2/Users?count=11&startIndex=0&domain=<store>
//   &excludedAttributes=groups,roles[&filter=...]: one more than the page (10) to know whether a next page
//   exists, and the extra row is not shown (`moderateUsersList`).
// [not built] pagination controls, the add-user wizards (a menu item opens nothing) and, for 7.2, the
// account-status filter and the "Learn more" link (their 2025 sources were not read).
import { useEffect, useState } from "react";
import { Dropdown, Icon } from "semantic-ui-react";
import { showAlert } from "../widgets/alerts.jsx";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { DataTable } from "../widgets/data-table.jsx";
import { ListLayout, PageLayout } from "../widgets/layouts.jsx";
import { AdvancedSearchWithBasicFilters } from "./AdvancedSearch.jsx";
import { UsersList } from "./UsersList.jsx";
import { getUserstore, listUsers, listUserstores } from "./api.js";
import { PRIMARY } from "./users.js";

const LIMIT = 10;
const ATTRIBUTES = [
    { key: 0, text: "Username", value: "userName" },
    { key: 1, text: "Email", value: "emails" },
    { key: 2, text: "First Name", value: "name.givenName" },
    { key: 3, text: "Last Name", value: "name.familyName" }
];
const PLACEHOLDERS = { attribute: "E.g. Username, Email etc.", condition: "E.g. Starts with etc.", value: "Enter value to search" };

function useUserstores() {
    const [stores, setStores] = useState({ loading: true, options: [{ key: -1, text: PRIMARY, value: PRIMARY }], readOnly: [] });
    useEffect(() => {
        listUserstores()
            .then((list) => Promise.all(list.filter((s) => s.name.toUpperCase() !== PRIMARY)
                .map((s) => getUserstore(s.id).then((config) => ({ store: s, config })))))
            .then((found) => {
                const property = (config, name) => (config.properties || []).find((p) => p.name === name)?.value === "true";
                setStores({
                    loading: false,
                    options: [{ key: -1, text: PRIMARY, value: PRIMARY }, ...found
                        .filter(({ config }) => !property(config, "Disabled"))
                        .map(({ store }, index) => ({ key: index, text: store.name, value: store.name }))],
                    readOnly: found.filter(({ config }) => property(config, "ReadOnly")).map(({ store }) => store.name)
                });
            })
            .catch((error) => {
                setStores((s) => ({ ...s, loading: false }));
                showAlert({ level: "error", message: "Error retrieving users", description: error.description || "Couldn't retrieve the userstores" });
            });
    }, []);
    return stores;
}

// The list of the store and query shown: null until their answer arrives (an older answer never shows), so
// the list is never rendered for a store or query other than the one on screen.
function useUsers(domain, filter) {
    const [reload, setReload] = useState(0);
    const key = JSON.stringify([domain, filter, reload]);
    const [state, setState] = useState({ key: null, users: null });
    useEffect(() => {
        let current = true;
        listUsers({ count: LIMIT + 1, startIndex: 0, domain, filter, excludedAttributes: "groups,roles" })
            .then((body) => current && setState({ key, users: { ...body, Resources: (body.Resources || []).slice(0, LIMIT) } }))
            .catch((error) => {
                if (!current) return;
                setState({ key, users: { totalResults: 0, Resources: [] } });
                showAlert({ level: "error", message: "Error retrieving users", description: error.description || "Couldn't retrieve users" });
            });
        return () => { current = false; };
    }, [key]);
    return [state.key === key ? state.users : null, () => setReload((n) => n + 1)];
}

function AddUserDropdown() {
    const trigger = (
        <PrimaryButton data-componentid="users-add-user-button" data-testid="users-add-user-button">
            <Icon name="add" />Add User<Icon name="dropdown" className="ml-3 mr-0" />
        </PrimaryButton>
    );
    return (
        <Dropdown data-componentid="users-add-user-dropdown" direction="left" floating icon={null} trigger={trigger}>
            <Dropdown.Menu>
                <Dropdown.Item data-componentid="users-add-user-dropdown-item" text="Single User" value="EXTERNAL" />
                <Dropdown.Item data-componentid="users-bulk-import-users-dropdown-item" data-testid="users-bulk-import-users-dropdown-item"
                    text="Multiple Users" value="BULK_IMPORT" />
            </Dropdown.Menu>
        </Dropdown>
    );
}

export function UsersPage() {
    const stores = useUserstores();
    const [store, setStore] = useState(PRIMARY);
    const [query, setQuery] = useState(null);
    const [clearTrigger, setClearTrigger] = useState(0);
    const [users, refresh] = useUsers(store, query);
    const readOnlyStore = stores.readOnly.includes(store);
    const clearQuery = () => { setClearTrigger((n) => n + 1); setQuery(null); };
    const search = (
        <AdvancedSearchWithBasicFilters onFilter={(q) => setQuery(q || null)} attributes={ATTRIBUTES}
            defaultAttribute="userName" defaultOperator="co" placeholder="Search by Username" placeholders={PLACEHOLDERS}
            disabled={users !== null && users.totalResults <= 0 && !query} clearTrigger={clearTrigger} />
    );
    const storeDropdown = (
        <Dropdown data-testid="user-mgt-user-list-userstore-dropdown" selection options={stores.options}
            defaultValue={PRIMARY} loading={stores.loading} onChange={(e, { value }) => setStore(value === "all" ? null : value)} />
    );
    return (
        <PageLayout data-testid="users-page-layout" title="Users"
            description="Users who can access applications within the organization are managed here."
            action={users !== null && !readOnlyStore ? <AddUserDropdown /> : null}>
            <ListLayout data-testid="user-mgt-user-list-layout" leftActionPanel={search} rightActionPanel={storeDropdown}>
                {users === null
                    ? <DataTable columns={[]} items={[]} />
                    : <UsersList users={users} searchQuery={query} onSearchQueryClear={clearQuery} onUserDelete={refresh} />}
            </ListLayout>
        </PageLayout>
    );
}
