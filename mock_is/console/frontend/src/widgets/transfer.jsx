// TransferComponent / TransferList / TransferListItem of @wso2is/react-components (PROVENANCE.md "transfer":
// identity-apps modules/react-components/src/components/transfer/transfer.tsx @0641cb80, transfer-list.tsx
// @019bc8d4, transfer-list-item.tsx @3af668f4):
// - `div.ui.grid.transfer-list > div.three.column.row.transfer-list-row` with an unselected column
//   `div.ui.segment.transfer-segment[<T>-unselected-groups]`, the middle buttons
//   `button.ui.mini.basic.button[<T>-unselected-groups-add-button]` (chevron right, no text) and
//   `[<T>-unselected-groups-remove-button]` (chevron left), and the selected column `[<T>-selected-groups]`;
// - each list a bare `table.ui.table`; the header's select-all checkbox carries the list's test id;
// - an item `tr > td#<id>.collapsing > div.ui.fitted.checkbox[<item tid>-<text, first space → "-">-checkbox]`
//   whose hidden input has no name and no value, then `td#<id> > div(text) + div.transfer-list-sub-content`.
//   Ticking only marks it; nothing moves until the add / remove button is clicked.
// [UNKNOWN] TransferListSearch was not read: a semantic search Input carrying its test id.
import { Button, Checkbox, Grid, Icon, Input, Segment, Table } from "semantic-ui-react";
import { EmptyPlaceholder } from "./text.jsx";

function checkboxId(itemTestId, text) {
    return `${itemTestId}-${String(text).replace(" ", "-")}-checkbox`;
}

function TransferListItem({ item, checked, onToggle, testId }) {
    return (
        <Table.Row>
            <Table.Cell collapsing id={item.id}>
                <Checkbox fitted checked={checked} onChange={onToggle}
                    data-testid={checkboxId(testId, item.label)}
                    data-componentid={checkboxId("transfer-list-item", item.label)} />
            </Table.Cell>
            <Table.Cell id={item.id}>
                <div>{item.label}</div>
                {item.sub && <div className="transfer-list-sub-content">{item.sub}</div>}
            </Table.Cell>
        </Table.Row>
    );
}

function TransferList({ items, checked, onToggle, onToggleAll, header, testId, itemTestId, emptyText }) {
    if (items.length === 0) {
        return (
            <div className="empty-placeholder-center">
                <EmptyPlaceholder subtitle={[emptyText]} data-testid={`${testId}-placeholder`} />
            </div>
        );
    }
    const all = items.every((i) => checked.has(i.id));
    return (
        <Table>
            <Table.Header>
                <Table.Row>
                    <Table.HeaderCell collapsing><Checkbox checked={all} onChange={onToggleAll} data-testid={testId} /></Table.HeaderCell>
                    <Table.HeaderCell><strong>{header}</strong></Table.HeaderCell>
                </Table.Row>
            </Table.Header>
            <Table.Body>
                {items.map((item) => (
                    <TransferListItem key={item.id} item={item} checked={checked.has(item.id)} onToggle={() => onToggle(item.id)}
                        testId={`${itemTestId}-${item.id}`} />
                ))}
            </Table.Body>
        </Table>
    );
}

function Column({ side, testId, searchPlaceholder, query, onQuery, children }) {
    const classes = side === "unselected" ? "transfer-list-unassigned-column" : "transfer-list-assigned-column";
    return (
        <Grid.Column width={7} className={classes}>
            <Segment className="transfer-segment" data-testid={`${testId}-${side}-groups`}>
                <Input icon="search" iconPosition="left" fluid placeholder={searchPlaceholder} value={query}
                    onChange={(e, d) => onQuery(d.value)} data-testid={`${testId}-${side}-groups-search-input`} />
                <Segment className="transfer-list-segment">{children}</Segment>
            </Segment>
        </Grid.Column>
    );
}

// lists: {unselected: [...], selected: [...]} of {id, label, sub}; checked: {unselected: Set, selected: Set}.
export function TransferComponent({ testId, lists, checked, queries, onQuery, onToggle, onToggleAll, onAdd, onRemove,
    header, searchPlaceholder, emptyText }) {
    const column = (side) => (
        <Column side={side} testId={testId} searchPlaceholder={searchPlaceholder} query={queries[side]}
            onQuery={(q) => onQuery(side, q)}>
            <TransferList items={lists[side]} checked={checked[side]} onToggle={(id) => onToggle(side, id)}
                onToggleAll={() => onToggleAll(side)} header={header} testId={`${testId}-${side}-list`}
                itemTestId={`${testId}-${side}-list-item`} emptyText={emptyText} />
        </Column>
    );
    return (
        <Grid className="transfer-list">
            <Grid.Row columns={3} className="transfer-list-row">
                {column("unselected")}
                <Grid.Column width={1} verticalAlign="middle" className="transfer-list-button-column">
                    <Grid.Row>
                        <Button basic size="mini" type="button" onClick={onAdd} data-testid={`${testId}-unselected-groups-add-button`}>
                            <Icon name="chevron right" />
                        </Button>
                    </Grid.Row>
                    <Grid.Row>
                        <Button basic size="mini" type="button" onClick={onRemove} data-testid={`${testId}-unselected-groups-remove-button`}>
                            <Icon name="chevron left" />
                        </Button>
                    </Grid.Row>
                </Grid.Column>
                {column("selected")}
            </Grid.Row>
        </Grid>
    );
}
