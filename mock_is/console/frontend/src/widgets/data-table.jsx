// DataTable of @wso2is/react-components (PROVENANCE.md "DataTable": identity-apps modules/react-components/
// src/components/table/data-table/data-table.tsx @921d5d89, data-table-row.tsx @e1495f5d):
// `table.ui.selectable.stackable.table.data-table[data-testid][data-componentid]`; EVERY row — the header
// row, placeholder rows and the empty-state row included — is `tr.data-table-row[data-testid="data-table-row"]`
// (`no-selectable` when not clickable); data rows call `onRowClick` when clicked; `showHeader={false}` leaves
// the header out (data-table.tsx `showHeader`, default true).
import { Table } from "semantic-ui-react";

function Row({ selectable, onClick, children, className = "" }) {
    const classes = ["data-table-row", selectable ? "" : "no-selectable", className].join(" ").replace(/\s+/g, " ").trim();
    return (
        <Table.Row className={classes} onClick={selectable ? onClick : undefined} data-testid="data-table-row" data-componentid="data-table-row">
            {children}
        </Table.Row>
    );
}

export function DataTable({ columns, items, onRowClick, placeholders, rowKey = (item) => item.id, showHeader = true, ...hooks }) {
    return (
        <Table
            selectable
            stackable
            className="data-table"
            data-testid={hooks["data-testid"] ?? "data-table"}
            data-componentid={hooks["data-componentid"] ?? "data-table"}
        >
            {showHeader && (
                <Table.Header>
                    <Row selectable={false}>
                        {columns.map((c) => <Table.HeaderCell key={c.id} textAlign={c.textAlign}>{c.title}</Table.HeaderCell>)}
                    </Row>
                </Table.Header>
            )}
            <Table.Body>
                {items.length === 0 && placeholders ? (
                    <Row selectable={false} className="no-hover">
                        <Table.Cell colSpan={columns.length}>{placeholders}</Table.Cell>
                    </Row>
                ) : items.map((item) => (
                    <Row key={rowKey(item)} selectable onClick={() => onRowClick && onRowClick(item)}>
                        {columns.map((c) => (
                            <Table.Cell key={c.id} textAlign={c.textAlign}>{c.render ? c.render(item) : item[c.dataIndex]}</Table.Cell>
                        ))}
                    </Row>
                ))}
            </Table.Body>
        </Table>
    );
}
