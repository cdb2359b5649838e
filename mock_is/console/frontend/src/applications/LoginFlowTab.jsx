// Placeholder: the Login Flow tab pane's content (Visual and Classic editors), built by the Login Flow surface.
// Contract with ApplicationEditPage: props { application (GET /applications/<id>), onUpdate (refetch) };
// the editor shown follows config().loginFlowEditor ("visual" | "classic").
export function LoginFlowTab() {
    return null;
}
