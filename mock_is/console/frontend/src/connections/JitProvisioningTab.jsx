// Placeholder: the Just-in-Time Provisioning tab pane's content, built by the JIT surface.
// Contract with ConnectionEditPage: props { idp (GET /identity-providers/<id>), onUpdate (refetch), testId ("idp-edit-page") }.
export function JitProvisioningTab() {
    return null;
}
