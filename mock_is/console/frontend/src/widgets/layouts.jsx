// PageLayout / TabPageLayout / PageHeader / ListLayout of @wso2is/react-components (PROVENANCE.md "layouts":
// identity-apps modules/react-components/src/layouts/page.tsx @06378580, tab-page.tsx @c15407d3, list.tsx
// @b94d8714, components/page-header/page-header.tsx @0c3180d6):
// - `div.layout.page-layout[data-testid][data-componentid]` (defaults "page-layout") > `div.layout-content.padded`
//   > PageHeader `div.page-header-wrapper[<tid>-page-header]`;
// - the title is `h1.ui.header.page-header > span[data-testid="<tid>-page-header-title"]`, the description
//   `div.sub.header.sub-header[<tid>-page-header-sub-title]`, each also carrying the layout's component id
//   (`<cid>-page-header-title`...);
// - the back button is a clickable `div.back-button` with no role, carrying the caller's back-button ids;
// - ListLayout `div.layout.list-layout[data-testid]` with `div.top-action-panel[<tid>-top-action-panel]`.
import { Divider, Grid, Header, Icon } from "semantic-ui-react";

function PageHeader({ title, description, action, backButton, tid, cid }) {
    if (!title && !description) return null;
    const header = `${tid}-page-header`;
    const cheader = `${cid}-page-header`;
    const heading = (
        <Header as="h1" textAlign="left" className="page-header no-max-width" data-testid={`${header}-text-wrapper`}
            data-componentid={`${cheader}-text-wrapper`}>
            <span data-testid={`${header}-title`} data-componentid={`${cheader}-title`}>{title}</span>
            {description && (
                <div className="sub header sub-header" data-testid={`${header}-sub-title`}
                    data-componentid={`${cheader}-sub-title`}>
                    {description}
                </div>
            )}
        </Header>
    );
    return (
        <div className="page-header-wrapper" data-testid={header} data-componentid={`${cid}-page-header`}>
            {backButton && (
                <div className="back-button" onClick={backButton.onClick} data-testid={backButton["data-testid"]}
                    data-componentid={backButton["data-componentid"]}>
                    <Icon name="arrow left" />{backButton.text}
                </div>
            )}
            <div className="page-header-inner">
                {action ? (
                    <Grid>
                        <Grid.Row>
                            <Grid.Column computer={10} className="heading-wrapper">{heading}</Grid.Column>
                            <Grid.Column computer={6} className="action-wrapper"><div className="floated right action">{action}</div></Grid.Column>
                        </Grid.Row>
                    </Grid>
                ) : heading}
            </div>
            <Divider hidden />
        </div>
    );
}

export function PageLayout({ title, description, action, backButton, children, ...hooks }) {
    const tid = hooks["data-testid"] ?? "page-layout";
    const cid = hooks["data-componentid"] ?? "page-layout";
    return (
        <div className="layout page-layout" data-testid={tid} data-componentid={cid}>
            <div className="layout-content padded">
                <PageHeader title={title} description={description} action={action} backButton={backButton} tid={tid} cid={cid} />
                <Divider hidden />
                {children}
            </div>
        </div>
    );
}

export const TabPageLayout = PageLayout;

export function ListLayout({ children, leftActionPanel, rightActionPanel, ...hooks }) {
    const tid = hooks["data-testid"] ?? "list-layout";
    const cid = hooks["data-componentid"] ?? "list-layout";
    return (
        <div className="layout list-layout" data-testid={tid} data-componentid={cid}>
            <div className="top-action-panel" data-testid={`${tid}-top-action-panel`} data-componentid={`${cid}-top-action-panel`}>
                <div className="left-aligned-actions">{leftActionPanel}</div>
                <div className="right-aligned-actions">{rightActionPanel}</div>
            </div>
            <Divider hidden />
            <div className="list-container">{children}</div>
        </div>
    );
}
