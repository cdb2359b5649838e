// The rows of a mapping table (attributes-mapping-list.tsx, F @90c4d925): `tr > td > div(external name)`,
// `td > div(display name) + code.inline-code(claim URI, a Popup trigger)`, and (not read-only) a right-aligned
// cell with the pencil and trash icons (Popups "Edit" / "Remove"). No test id anywhere. A row without a mapped
// value is not rendered; an empty list is one row holding the caller's placeholder.
// [simplified] the pencil's inline edit form (attribute-mapping-list-item.tsx) is not rendered: the icon shows,
// a click does nothing (no step of the doc edits a mapping).
import { Icon, Popup, Table } from "semantic-ui-react";
import { Code } from "../../widgets/text.jsx";

function Actions({ mapping, onMappingDeleted }) {
    return (
        <Table.Cell textAlign="right">
            <Popup inverted position="top right" content="Edit"
                trigger={<Icon link className="list-icon pr-4" size="small" color="grey" name="pencil alternate" />} />
            <Popup inverted position="top right" content="Remove"
                trigger={<Icon link className="list-icon pr-4" size="small" color="grey" name="trash alternate"
                    onClick={() => onMappingDeleted(mapping)} />} />
        </Table.Cell>
    );
}

export function AttributeMappingList({ attributeMappingsListToShow, onMappingDeleted, noDataPlaceholder, readOnly }) {
    if (attributeMappingsListToShow.length === 0) {
        return (
            <Table.Row>
                <Table.Cell colSpan="3">{noDataPlaceholder}</Table.Cell>
            </Table.Row>
        );
    }
    return (
        <>
            {attributeMappingsListToShow.map((mapping, index) => (mapping.mappedValue ? (
                <Table.Row key={index}>
                    <Table.Cell><div>{mapping.mappedValue}</div></Table.Cell>
                    <Table.Cell>
                        <div>{mapping.claim?.displayName}</div>
                        <Popup content={mapping.claim?.uri} inverted position="bottom left"
                            trigger={<Code>{mapping.claim?.uri}</Code>} />
                    </Table.Cell>
                    {!readOnly ? <Actions mapping={mapping} onMappingDeleted={onMappingDeleted} /> : null}
                </Table.Row>
            ) : null))}
        </>
    );
}
