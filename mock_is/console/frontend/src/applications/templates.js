// The application templates the simulated Console knows (PROVENANCE.md "Applications"): identity-apps
// features/admin.applications.v1/data/application-templates (F @90c4d925): the "Traditional Web
// Application" group (web-application-template-group.json) and its OIDC template
// (templates/oidc-web-application/oidc-web-application.json, id b9c5e11e-…). Only the templates the doc
// reaches are modelled; the others are not rendered.

export const OIDC_WEB_APP_TEMPLATE_ID = "b9c5e11e-fc78-484b-9bec-015d247561b8";
export const SAML_WEB_APP_TEMPLATE_ID = "776a73da-fd8e-490b-84ff-93009f8ede85";
export const CUSTOM_APPLICATION_OIDC = "custom-application-oidc";

// What a new OIDC Traditional Web Application carries (oidc-web-application.json "application"), the name,
// the redirect URL and the templateId set by the create wizard; allowedOrigins stay empty unless the admin
// allows the URL's origin (oauth-protocol-settings-wizard-form.tsx resolveAllowedOrigins). [not built] the
// refreshToken.expiryInSeconds the form reads from GET /applications/meta/inbound-protocols/oidc (the
// simulator serves no protocol metadata, so the key is left out).
export function oidcWebApplication(name, redirectUrl) {
    return {
        advancedConfigurations: { discoverableByEndUsers: false, skipLogoutConsent: true, skipLoginConsent: true },
        authenticationSequence: {
            type: "DEFAULT",
            steps: [{ id: 1, options: [{ idp: "LOCAL", authenticator: "basic" }] }]
        },
        inboundProtocolConfiguration: {
            oidc: {
                grantTypes: ["authorization_code"],
                publicClient: false,
                callbackURLs: [redirectUrl],
                allowedOrigins: []
            }
        },
        name,
        templateId: OIDC_WEB_APP_TEMPLATE_ID
    };
}

// The edit page's template label (resolveTemplateLabel): the template's name. [UNKNOWN] whether the
// template list the edit page looks in holds the group ("Traditional Web Application") or the OIDC
// sub-template ("OpenID Connect") under this id; the group's name is shown.
export function templateLabel(templateId) {
    if (templateId === OIDC_WEB_APP_TEMPLATE_ID) return "Traditional Web Application";
    if (templateId === CUSTOM_APPLICATION_OIDC) return "Standard-Based Application";
    return null;
}

// The list's template label (application-list.tsx): a template in a group shows the group's name.
export function listTemplateLabel(templateId) {
    if (templateId === OIDC_WEB_APP_TEMPLATE_ID) return "Traditional Web Application";
    if (templateId === CUSTOM_APPLICATION_OIDC) return "Standard-Based Application";
    return null;
}
