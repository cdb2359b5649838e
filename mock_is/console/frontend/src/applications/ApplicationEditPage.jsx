// Placeholder: built by the applications surface.
import { PageLayout } from "../widgets/layouts.jsx";

export function ApplicationEditPage() {
    return <PageLayout data-testid="ApplicationEditPage-placeholder" title="ApplicationEditPage" />;
}
