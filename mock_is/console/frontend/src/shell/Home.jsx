// /console/getting-started: the Console's home (PROVENANCE.md "home": identity-apps
// features/admin.extensions.v1/components/getting-started/getting-started.tsx @90c4d925): a PageLayout with
// component id "getting-started-page-layout" and no test id of its own (so the layout's default
// "page-layout"), titled "Home". The cards it shows are none of the doc's business and are left out.
import { PageLayout } from "../widgets/layouts.jsx";

export function Home() {
    return <PageLayout data-componentid="getting-started-page-layout" />;
}
