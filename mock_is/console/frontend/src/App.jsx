// Routes of the simulated Console (PROVENANCE.md "routes": identity-apps features/admin.core.v1/configs/
// routes.tsx and constants/app-constants.ts): the shell around the pages the doc touches, and the
// no-access page outside it.
import { BrowserRouter, Navigate, Route, Routes } from "react-router-dom";
import { ThemeProvider, extendTheme } from "@oxygen-ui/react/theme";
import { AlertSystem } from "./widgets/alerts.jsx";
import { Shell } from "./shell/Shell.jsx";
import { Home } from "./shell/Home.jsx";
import { Unauthorized } from "./shell/Unauthorized.jsx";
import { ConnectionsPage } from "./connections/ConnectionsPage.jsx";
import { ConnectionTemplatesPage } from "./connections/ConnectionTemplatesPage.jsx";
import { ConnectionEditPage } from "./connections/ConnectionEditPage.jsx";
import { ApplicationsPage } from "./applications/ApplicationsPage.jsx";
import { ApplicationTemplatesPage } from "./applications/ApplicationTemplatesPage.jsx";
import { ApplicationEditPage } from "./applications/ApplicationEditPage.jsx";
import { UsersPage } from "./users/UsersPage.jsx";
import { UserEditPage } from "./users/UserEditPage.jsx";

// A token without SYSTEM cannot use the Console: app.tsx sends such a user to /unauthorized.
function hasAccess(session) {
    return session !== null && session.scopes.includes("SYSTEM");
}

function ShellRoutes() {
    return (
        <Shell>
            <Routes>
                <Route path="/getting-started" element={<Home />} />
                <Route path="/connections" element={<ConnectionsPage />} />
                <Route path="/connections/templates" element={<ConnectionTemplatesPage />} />
                <Route path="/connections/:id" element={<ConnectionEditPage />} />
                <Route path="/applications" element={<ApplicationsPage />} />
                <Route path="/applications/templates" element={<ApplicationTemplatesPage />} />
                <Route path="/applications/:id" element={<ApplicationEditPage />} />
                <Route path="/users" element={<UsersPage />} />
                <Route path="/users/:id" element={<UserEditPage />} />
                <Route path="*" element={<Navigate to="/getting-started" replace />} />
            </Routes>
        </Shell>
    );
}

// apps/console/src/index.tsx wraps the app in Oxygen's ThemeProvider (light mode, key "console-oxygen-mode").
const THEME = extendTheme({});

export function App({ session }) {
    const allowed = hasAccess(session);
    return (
        <ThemeProvider theme={THEME} defaultMode="light" modeStorageKey="console-oxygen-mode">
        <BrowserRouter basename="/console">
            <AlertSystem />
            <Routes>
                <Route path="/unauthorized" element={<Unauthorized />} />
                <Route path="*" element={allowed ? <ShellRoutes /> : <Navigate to="/unauthorized?error=access_denied" replace />} />
            </Routes>
        </BrowserRouter>
        </ThemeProvider>
    );
}
