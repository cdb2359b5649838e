// The signed-in shell (PROVENANCE.md "shell": identity-apps features/admin.views.v1/app.tsx @2a015d91,
// features/admin.core.v1/components/header.tsx, features/admin.core.v1/utils/route-utils.ts; Oxygen UI
// AppShell / Header / Navbar): no `side-panel` test id and no navigation role anywhere.
// - header: Oxygen Header (`header.oxygen-header.is-header[role=banner]`) whose user menu trigger carries
//   `data-testid`/`data-componentid` "app-header-user-avatar" — rendered only once signed in;
// - navbar: Oxygen Navbar (a permanent MUI Drawer) with items `side-panel-items-<kebab route id>` on
//   `role=button` elements that push the route (no links); "Users" is a sub-item of the collapsed
//   "User Management" group and is not in the DOM until the group is clicked.
import { useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import AppShell from "@oxygen-ui/react/AppShell";
import Header from "@oxygen-ui/react/Header";
import Navbar from "@oxygen-ui/react/Navbar";
import { username } from "../auth/oidc.js";
import logo from "../assets/logo.svg";

// header.tsx passes the product logo as `brand.logo`; Oxygen renders it in `div.oxygen-brand-logo`.
const LOGO = <img alt="logo" src={logo} />;

const ROUTES = [
    { category: "overview", items: [{ id: "getting-started", label: "Home", path: "/getting-started" }] },
    {
        category: "build",
        items: [
            { id: "applications", label: "Applications", path: "/applications" },
            { id: "identity-providers", label: "Connections", path: "/connections" }
        ]
    },
    {
        category: "manage",
        items: [{ id: "user-management", label: "User Management", items: [{ id: "users", label: "Users", path: "/users" }] }]
    }
];

function hooks(id) {
    return { "data-testid": `side-panel-items-${id}`, "data-componentid": `side-panel-items-${id}` };
}

function navbarItems(pathname, navigate, expanded, setExpanded) {
    const selected = (path) => pathname === path || pathname.startsWith(`${path}/`);
    const item = (route) => ({ ...hooks(route.id), id: route.id, label: route.label, selected: selected(route.path),
        onClick: () => navigate(route.path) });
    return ROUTES.map((group) => ({
        id: group.category,
        items: group.items.map((route) => route.items ? {
            ...hooks(route.id),
            id: route.id,
            label: route.label,
            expanded,
            onClick: () => setExpanded(!expanded),
            selected: route.items.some((sub) => selected(sub.path)),
            items: route.items.map(item)
        } : item(route))
    }));
}

export function Shell({ children }) {
    const navigate = useNavigate();
    const { pathname } = useLocation();
    const [expanded, setExpanded] = useState(false);
    const user = { name: username() };
    return (
        <AppShell
            header={(
                <Header
                    className="is-header"
                    position="fixed"
                    showCollapsibleHamburger
                    brand={{ logo: { desktop: LOGO, mobile: LOGO }, title: "Console", onClick: () => navigate("/getting-started") }}
                    user={user}
                    userDropdownMenu={{
                        triggerOptions: { "data-componentid": "app-header-user-avatar", "data-testid": "app-header-user-avatar" },
                        menuItems: []
                    }}
                />
            )}
            navigation={<Navbar items={navbarItems(pathname, navigate, expanded, setExpanded)} fill="solid" open collapsible={false} />}
        >
            {children}
        </AppShell>
    );
}
