// The application's Login Flow tab pane (PROVENANCE.md "Login Flow: Visual and Classic editors"): identity-apps
// features/admin.authentication-flow-builder.v1/components/authentication-flow-builder.tsx and
// providers/authentication-flow-provider.tsx (F @90c4d925; 2025 features/admin.login-flow-builder.v1 @3ae54092),
// around sign-on-methods-core.tsx's legacy builder.
// Contract with ApplicationEditPage: props { application (GET /applications/<id>), onUpdate (refetch) }.
// - which editors are enabled is the deployment's `console.applications` disabled features
//   (`applications.loginFlow.visualEditor` / `applications.loginFlow.legacyEditor`); here
//   config().loginFlowEditor: "visual" = only the Visual editor (a default pack), "classic" = both, and with both
//   the builder opens on the Classic one (FlowModes[0]; its useEffect returns early when both are enabled);
// - with both enabled an Oxygen `Tabs` (aria-label "basic tabs example") shows "Classic Editor"
//   (`authentication-flow-builder-0-tab`) and "Visual Editor" (`…-1-tab`); two Oxygen TabPanels
//   (`role=tabpanel`) `authentication-flow-builder-legacy-builder` and `…-visual-builder` are always in the
//   DOM, the inactive one `hidden` and empty;
// - 7.2 (2025) also puts `data-componentid="authentication-flow-builder"` on the root Box;
// - the editors' sequence starts as the application's (a missing script becomes the default one); the Visual
//   editor's Update PATCHes `{ authenticationSequence: { …, type: USER_DEFINED, script: the default script for
//   its steps } }` (conditional authentication off), the Classic one its own body; then the alerts and
//   `onUpdate` (the page refetches);
// - the Classic editor waits for the authenticators behind a loader (sign-on-methods-core.tsx ContentLoader);
//   the Visual one is drawn at once and fills in its options and the modal's cards when they arrive.
// [UNKNOWN/left out] the predefined-flows side panel, the conditional-authentication switch and script editor,
// and the mode-switch confirmation modal (a click on the other tab changes nothing here).
import Box from "@oxygen-ui/react/Box";
import Tab from "@oxygen-ui/react/Tab";
import TabPanel from "@oxygen-ui/react/TabPanel";
import Tabs from "@oxygen-ui/react/Tabs";
import Typography from "@oxygen-ui/react/Typography";
import { useEffect, useState } from "react";
import { config, isConsole72 } from "../config.js";
import { EmphasizedSegment } from "../widgets/text.jsx";
import { loadAuthenticators } from "./login-flow/authenticators.js";
import { ClassicEditor } from "./login-flow/ClassicEditor.jsx";
import { VisualEditor } from "./login-flow/VisualEditor.jsx";
import { DEFAULT_STEPS, alertUpdateFailed, alertUpdated, generateScript, isEmptyScript } from "./login-flow/sequence.js";
import { updateAuthenticationSequence } from "./login-flow/api.js";

const CID = "authentication-flow-builder";
const NO_AUTHENTICATORS = { enterprise: [], local: [], recovery: [], secondFactor: [], social: [] };
const MODES = [{ id: 0, label: "Classic Editor" }, { id: 1, label: "Visual Editor" }];
const VISUAL_SCRIPT_ERROR = { message: "Invalid authentication script",
    description: "The authentication script contains invalid syntax. Please correct the script and try again." };
const CLASSIC_SCRIPT_ERROR = { message: "Failed to update the script",
    description: "Looping constructs such as for, while, and forEach are not allowed in the conditional authentication script." };

function initialSequence(application) {
    const sequence = structuredClone(application.authenticationSequence || { steps: DEFAULT_STEPS });
    return sequence.script ? sequence : { ...sequence, script: generateScript(2) };
}

function Loader() {
    return <EmphasizedSegment padded="true"><div className="ui active centered inline loader" /></EmphasizedSegment>;
}

export function LoginFlowTab({ application, onUpdate }) {
    const bothEnabled = config().loginFlowEditor === "classic";
    const active = bothEnabled ? 0 : 1;
    const [categories, setCategories] = useState(null);
    const [sequence, setSequence] = useState(() => initialSequence(application));
    const [saving, setSaving] = useState(false);

    useEffect(() => { setSequence(initialSequence(application)); }, [application]);
    useEffect(() => {
        loadAuthenticators().then(setCategories).catch(() => setCategories(NO_AUTHENTICATORS));
    }, []);

    const patch = (body, scriptError) => {
        setSaving(true);
        return updateAuthenticationSequence(application.id, body)
            .then(() => alertUpdated())
            .catch((error) => alertUpdateFailed(error, scriptError))
            .finally(() => { setSaving(false); onUpdate(application.id); });
    };
    const visualUpdate = (next) => patch({ authenticationSequence: { ...structuredClone(next), type: "USER_DEFINED",
        script: generateScript(next.steps.length + 1) } }, VISUAL_SCRIPT_ERROR);
    const classicUpdate = (next) => {
        const script = isEmptyScript(sequence.script) ? generateScript(next.steps.length + 1) : sequence.script;
        return patch({ authenticationSequence: { ...next, requestPathAuthenticators: sequence.requestPathAuthenticators || [],
            script } }, CLASSIC_SCRIPT_ERROR);
    };
    const classicRevert = () => patch({ authenticationSequence: { steps: DEFAULT_STEPS,
        requestPathAuthenticators: sequence.requestPathAuthenticators || [], script: "" } }, CLASSIC_SCRIPT_ERROR);

    const root = isConsole72() ? { "data-componentid": CID } : {};
    return (
        <Box className="sign-in-method-split-view" {...root}>
            <div id="drawer-container" style={{ position: "relative" }}>
                <Box>
                    {bothEnabled && (
                        <Box>
                            <Tabs value={active} aria-label="basic tabs example">
                                {MODES.map((mode) => (
                                    <Tab key={mode.id} data-componentid={`${CID}-${mode.id}-tab`} label={(
                                        <div className="beta-feature-tab-item">
                                            <Typography sx={{ fontWeight: 500 }}>{mode.label}</Typography>
                                        </div>
                                    )} />
                                ))}
                            </Tabs>
                        </Box>
                    )}
                    <TabPanel index={0} value={active} data-componentid={`${CID}-legacy-builder`}>
                        <div className="ui basic very padded segment sign-on-methods-tab-content">
                            {categories === null ? <Loader /> : (
                                <ClassicEditor sequence={sequence} categories={categories} onUpdate={classicUpdate}
                                    onRevert={classicRevert} saving={saving} />
                            )}
                        </div>
                    </TabPanel>
                    <TabPanel index={1} value={active} className="visual-editor-tab-panel" data-componentid={`${CID}-visual-builder`}>
                        {/* The provider hands the graph its authenticators once fetched: no loader, the options
                            and the modal's cards appear when they arrive. */}
                        <VisualEditor sequence={sequence} categories={categories ?? NO_AUTHENTICATORS} onChange={setSequence}
                            onUpdate={visualUpdate} onRevert={() => undefined} />
                    </TabPanel>
                </Box>
            </div>
        </Box>
    );
}
