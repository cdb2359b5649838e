// Placeholder: built by the applications surface.
import { PageLayout } from "../widgets/layouts.jsx";

export function ApplicationsPage() {
    return <PageLayout data-testid="ApplicationsPage-placeholder" title="ApplicationsPage" />;
}
