// PrimaryButton / LinkButton / DangerButton of @wso2is/react-components (PROVENANCE.md "wrappers":
// identity-apps modules/react-components/src/components/button/primary-button.tsx, link-button.tsx,
// danger-button.tsx @90c4d925): semantic Buttons carrying the caller's ids, or the wrapper's defaults
// ("primary-button", "link-button"); LinkButton is `basic primary` with class `link-button`.
import { Button } from "semantic-ui-react";

export function PrimaryButton({ "data-testid": tid = "primary-button", "data-componentid": cid = "primary-button", ...props }) {
    return <Button type="button" {...props} primary data-testid={tid} data-componentid={cid} />;
}

export function LinkButton({ className = "", "data-testid": tid = "link-button", "data-componentid": cid = "link-button", ...props }) {
    return <Button type="button" basic primary {...props} className={`link-button ${className}`.trim()} data-testid={tid} data-componentid={cid} />;
}

export function DangerButton({ "data-testid": tid = "danger-button", "data-componentid": cid = "danger-button", ...props }) {
    return <Button type="button" negative {...props} data-testid={tid} data-componentid={cid} />;
}
