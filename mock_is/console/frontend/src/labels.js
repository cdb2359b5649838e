// The words the Console shows where the doc names a control: the real Console's (identity-apps i18n,
// cited per key in PROVENANCE.md), or, under the simulator's "console-labels-as-documented" deviation
// (mock_is/console/labels.py), the doc's, so the harness's drift warnings can be shown both ways.
import { config } from "./config.js";

const LABELS = {
    // authentication-provider.ts buttons.addIDP vs the doc's "Click Create Connection".
    new_connection: ["New Connection", "Create Connection"],
    // the expert-mode wizard has one page, so its submit reads common:create; the doc says "Finish".
    create_connection_submit: ["Create", "Finish"],
    // the add-authenticator modal's button is common:add; the doc says "Confirm".
    add_option_submit: ["Add", "Confirm"],
    // idp forms.attributeSettings.attributeMapping.heading; the doc says "Identity Provider Attribute Mappings".
    attribute_mappings_heading: ["Connection Attribute Mappings", "Identity Provider Attribute Mappings"]
};

export function label(key) {
    const [real, doc] = LABELS[key];
    return config().labelsAsDocumented ? doc : real;
}
