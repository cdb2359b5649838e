// The words of the Connections pages that differ between the two Console releases, and the doc-named ones.
// PROVENANCE.md "Connections": the "Expert Mode" template is shown as "Custom Connector" on its template card
// in every version read (utils/connection-utils.ts `resolveConnectionName`, F and 2025). The wizard title and
// the edit page's template label were hard-coded "Custom Connector" (F: authenticator-create-wizard-factory.tsx,
// pages/connection-edit.tsx) and became the i18n override "Custom Authenticator (Plugin-based)"
// (`authenticationProvider:overrides.authenticators.customAuthenticators.pluginBased.name`, 2025 versions;
// rename decided 2025-02-13, product-is#23021, carbon-identity-framework#6490). That change cannot be dated
// against console 2.41.52 (IS 7.1.0, 2025-02-25), so 7.1 renders the older words and 7.2 the newer ones.
import { isConsole72 } from "../config.js";
import { label } from "../labels.js";

export const EXPERT_MODE_TEMPLATE_ID = "expert-mode-idp";

// utils/connection-utils.ts resolveConnectionName (F and 2025).
export function resolveConnectionName(name) {
    if (name === "Enterprise") return "Standard-Based IdP";
    if (name === "Expert Mode") return "Custom Connector";
    return name;
}

export function expertModeLabel() {
    return isConsole72() ? "Custom Authenticator (Plugin-based)" : "Custom Connector";
}

// authentication-provider.ts buttons.addIDP (the doc's "Create Connection" under the deviation).
export const newConnectionLabel = () => label("new_connection");
// common:create, the one-page expert wizard's submit (the doc's "Finish" under the deviation).
export const createConnectionSubmitLabel = () => label("create_connection_submit");
