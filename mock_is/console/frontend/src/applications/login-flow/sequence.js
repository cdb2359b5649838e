// The login-flow editing rules both editors share (PROVENANCE.md "Login Flow"; identity-apps
// authentication-flow-provider.tsx, step-based-flow.tsx and utils/adaptive-script-utils.ts, F @90c4d925):
// - an option is `{ authenticator: <the default authenticator's name>, idp: <connection name or LOCAL> }`;
// - the same authenticator twice in one step is refused with the "Not allowed" warning;
// - a new step gets the next id and no options;
// - the default script is "var onLoginRequest = function(context) {" + "    executeStep(<i>);" per step + "};".
import { showAlert } from "../../widgets/alerts.jsx";

export const DEFAULT_STEPS = [{ id: 1, options: [{ authenticator: "BasicAuthenticator", idp: "LOCAL" }] }];

export function generateScript(stepCount) {
    const steps = [];
    for (let i = 1; i < stepCount; i++) steps.push(`    executeStep(${i});`);
    return ["var onLoginRequest = function(context) {", ...steps, "};", ""].join("\n");
}

export function isEmptyScript(script) {
    return !script || !String(script).replace(/\s/g, "");
}

export function isDefaultScript(script, stepCount) {
    return String(script || "").replace(/\s/g, "") === generateScript(stepCount + 1).replace(/\s/g, "");
}

function isDuplicate(authenticator, options) {
    return (options || []).some((option) => option.authenticator === authenticator?.defaultAuthenticator?.name);
}

// The step list with `authenticator` added to step `stepIndex` (0-based), or null when refused.
export function withOption(steps, stepIndex, authenticator) {
    if (!authenticator) return null;
    const next = steps.map((s) => ({ ...s, options: [...s.options] }));
    if (stepIndex === next.length) next.push({ id: next.length + 1, options: [] });
    if (isDuplicate(authenticator, next[stepIndex]?.options)) {
        showAlert({ level: "warning", message: "Not allowed",
            description: "The same authenticator is not allowed more than once in a single step." });
        return null;
    }
    const reference = authenticator.authenticators.find(
        (a) => a.authenticatorId === authenticator.defaultAuthenticator.authenticatorId) || authenticator.defaultAuthenticator;
    next[stepIndex].options.push({ authenticator: reference.name, idp: authenticator.idp });
    return next;
}

export function withStep(steps) {
    return [...steps.map((s) => ({ ...s, options: [...s.options] })), { id: steps.length + 1, options: [] }];
}

export function withoutOption(steps, stepIndex, optionIndex) {
    return steps.map((s, i) => (i === stepIndex ? { ...s, options: s.options.filter((_, j) => j !== optionIndex) } : s));
}

// The Console's alerts after PATCH /applications/<id> (applications.ts notifications.updateAuthenticationFlow).
export function alertUpdated() {
    showAlert({ level: "success", message: "Update successful",
        description: "Successfully updated the authentication flow of the application." });
}

export function alertUpdateFailed(error, scriptWords) {
    if (error?.code === "APP-60001") {
        showAlert({ level: "error", ...scriptWords });
        return;
    }
    if (error?.description) {
        showAlert({ level: "error", message: "Update error", description: error.description });
        return;
    }
    showAlert({ level: "error", message: "Something went wrong",
        description: "An error occurred while updating the authentication flow of the application." });
}
