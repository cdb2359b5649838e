// ResourceTab / ResourceTab.Pane of @wso2is/react-components (PROVENANCE.md "ResourceTab": identity-apps
// modules/react-components/src/components/tab/resource-tab/resource-tab.tsx, index id 15571180759, and
// resource-tab-pane.tsx @c18c0f33):
// - root `div.tabs.resource-tabs` (no `ui` class, no role) with the caller's test id and component id;
// - menu `div.ui.pointing.secondary.menu > a.item` (`a.active.item`): no role="tab", no id on items;
// - only the active pane is mounted (semantic Tab's renderActiveOnly);
// - a pane is `div.ui.segment.active.tab.resource-tab-pane` whose test id and component id default to
//   "resource-tab-pane" (the caller's pane content carries its own ids, or none).
import { Tab } from "semantic-ui-react";

export function ResourceTab({ panes, activeIndex, onTabChange, defaultActiveIndex = 0, ...hooks }) {
    const controlled = activeIndex === undefined ? {} : { activeIndex };
    return (
        <Tab
            className="tabs resource-tabs"
            menu={{ attached: false, pointing: true, secondary: true }}
            panes={panes}
            defaultActiveIndex={defaultActiveIndex}
            onTabChange={onTabChange}
            data-testid={hooks["data-testid"] ?? "resource-tabs"}
            data-componentid={hooks["data-componentid"] ?? "resource-tabs"}
            {...controlled}
        />
    );
}

export function ResourceTabPane({ children, controlledSegmentation, ...hooks }) {
    return (
        <Tab.Pane
            attached={false}
            className={controlledSegmentation ? "resource-tab-pane controlled-segments" : "resource-tab-pane"}
            data-testid={hooks["data-testid"] ?? "resource-tab-pane"}
            data-componentid={hooks["data-componentid"] ?? "resource-tab-pane"}
        >
            {children}
        </Tab.Pane>
    );
}
