// /console/connections/templates (PROVENANCE.md "Connections"): identity-apps features/admin.connections.v1/pages/
// connection-templates.tsx (F @90c4d925; 2025 @040c1e45) and components/create/authenticator-create-wizard-factory.tsx:
// - `PageLayout[data-componentid=connection-templates-page-layout]` (no test id of its own, so the layout's
//   default "page-layout"), back button `[data-componentid=connection-templates-page-back-button]`;
// - GET /api/server/v1/extensions/connections; templates with a negative displayOrder, the organization
//   enterprise one and the hidden ones are dropped;
// - each template a `ResourceGrid.Card[data-testid=connection-templates-<raw name>]` (so
//   "connection-templates-Expert Mode") headed by resolveConnectionName ("Custom Connector"). The caller omits
//   `showResourceAction`, so InfoCard's default applies: the card root takes no click, its "Create" button does;
// - a click fetches GET /extensions/connections/<id>/template and the connections whose names start with the
//   template's name (to make the wizard's title unique), then opens the template's wizard.
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { ResourceGrid, ResourceGridCard } from "../widgets/cards.jsx";
import { PageLayout } from "../widgets/layouts.jsx";
import { showAlert } from "../widgets/alerts.jsx";
import { getConnectionTemplate, listConnections, listConnectionTemplates } from "./api.js";
import { ExpertModeWizard } from "./ExpertModeWizard.jsx";
import { EXPERT_MODE_TEMPLATE_ID, resolveConnectionName } from "./texts.js";

const COMPONENT_ID = "connection-templates";
const HIDDEN = new Set(["organization-enterprise-idp", "enterprise-idp", "custom-authenticator"]);

function visible(templates) {
    return templates
        .filter((t) => !(t.displayOrder < 0) && !HIDDEN.has(t.id))
        .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0));
}

// generateUniqueIDPName: "Expert Mode" → "Expert Mode 2" while a connection of that name exists.
function uniqueName(initial, taken) {
    let name = initial;
    for (let i = 2; taken.includes(name); i += 1) {
        name = initial.split(" ").length > 1 ? `${initial} ${i}` : `${initial}${i}`;
    }
    return name;
}

async function openTemplate(id) {
    const template = await getConnectionTemplate(id);
    const filter = `name sw ${template.idp && template.idp.name ? template.idp.name : template.name}`;
    const found = await listConnections(filter);
    const taken = found.totalResults ? found.identityProviders.map((idp) => idp.name) : [];
    return { ...template, name: uniqueName(template.name, taken) };
}

export function ConnectionTemplatesPage() {
    const navigate = useNavigate();
    const [templates, setTemplates] = useState(null);
    const [wizard, setWizard] = useState(null);

    useEffect(() => {
        listConnectionTemplates()
            .then((list) => setTemplates(visible(list)))
            .catch((error) => showAlert({ level: "error", message: "Retrieval error",
                description: error.description || "An error occurred while retrieving connection templates." }));
    }, []);

    const select = (template) => {
        openTemplate(template.id)
            .then((loaded) => setWizard({ type: template.id, template: loaded }))
            .catch((error) => showAlert({ level: "error", message: "Retrieval error",
                description: error.description || "An error occurred while retrieving the connection template." }));
    };

    const onCreated = (id) => navigate(id ? `/connections/${id}?state=new` : "/connections");
    return (
        <PageLayout
            title="Create a New Connection"
            description="Select a connection type and create a new connection."
            backButton={{
                "data-componentid": `${COMPONENT_ID}-page-back-button`,
                onClick: () => navigate("/connections"),
                text: "Go back to Connections"
            }}
            data-componentid={`${COMPONENT_ID}-page-layout`}
        >
            {templates && (
                <ResourceGrid isEmpty={templates.length === 0}>
                    {templates.map((template) => (
                        <ResourceGridCard
                            key={template.id}
                            header={resolveConnectionName(template.name)}
                            description={template.description}
                            onClick={() => select(template)}
                            showCardAction
                            data-testid={`${COMPONENT_ID}-${template.name}`}
                        />
                    ))}
                </ResourceGrid>
            )}
            {wizard && wizard.type === EXPERT_MODE_TEMPLATE_ID && (
                <ExpertModeWizard template={wizard.template} onClose={() => setWizard(null)} onCreated={onCreated}
                    data-componentid={wizard.template.templateId || "expert-mode-idp-create-wizard"} />
            )}
        </PageLayout>
    );
}
