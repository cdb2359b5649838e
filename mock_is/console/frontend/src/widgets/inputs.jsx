// CopyInputField of @wso2is/react-components (PROVENANCE.md "CopyInputField": identity-apps
// modules/react-components/src/components/input/copy-input-field.tsx @0bc7a28f):
// `div.ui.fluid.action.right.labeled.input.copy-input[data-testid="<tid>-wrapper"][data-componentid="<cid>-wrapper"]
//  > input[readonly][type=text|password][value] + button.ui.icon.button.copy-input-action`; the input has no
// name, id or test id; `secret` adds an eye icon that toggles password/text.
import { useState } from "react";
import { Button, Icon, Input } from "semantic-ui-react";

export function CopyInputField({ value, secret, ...hooks }) {
    const [shown, setShown] = useState(!secret);
    const tid = hooks["data-testid"] ?? "copy-input";
    const cid = hooks["data-componentid"] ?? "copy-input";
    return (
        <Input
            fluid
            action
            labelPosition="right"
            className="copy-input"
            readOnly
            type={shown ? "text" : "password"}
            value={value ?? ""}
            data-testid={`${tid}-wrapper`}
            data-componentid={`${cid}-wrapper`}
        >
            <input />
            {secret && <Icon name={shown ? "eye slash" : "eye"} link className="copy-input-eye-icon" onClick={() => setShown(!shown)} />}
            <Button icon type="button" className="copy-input-action" data-tooltip="Copy to clipboard" data-inverted=""
                onClick={() => navigator.clipboard && navigator.clipboard.writeText(value ?? "").catch(() => {})}>
                <Icon name="copy outline" />
            </Button>
        </Input>
    );
}
