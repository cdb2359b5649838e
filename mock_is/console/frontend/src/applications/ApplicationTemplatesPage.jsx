// Placeholder: built by the applications surface.
import { PageLayout } from "../widgets/layouts.jsx";

export function ApplicationTemplatesPage() {
    return <PageLayout data-testid="ApplicationTemplatesPage-placeholder" title="ApplicationTemplatesPage" />;
}
