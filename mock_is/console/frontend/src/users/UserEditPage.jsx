// /console/users/<id> (identity-apps features/admin.users.v1/pages/user-edit.tsx and components/edit-user.tsx,
// F; 2025 user-edit.tsx @01112d5c for 7.2; PROVENANCE.md "Users"):
// - a TabPageLayout given NO test id, so its hooks are the layout's defaults: `page-layout`, the title
//   `page-layout-page-header-title` (the enabled/disabled circle when SCIM says `active`, then the username
//   without its domain); back button `user-mgt-edit-user-back-button` "Go back to Users";
// - the description: the user's name, then for a user with a `userSourceId` a `Label.profile-user-source-label`
//   holding the IdP icon (from `idpType`) and `Label.Detail` = the userSourceId, and one more for `userSource`.
//   They are read from the enterprise schema in 7.1 (F) and from `urn:scim:wso2:schema` in 7.2 (2025); no test ids;
// - tabs (ResourceTab, no test id): Profile, Groups, Roles, Active Sessions; the profile is read-only for a user
//   with a `userSourceId` (edit-user.tsx `setReadOnly`) — a JIT-provisioned account;
// - GET /scim2/Users/<id> (useUserDetails), GET /scim2/Schemas (the profile schemas the Console loads at sign-in);
//   while either loads the page shows the loading layout (no title, no back button).
// [not built] the Groups, Roles and Active Sessions panes' content and the avatar.
import { useCallback, useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import Button from "@oxygen-ui/react/Button";
import { Icon, Label, Popup } from "semantic-ui-react";
import { isConsole72 } from "../config.js";
import { showAlert } from "../widgets/alerts.jsx";
import { TabPageLayout } from "../widgets/layouts.jsx";
import { ResourceTab, ResourceTabPane } from "../widgets/tabs.jsx";
import { EmptyPlaceholder } from "../widgets/text.jsx";
import { UserProfile } from "./UserProfile.jsx";
import { getSchemas, getUser } from "./api.js";
import { profileSchema } from "./profileSchema.js";
import { ENTERPRISE_SCHEMA, sourceOf, withoutDomain } from "./users.js";

function SourceIcon() {
    return (
        <div className="theme-icon inline transparent default square mt-1 mb-0" data-testid="generic-icon" data-componentid="generic-icon">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" rx="2" /></svg>
        </div>
    );
}

function Description({ user }) {
    const { givenName, familyName } = user.name || {};
    const name = givenName && familyName ? `${givenName} ${familyName}` : givenName || familyName || null;
    const source = sourceOf(user);
    return (
        <div>
            {name}
            {source.userSourceId && (
                <Label className="profile-user-source-label">
                    <SourceIcon />
                    <Label.Detail className="mt-1 ml-0 mb-1">{source.userSourceId}</Label.Detail>
                </Label>
            )}
            {source.userSource && (
                <Label className={name ? "profile-user-source-label" : "profile-user-source-label ml-0"}>
                    <SourceIcon />
                    <Label.Detail className="mt-1 ml-0 mb-1">{source.userSource}</Label.Detail>
                </Label>
            )}
        </div>
    );
}

function Title({ user }) {
    const circle = (color, text) => (
        <Popup inverted content={text}
            trigger={<Icon className="mr-2 ml-0 vertical-aligned-baseline" size="small" name="circle" color={color} />} />
    );
    return (
        <>
            {user.active !== undefined && (user.active ? circle("green", "Enabled") : circle("orange", "Disabled"))}
            {withoutDomain(user.userName)}
        </>
    );
}

function useUserDetails(id) {
    const [state, setState] = useState({ user: null, error: null });
    const load = useCallback(() => {
        getUser(id).then((user) => setState({ user, error: null })).catch((error) => {
            setState({ user: null, error });
            showAlert({ level: "error", message: "Retrieval error", description: error.description || "Couldn't retrieve user profile details." });
        });
    }, [id]);
    useEffect(load, [load]);
    return [state, load];
}

function useProfileSchema() {
    const [schema, setSchema] = useState(null);
    useEffect(() => {
        getSchemas().then((schemas) => setSchema(profileSchema(schemas))).catch((error) => {
            setSchema([]);
            showAlert({ level: "error", message: "Something went wrong", description: error.description || "Couldn't retrieve the profile schemas." });
        });
    }, []);
    return schema;
}

function panes(user, schema, onUpdated) {
    const pane = (content) => () => <ResourceTabPane controlledSegmentation>{content}</ResourceTabPane>;
    return [
        { menuItem: "Profile", render: pane(
            <UserProfile key={user.meta?.lastModified} user={user} schema={schema} readOnly={Boolean(sourceOf(user).userSourceId)}
                profileSchemaId={isConsole72() ? null : ENTERPRISE_SCHEMA} onUpdated={onUpdated} />
        ) },
        { menuItem: "Groups", render: pane(null) },
        { menuItem: "Roles", render: pane(null) },
        { menuItem: "Active Sessions", render: pane(null) }
    ];
}

export function UserEditPage() {
    const { id } = useParams();
    const navigate = useNavigate();
    const [{ user, error }, reload] = useUserDetails(id);
    const schema = useProfileSchema();
    if (error) {
        return (
            <EmptyPlaceholder title="Something went wrong" action={<Button variant="text" onClick={() => window.location.reload()}>Refresh the page</Button>}
                subtitle={["Something went wrong while displaying this page.", "See the browser console for technical details."]} />
        );
    }
    if (user === null || schema === null) {
        return <TabPageLayout />;
    }
    return (
        <TabPageLayout title={<Title user={user} />} description={<Description user={user} />}
            backButton={{ "data-testid": "user-mgt-edit-user-back-button", onClick: () => navigate("/users"), text: "Go back to Users" }}>
            <ResourceTab panes={panes(user, schema, reload)} />
        </TabPageLayout>
    );
}
