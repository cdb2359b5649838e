// /console/applications/templates (PROVENANCE.md "Applications"): identity-apps features/admin.applications.v1/
// pages/application-template.tsx (F @90c4d925) with react-components grid/template-grid.tsx and
// card/template-card.tsx:
// - `PageLayout[data-testid=application-templates-page-layout]`, title "Create a New Application", back button
//   `[data-testid=application-templates-page-back-button]` "Go back to Applications"; no search, no filter
//   (SHOW_TEMPLATE_SEARCH / SHOW_TEMPLATE_FILTER are false);
// - the DEFAULT category's `TemplateGrid` `div.ui.grid.template-grid[data-testid=DEFAULT-template-grid]`
//   (component id: the grid's default `template-grid`); no heading (the category's displayName is empty);
// - each grouped template a `TemplateCard` `div.ui.card.template-card.inline.with-image[id=<id>]` with
//   test id and component id `<id>`, `<id>-header`, `<id>-description`, its "E.g.," tags; the "Traditional
//   Web Application" group's id is `web-application`; a click opens the MinimalAppCreateWizard.
// 2025 (IS 7.1/7.2): the route renders admin.application-templates.v1's page instead (Oxygen cards
// `application-template-card-<id>` from GET /extensions/applications); its list was not read, so F's page is
// rendered for both releases (UNKNOWN) and the page object looks for either card.
// [not built] the other templates' wizards: their cards open nothing.
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { Card, Grid } from "semantic-ui-react";
import { PageLayout } from "../widgets/layouts.jsx";
import { MinimalAppCreateWizard } from "./MinimalAppCreateWizard.jsx";

const TEST_ID = "application-templates";
// Grouped templates of the DEFAULT category by displayOrder (application-templates-config.ts and the
// template JSONs, F). [UNKNOWN] where the -1 templates (Standard-Based, M2M) sort.
const TEMPLATES = [
    { id: "6a90e4b0-fbff-42d7-bfde-1efd98f07cd7", name: "Single-Page Application",
        description: "Web applications that perform user interface logic in a web browser.",
        types: ["react", "angular", "javascript"] },
    { id: "web-application", name: "Traditional Web Application",
        description: "A web application that runs application logic on the server.",
        types: ["java", "dotNet", "nodejs", "php"], wizard: true },
    { id: "mobile-application", name: "Mobile Application",
        description: "Applications developed to target mobile devices.", types: ["android", "ios"] },
    { id: "custom-application", name: "Standard-Based Application",
        description: "Applications built using standard protocols.", types: ["oidc", "saml", "wsFed"] },
    { id: "m2m-application", name: "M2M Application",
        description: "Applications tailored for Machine to Machine communication", types: ["oauth2"] }
];

function TemplateCard({ template, onClick }) {
    const id = template.id;
    return (
        <Card id={id} as="div" link={false} onClick={onClick} className="template-card inline with-image"
            data-testid={id} data-componentid={id}>
            <Card.Content className="card-image-container">
                <div className="ui tiny image theme-icon card-image square transparent" data-testid={`${id}-image`}
                    data-componentid={`${id}-image`} />
            </Card.Content>
            <Card.Content className="card-text-container">
                <Card.Header data-testid={`${id}-header`} data-componentid={`${id}-header`}>{template.name}</Card.Header>
                <Card.Description data-testid={`${id}-description`} data-componentid={`${id}-description`}>
                    {template.description}
                </Card.Description>
                <div className="tags-container" data-testid={`${id}-tags-container`} data-componentid={`${id}-tags-container`}>
                    <div className="title" data-testid={`${id}-tags-title`} data-componentid={`${id}-tags-title`}>E.g.,</div>
                    <div className="tags" data-testid={`${id}-tags`} data-componentid={`${id}-tags`}>
                        {template.types.map((type) => <span key={type} className="tag">{type}</span>)}
                    </div>
                </div>
            </Card.Content>
        </Card>
    );
}

export function ApplicationTemplatesPage() {
    const navigate = useNavigate();
    const [selected, setSelected] = useState(null);
    return (
        <PageLayout
            title="Create a New Application"
            description={"Create an application using one of the templates given below. If nothing matches your "
                + "application type, start with the Standard-Based Application template."}
            backButton={{
                "data-testid": `${TEST_ID}-page-back-button`,
                onClick: () => navigate("/applications"),
                text: "Go back to Applications"
            }}
            data-testid={`${TEST_ID}-page-layout`}
        >
            <div className="templates quick-start-templates">
                <Grid className="template-grid" data-testid="DEFAULT-template-grid" data-componentid="template-grid">
                    <Grid.Row>
                        <Grid.Column>
                            <Card.Group>
                                {TEMPLATES.map((t) => (
                                    <TemplateCard key={t.id} template={t} onClick={t.wizard ? () => setSelected(t) : undefined} />
                                ))}
                            </Card.Group>
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </div>
            {selected && <MinimalAppCreateWizard template={selected} onClose={() => setSelected(null)} />}
        </PageLayout>
    );
}
