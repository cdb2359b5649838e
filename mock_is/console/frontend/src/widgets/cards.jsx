// ResourceGrid / ResourceGrid.Card (InfoCard) of @wso2is/react-components (PROVENANCE.md "ResourceGrid":
// identity-apps modules/react-components/src/components/grid/resource-grid/resource-grid.tsx @124e2410,
// resource-grid-card.tsx @15df75e3, card/info-card.tsx @04a86c82):
// - grid `div.resource-grid-wrapper[data-componentid] > div.ui.cards.resource-grid[data-testid]`;
// - card `div.ui.card.info-card.resource-grid-card` with the caller's test id and component id
//   (default "resource-grid-card"); header `div.header.card-header.ellipsis[<tid>-header]`;
// - the edit link: `data-componentid="<cid>-item-edit-button"`, `data-testid="<testId prop>-item-edit-button"`
//   ("undefined-item-edit-button" when the caller passes no `testId`), always in the DOM;
// - delete: `data-componentid="<cid>-item-delete-button"`, `data-testid="<testId>-item-delete-button"`;
// - `showCardAction` (InfoCard's default is true; a caller that omits ResourceGridCard's `showResourceAction`
//   gets it, one that passes false does not, so this widget takes it explicitly): then the card root takes
//   no click (info-card.tsx `onClick={(!showCardAction && onClick) && onClick}`) and the click target is a
//   `LinkButton.idp-create-button` "Create" with `data-componentid="<cid>-<header, whitespace → '-'>"`.
import { Card, Icon } from "semantic-ui-react";
import { LinkButton } from "./buttons.jsx";

export function ResourceGrid({ children, isEmpty, emptyPlaceholder, testId, ...hooks }) {
    return (
        <div className="resource-grid-wrapper" data-componentid={hooks["data-componentid"] ?? "resource-grid"} data-testid={testId}>
            {isEmpty ? emptyPlaceholder : (
                <Card.Group className="resource-grid" data-testid={hooks["data-testid"] ?? "resource-grid"}>{children}</Card.Group>
            )}
        </div>
    );
}

export function ResourceGridCard({ header, subHeader, description, editButtonLabel = "Edit", onEdit, onDelete, testId,
    onClick, showCardAction = false, ...hooks }) {
    const tid = hooks["data-testid"] ?? "resource-grid-card";
    const cid = hooks["data-componentid"] ?? "resource-grid-card";
    return (
        <Card as="div" link={false} className="info-card resource-grid-card" data-testid={tid} data-componentid={cid}
            onClick={!showCardAction && onClick ? onClick : undefined}>
            <div className="header-without-toggle">
                <div className="content">
                    <div className="card-header-section">
                        <div className="header card-header ellipsis" data-testid={`${tid}-header`} data-componentid={`${cid}-header`}>
                            {header}
                        </div>
                    </div>
                </div>
            </div>
            {subHeader && (
                <div className="header card-subheader ellipsis" data-testid={`${tid}-sub-header`} data-componentid={`${cid}-sub-header`}>
                    {subHeader}
                </div>
            )}
            {description && (
                <div className="content card-description-container">
                    <div className="description card-description" data-testid={`${tid}-description`} data-componentid={`${cid}-description`}>
                        {description}
                    </div>
                </div>
            )}
            <div className="instances-container">
                <div className="content action-container" data-testid={`${tid}-action-container`} data-componentid={`${cid}-action-container`}>
                    <div className="actions">
                        <div className="left">
                            {onEdit && (
                                <LinkButton
                                    className="info-card-inner-action"
                                    onClick={onEdit}
                                    data-componentid={`${cid}-item-edit-button`}
                                    data-testid={`${testId}-item-edit-button`}
                                >
                                    {editButtonLabel}<Icon name="chevron right" />
                                </LinkButton>
                            )}
                        </div>
                        <div className="right">
                            {onDelete && (
                                <button
                                    type="button"
                                    className="delete-button"
                                    onClick={onDelete}
                                    data-componentid={`${cid}-item-delete-button`}
                                    data-testid={`${testId}-item-delete-button`}
                                ><Icon name="trash alternate" /></button>
                            )}
                        </div>
                    </div>
                </div>
                {showCardAction && (
                    <>
                        <div className="ui instance divider" />
                        <div className="instances-buttons">
                            <LinkButton className="idp-create-button" onClick={onClick}
                                data-componentid={`${cid}-${String(header).replace(/\s/g, "-")}`}>
                                Create<i className="arrow right icon" />
                            </LinkButton>
                        </div>
                    </>
                )}
            </div>
        </Card>
    );
}
