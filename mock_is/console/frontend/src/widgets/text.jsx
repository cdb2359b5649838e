// Heading, Hint, EmptyPlaceholder, EmphasizedSegment, Message and Code of @wso2is/react-components
// (PROVENANCE.md "wrappers": identity-apps modules/react-components/src/components/typography/heading.tsx,
// typography/hint.tsx, placeholder/empty-placeholder.tsx, section/emphasized-segment.tsx, message/message.tsx,
// typography/code.tsx @90c4d925). Each keeps its real default test id / component id, as the real one does.
import { Header, Icon, Message as SemanticMessage, Segment } from "semantic-ui-react";

function ids(props, fallback) {
    return { "data-testid": props["data-testid"] ?? fallback, "data-componentid": props["data-componentid"] ?? fallback };
}

function strip(props) {
    const { "data-testid": _t, "data-componentid": _c, ...rest } = props;
    return rest;
}

export function Heading({ as = "h4", children, className = "", subHeading, ellipsis, compact, ...props }) {
    const classes = ["heading", subHeading ? "subheading" : "", ellipsis ? "ellipsis" : "", compact ? "compact" : "", className]
        .join(" ").replace(/\s+/g, " ").trim();
    return <Header as={as} className={classes} {...ids(props, "heading")} {...strip(props)}>{children}</Header>;
}

export function Hint({ children, compact, inline, warning, ...props }) {
    const classes = ["ui-hint", compact ? "compact" : "", inline ? "inline" : ""].join(" ").replace(/\s+/g, " ").trim();
    return (
        <div className={classes} {...ids(props, "hint")}>
            <div style={{ columnGap: ".2rem", display: "inline-flex" }}>
                <Icon color={warning ? "yellow" : "grey"} floated="left" name={warning ? "warning sign" : "info circle"} />
                <div>{children}</div>
            </div>
        </div>
    );
}

export function EmptyPlaceholder({ title, subtitle, action, className = "", ...props }) {
    const tid = props["data-testid"] ?? "empty-placeholder";
    const cid = props["data-componentid"] ?? "empty-placeholder";
    const lines = Array.isArray(subtitle) ? subtitle : null;
    return (
        <div className={`empty-placeholder ${className}`.trim()} data-testid={tid} data-componentid={cid}>
            {title && <Header as="h4" className="title" data-testid={`${tid}-header`} data-componentid={`${cid}-header`}>{title}</Header>}
            {lines ? lines.map((line, index) => (
                <div key={index} className="subtitle" data-testid={`${tid}-sub-header-line-${index}`}
                    data-componentid={`${cid}-sub-header-line-${index}`}>{line}</div>
            )) : (
                <div className="subtitle" data-testid={`${tid}-sub-header`} data-componentid={`${cid}-sub-header`}>{subtitle}</div>
            )}
            {action && (
                <div className="action-container" data-testid={`${tid}-action-container`} data-componentid={`${cid}-action-container`}>
                    {action}
                </div>
            )}
        </div>
    );
}

export function EmphasizedSegment({ children, className = "", ...props }) {
    return (
        <Segment basic className={`bordered emphasized ${className}`.trim()} {...ids(props, "emphasized-segment")} {...strip(props)}>
            {children}
        </Segment>
    );
}

const MESSAGE_ICONS = { info: "info circle", warning: "warning circle", success: "check circle", error: "times circle" };

export function Message({ type = "info", header, content, className = "", ...props }) {
    const icon = <Icon name={MESSAGE_ICONS[type] ?? "info circle"} />;
    return (
        <SemanticMessage
            className={`${type}-message-with-icon ${className}`.trim()}
            visible
            header={header ? <Header as="h5" className="mb-3"><Header.Content>{icon}{header}</Header.Content></Header> : undefined}
            content={header ? <div>{content}</div> : <div>{icon}{content}</div>}
            info={type === "info"}
            warning={type === "warning"}
            error={type === "error"}
            success={type === "success"}
            {...ids(props, "message-info")}
            {...strip(props)}
        />
    );
}

export function Code({ children, withBackground = true, compact, className = "", ...props }) {
    const classes = ["inline-code", compact ? "compact" : "", withBackground ? "" : "transparent", className].join(" ")
        .replace(/\s+/g, " ").trim();
    return <code className={classes} {...ids(props, "code")}>{children}</code>;
}
