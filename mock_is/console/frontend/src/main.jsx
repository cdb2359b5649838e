// The simulated Console's entry: read the deployment config, sign the admin in (OIDC + PKCE against this
// IS), then render the routes. Styles are semantic-ui-css's component sheets (the site sheet is left out:
// it imports Lato from fonts.googleapis.com, and the Console must not leave the machine).
import { createRoot } from "react-dom/client";
import "./styles.js";
import { loadConfig } from "./config.js";
import { signIn, SignInError } from "./auth/oidc.js";
import { App } from "./App.jsx";

async function start() {
    const root = createRoot(document.getElementById("root"));
    const cfg = await loadConfig();
    let session = null;
    try {
        session = await signIn(cfg);
    } catch (error) {
        if (!(error instanceof SignInError)) throw error;
        // protected-app.tsx: a failed sign-in lands on the no-access page.
    }
    root.render(<App session={session} />);
}

start();
