// The Console's toasts: @wso2is/react-components `Alert` over react-notification-system (PROVENANCE.md
// "alerts": identity-apps modules/react-components/src/components/alert/alert.tsx @04114742; the library's
// markup checked in react-notification-system 0.3.0, which the Console pins):
// `div.alert-wrapper[data-testid=alert] > div.notifications-wrapper > div.notifications-br >
//  div.notification.notification-<level>` holding `h4.notification-title` (the level icon,
// `[data-testid=alert-<level>-icon]`) and `div.notification-message > div.alert-message[alert-<level>-body]
// > div.header.bold-text[alert-<level>-message] + div.description[alert-<level>-description]`; dismissed
// after 15 s or by its "×". No role="alert".
import { createRef, useEffect } from "react";
import NotificationSystem from "react-notification-system";
import { Icon } from "semantic-ui-react";

const system = createRef();
const ICONS = { success: "check circle", error: "times circle", warning: "warning sign", info: "info circle" };

export function showAlert({ level, message, description }) {
    if (!system.current) return;
    system.current.addNotification({
        level,
        position: "br",
        autoDismiss: 15,
        dismissible: "both",
        title: <Icon name={ICONS[level]} data-testid={`alert-${level}-icon`} data-componentid={`alert-${level}-icon`} />,
        message: (
            <div className="alert-message" data-testid={`alert-${level}-body`} data-componentid={`alert-${level}-body`} data-alertid={message}>
                <div className="header bold-text" data-testid={`alert-${level}-message`} data-componentid={`alert-${level}-message`}>{message}</div>
                <div className="description" data-testid={`alert-${level}-description`} data-componentid={`alert-${level}-description`}>{description}</div>
            </div>
        )
    });
}

export function AlertSystem() {
    useEffect(() => () => { system.current = null; }, []);
    return (
        <div className="alert-wrapper" data-testid="alert" data-componentid="alert">
            <NotificationSystem ref={system} style={false} />
        </div>
    );
}
