// The admin's sign-in, as the real Console does it (PROVENANCE.md "sign-in": identity-apps
// apps/console/src/index.jsp and features/admin.authentication.v1/utils/authenticate-utils.ts): an OIDC
// public client "CONSOLE" of the same IS, authorization code with PKCE (S256), scope "openid SYSTEM
// profile", redirect URI <origin>/console, response_mode=form_post. IS posts the code to /console, the
// server hands it to the app at /console/auth. The page asked for is kept in sessionStorage under
// "auth_callback_url_console" and opened after the exchange (home when it was /console itself).
// The token lives only in this page's memory (the real one keeps it in a web worker: storage "webWorker"),
// so every full page load signs in again through /oauth2/authorize; IS's SSO session makes that round
// trip show no form.

const PENDING = "xlogin.console.pending";
const CALLBACK_URL = "auth_callback_url_console";
let session = null;

function randomString(bytes) {
    const data = new Uint8Array(bytes);
    crypto.getRandomValues(data);
    return base64url(data);
}

function base64url(bytes) {
    let text = "";
    bytes.forEach((b) => { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function challengeOf(verifier) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
    return base64url(new Uint8Array(digest));
}

async function redirectToAuthorize(cfg) {
    const verifier = randomString(48);
    const state = randomString(16);
    sessionStorage.setItem(CALLBACK_URL, window.location.pathname + window.location.hash);
    sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier }));
    const query = new URLSearchParams({
        response_type: "code",
        client_id: cfg.clientId,
        scope: cfg.scope.join(" "),
        redirect_uri: cfg.signInRedirectURL,
        response_mode: "form_post",
        code_challenge: await challengeOf(verifier),
        code_challenge_method: "S256",
        state
    });
    window.location.assign(`${cfg.serverOrigin}/oauth2/authorize?${query}`);
    return new Promise(() => {});  // the page is leaving
}

async function redeem(cfg, code, pending) {
    const form = new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: cfg.signInRedirectURL,
        client_id: cfg.clientId,
        code_verifier: pending.verifier
    });
    const response = await fetch(`${cfg.serverOrigin}/oauth2/token`, { method: "POST", body: form });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
        throw new SignInError(body.error_description || body.error || `HTTP ${response.status}`);
    }
    return body;
}

async function postedAuthorization(cfg) {
    const response = await fetch(`${cfg.serverOrigin}/console/auth`, { cache: "no-store" });
    return response.ok ? response.json() : {};
}

// Where to go once signed in: the stored page, or home for the Console's root (app.tsx loginSuccessRedirect).
function landing(cfg) {
    const stored = sessionStorage.getItem(CALLBACK_URL) || "";
    sessionStorage.removeItem(CALLBACK_URL);
    const root = ["", "/console", "/console/"];
    return root.includes(stored) ? cfg.homePath : stored;
}

async function userOf(cfg, accessToken) {
    const response = await fetch(`${cfg.serverOrigin}/oauth2/userinfo`, {
        headers: { Authorization: `Bearer ${accessToken}` }
    });
    if (!response.ok) {
        throw new SignInError(`userinfo: HTTP ${response.status}`);
    }
    const claims = await response.json();
    return claims.username || claims.preferred_username || claims.sub;
}

export class SignInError extends Error {}

// Resolves with {username, accessToken, scopes} once signed in; otherwise leaves for the authorize endpoint.
export async function signIn(cfg) {
    if (session !== null) {
        return session;
    }
    const raw = sessionStorage.getItem(PENDING);
    const posted = raw ? await postedAuthorization(cfg) : {};
    if (!raw || !(posted.code || posted.error)) {
        return redirectToAuthorize(cfg);
    }
    sessionStorage.removeItem(PENDING);
    const pending = JSON.parse(raw);
    if (posted.state !== pending.state) {
        return redirectToAuthorize(cfg);
    }
    if (posted.error) {
        throw new SignInError(posted.error_description || posted.error);
    }
    const tokens = await redeem(cfg, posted.code, pending);
    session = {
        accessToken: tokens.access_token,
        scopes: String(tokens.scope || "").split(" ").filter(Boolean),
        username: await userOf(cfg, tokens.access_token)
    };
    window.history.replaceState(null, "", landing(cfg));
    return session;
}

export function accessToken() {
    return session === null ? null : session.accessToken;
}

export function username() {
    return session === null ? null : session.username;
}
