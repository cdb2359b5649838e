// Placeholder: the Attributes tab pane's content, built by the Attributes surface.
// Contract with ConnectionEditPage: props { idp (GET /identity-providers/<id>), onUpdate (refetch), testId ("idp-edit-page") }.
export function AttributesTab() {
    return null;
}
