// UsersList (identity-apps features/admin.users.v1/components/users-list.tsx, F; PROVENANCE.md "Users"):
// a DataTable `user-mgt-user-list` with one "User" column and the actions column:
// - the row heading is a semantic `Header as=h6 image.header-with-icon` carrying only
//   `data-componentid="user-mgt-user-list-item-heading"` (no test id): the UserAvatar's initial, then
//   `div.content > div` with the username WITHOUT its userstore domain (`getUserNameWithoutDomain`), then
//   the sub-header (given/family name) only when the user has a name;
// - actions are `Icon.list-icon.data-table-list-icon` inside Popups (data-table.tsx "semantic-icon"):
//   edit `users-list-item-edit-button` ("Edit"), delete `users-list-item-delete-button` ("Delete"), hidden
//   for the signed-in user; a click does not reach the row (stopPropagation);
// - a row click or the edit icon opens /console/users/<id>; delete asks in `user-mgt-user-list-confirmation-modal`
//   (checkbox assertion), then DELETE /scim2/Users/<id>, the success alert, and the list is fetched again;
// - empty: a search without result shows "No results found" with "Clear search query"; a store without users
//   `user-mgt-user-list-empty-placeholder`. The "Managed By" column is off in IS (`disableManagedByColumn`).
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { Header, Icon, Image, Popup } from "semantic-ui-react";
import { username as signedInUser } from "../auth/oidc.js";
import { showAlert } from "../widgets/alerts.jsx";
import { LinkButton } from "../widgets/buttons.jsx";
import { DataTable } from "../widgets/data-table.jsx";
import { ConfirmationModal } from "../widgets/modals.jsx";
import { EmptyPlaceholder } from "../widgets/text.jsx";
import { deleteUser } from "./api.js";
import { sourceIdOf, withoutDomain } from "./users.js";

const TID = "user-mgt-user-list";

function subHeader(user) {
    const { givenName, familyName } = user.name || {};
    if (givenName && familyName) return `${givenName} ${familyName}`;
    return givenName || familyName || null;
}

function initial(user) {
    const { givenName, familyName } = user.name || {};
    const first = givenName || familyName || (user.emails && typeof user.emails[0] === "string" && user.emails[0]);
    return (first || withoutDomain(user.userName)).charAt(0).toUpperCase();
}

// UserAvatar (react-components avatar/user-avatar.tsx, avatar.tsx, F) with a name and no image: the initial.
function Avatar({ user }) {
    return (
        <div className="avatar-wrapper">
            <div className="avatar-container">
                <Image centered verticalAlign="middle" circular className="ui user-image mini spaced-right"
                    data-testid="user-avatar" data-componentid="users-list-item-image" data-suppress="">
                    <span className="initials" data-testid="user-avatar-initials" data-componentid="users-list-item-image-initials">
                        {initial(user)}
                    </span>
                </Image>
            </div>
        </div>
    );
}

function Heading({ user }) {
    const sub = subHeader(user);
    return (
        <Header image as="h6" className="header-with-icon" data-componentid={`${TID}-item-heading`}>
            <Avatar user={user} />
            <Header.Content>
                <div>{withoutDomain(user.userName)}</div>
                {sub && <Header.Subheader data-componentid={`${TID}-item-sub-heading`}>{sub}</Header.Subheader>}
            </Header.Content>
        </Header>
    );
}

function Action({ icon, popup, hooks, onClick }) {
    const click = (event) => { event.stopPropagation(); onClick(); };
    return (
        <Popup inverted position="top center" content={popup} trigger={(
            <Icon className="list-icon data-table-list-icon" size="small" color="grey" name={icon} onClick={click} {...hooks} />
        )} />
    );
}

function Placeholder({ searchQuery, onSearchQueryClear }) {
    if (searchQuery) {
        return (
            <EmptyPlaceholder title="No results found"
                subtitle={[`We couldn't find any results for ${searchQuery}`, "Please try a different search term."]}
                action={<LinkButton onClick={onSearchQueryClear}>Clear search query</LinkButton>} />
        );
    }
    return (
        <EmptyPlaceholder data-testid={`${TID}-empty-placeholder`} title="Add a new User"
            subtitle={["There are currently no users available.", "You can add a new user easily by following the",
                "steps in the user creation wizard."]} />
    );
}

export function UsersList({ users, searchQuery, onSearchQueryClear, onUserDelete }) {
    const navigate = useNavigate();
    const [deleting, setDeleting] = useState(null);
    const edit = (user) => navigate(`/users/${user.id}`);
    const remove = () => deleteUser(deleting.id)
        .then(() => {
            showAlert({ level: "success", message: "User deleted successfully", description: "The user was deleted successfully." });
            onUserDelete();
        })
        .catch((error) => showAlert({ level: "error", message: "Error deleting the user", description: error.description || "Couldn't delete the user" }))
        .finally(() => setDeleting(null));
    const actions = (user) => (
        <>
            <Action icon="pencil alternate" popup="Edit" onClick={() => edit(user)}
                hooks={{ "data-componentid": "users-list-item-edit-button", "data-testid": "users-list-item-edit-button" }} />
            {withoutDomain(user.userName) !== signedInUser() && (
                <Action icon="trash alternate" popup="Delete" onClick={() => setDeleting(user)}
                    hooks={{ "data-componentid": "users-list-item-delete-button", "data-testid": "users-list-item-delete-button" }} />
            )}
        </>
    );
    const columns = [
        { id: "name", title: "User", render: (user) => <Heading user={user} /> },
        { id: "actions", title: "", textAlign: "right", render: actions }
    ];
    const resources = users.Resources || [];
    return (
        <>
            <DataTable data-testid={TID} columns={columns} items={resources} onRowClick={edit}
                placeholders={resources.length === 0 ? <Placeholder searchQuery={searchQuery} onSearchQueryClear={onSearchQueryClear} /> : null} />
            <ConfirmationModal open={deleting !== null} data-testid={`${TID}-confirmation-modal`} data-componentid={`${TID}-confirmation-modal`}
                header="Are you sure?" message="This action is irreversible and will permanently delete the user."
                content={deleting && sourceIdOf(deleting)
                    ? "If you delete this user, the user will not be able to log in to My Account or any other application to which the user was subscribed to until the next time the user signs in using a social login option."
                    : "If you delete this user, the user will not be able to log in to My Account or any other application the user was subscribed to before. Please proceed with caution."}
                assertion assertionType="checkbox" assertionHint="Please confirm your action."
                primaryAction="Confirm" secondaryAction="Cancel" onPrimaryActionClick={remove}
                onSecondaryActionClick={() => setDeleting(null)} />
        </>
    );
}
