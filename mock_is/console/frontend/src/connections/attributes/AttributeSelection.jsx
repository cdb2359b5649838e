// "Provisioning Attributes Selection" (attribute-selection.tsx, attribute-list-item.tsx and
// attribute-selection-wizard.tsx, F @90c4d925). attribute-settings.tsx passes
// `<P>` = idp-edit-page-attribute-settings-provisioning-attribute-selection:
// - `div.row[<P>-section]` with h4 "Provisioning Attributes Selection" and the Hint "Specify required
//   attributes for provisioning";
// - none selected: `div.ui.segment[<P>]` holding the EmptyPlaceholder `<P>-empty-placeholder` ("No attributes
//   added") and its PrimaryButton "+ Add Attribute" (no id of its own);
// - selected: `div.ui.grid[<P>]` with the action bar `<P>-action-bar` (search input `<P>-search`, the pencil
//   button `<P>-edit-button`) and the table `<P>-list` (columns "Connection attribute" once mappings exist,
//   else "Attribute"; "Default value"): a row `<P>-attribute-list-item-<claim id>` per attribute, sorted by
//   name, its default value in `div.ui.input[<P>-attribute-list-item-<claim id>-input]` (placeholder
//   "eg: a default value for the <name>"), a red "Please enter a value" label while it is empty;
// - the wizard `div.ui.modal.user-attributes[<P>-wizard-modal]` (always mounted: a semantic Modal renders
//   nothing while closed): header "Update attribute selection", a transfer list `<P>-wizard-modal-content`
//   (pick, then the add / remove buttons; header "Attribute"; an item's checkbox has no name, no value),
//   actions `<P>-wizard-modal-cancel-button` "Cancel" and `<P>-wizard-modal-save-button` "Save".
// The list offers the mapped external names (display name = URI = the name, id = the local claim's id), or
// the local claims while there is no mapping.
import { useEffect, useState } from "react";
import { Button, Divider, Grid, Icon, Input, Label, Modal, Segment, Table } from "semantic-ui-react";
import { LinkButton, PrimaryButton } from "../../widgets/buttons.jsx";
import { EmptyPlaceholder, Heading, Hint } from "../../widgets/text.jsx";
import { TransferComponent } from "../../widgets/transfer.jsx";

const EMPTY = { unselected: new Set(), selected: new Set() };

function items(claims, query) {
    const q = (query || "").toLowerCase();
    return claims
        .filter((c) => !q || c.displayName.toLowerCase().includes(q) || c.uri.toLowerCase().includes(q))
        .map((c) => ({ id: c.id, label: c.displayName, sub: c.uri === c.displayName ? "" : c.uri, claim: c }));
}

function AttributeSelectionWizard({ attributesList, selectedAttributes, setSelectedAttributes, showAddModal,
    setShowAddModal, testId }) {
    const [available, setAvailable] = useState([]);
    const [selected, setSelected] = useState([]);
    const [checked, setChecked] = useState(EMPTY);
    const [queries, setQueries] = useState({ unselected: "", selected: "" });

    useEffect(() => {
        if (showAddModal) {
            setAvailable(attributesList.filter((a) => !selectedAttributes.some((s) => s.claim.uri === a.uri)));
            setSelected(selectedAttributes.map((s) => s.claim));
        } else {
            setAvailable([]);
            setSelected([]);
        }
        setChecked(EMPTY);
        setQueries({ unselected: "", selected: "" });
    }, [showAddModal]);

    const toggle = (side, id) => {
        const next = new Set(checked[side]);
        if (next.has(id)) next.delete(id); else next.add(id);
        setChecked({ ...checked, [side]: next });
    };
    const toggleAll = (side) => {
        const all = side === "unselected" ? available : selected;
        const every = all.length > 0 && all.every((c) => checked[side].has(c.id));
        setChecked({ ...checked, [side]: every ? new Set() : new Set(all.map((c) => c.id)) });
    };
    const add = () => {
        const moving = available.filter((c) => checked.unselected.has(c.id));
        setSelected([...selected, ...moving.filter((c) => !selected.includes(c))]);
        setAvailable(available.filter((c) => !moving.includes(c)));
        setChecked({ ...checked, unselected: new Set() });
    };
    const remove = () => {
        const moving = selected.filter((c) => checked.selected.has(c.id));
        setAvailable([...available, ...moving.filter((c) => !available.includes(c))]);
        setSelected(selected.filter((c) => !moving.includes(c)));
        setChecked({ ...checked, selected: new Set() });
    };
    const save = () => {
        setSelectedAttributes(selected.map((claim) => selectedAttributes.find((m) => m.claim.uri === claim.uri)
            ?? { claim, mappedValue: "" }));
        setShowAddModal(false);
    };
    return (
        <Modal open={showAddModal} size="small" className="user-attributes" data-testid={`${testId}-modal`}>
            <Modal.Header data-testid={`${testId}-modal-header`}>
                Update attribute selection
                <Heading subHeading ellipsis as="h6">Add new attributes or remove existing attributes.</Heading>
            </Modal.Header>
            <Modal.Content image data-testid={`${testId}-modal-content`}>
                <TransferComponent testId={`${testId}-modal-content`} header="Attribute" searchPlaceholder="Search Attributes"
                    emptyText="There are no items in this list at the moment."
                    lists={{ unselected: items(available, queries.unselected), selected: items(selected, queries.selected) }}
                    checked={checked} queries={queries} onQuery={(side, q) => setQueries({ ...queries, [side]: q })}
                    onToggle={toggle} onToggleAll={toggleAll} onAdd={add} onRemove={remove} />
            </Modal.Content>
            <Modal.Actions data-testid={`${testId}-modal-actions`}>
                <LinkButton onClick={() => setShowAddModal(false)} data-testid={`${testId}-modal-cancel-button`}>Cancel</LinkButton>
                <PrimaryButton onClick={save} data-testid={`${testId}-modal-save-button`}>Save</PrimaryButton>
            </Modal.Actions>
        </Modal>
    );
}

function AttributeListItem({ attribute, placeholder, updateMapping, mapping, isReadOnly, testId }) {
    return (
        <Table.Row data-testid={testId}>
            <Table.Cell>{attribute.displayName}</Table.Cell>
            <Table.Cell error={!mapping}>
                <Input placeholder={placeholder} value={mapping || ""} required readOnly={isReadOnly}
                    onChange={(e) => updateMapping({ claim: attribute, mappedValue: e.target.value })}
                    data-testid={`${testId}-input`} />
                {!mapping && <Label basic color="red" pointing="left">Please enter a value</Label>}
            </Table.Cell>
        </Table.Row>
    );
}

function MappingTable({ selected, setSelected, header, onEdit, isReadOnly, testId }) {
    const [filter, setFilter] = useState("");
    const update = (mapping) => setSelected([...selected.filter((m) => m.claim.uri !== mapping.claim.uri), mapping]);
    const rows = selected.filter((m) => !filter || m.claim.displayName?.startsWith(filter))
        .sort((a, b) => a.claim.displayName.localeCompare(b.claim.displayName));
    return (
        <Grid data-testid={testId} className="user-role-edit-header-segment clearing attributes ml-0 mr-0">
            <Grid.Row>
                <Table data-testid={`${testId}-action-bar`} basic="very" compact>
                    <Table.Body>
                        <Table.Row>
                            <Table.Cell>
                                <Input icon={<Icon name="search" />} onChange={(e) => setFilter(e.target.value)}
                                    placeholder="Search attributes" floated="left" size="small" data-testid={`${testId}-search`} />
                            </Table.Cell>
                            <Table.Cell textAlign="right">
                                <Button size="medium" icon="pencil" floated="right" onClick={onEdit} data-testid={`${testId}-edit-button`} />
                            </Table.Cell>
                        </Table.Row>
                    </Table.Body>
                </Table>
            </Grid.Row>
            <Grid.Row>
                <Table data-testid={`${testId}-list`} singleLine compact>
                    <Table.Header>
                        <Table.Row>
                            <Table.HeaderCell><strong>{header}</strong></Table.HeaderCell>
                            <Table.HeaderCell><strong>Default value</strong></Table.HeaderCell>
                        </Table.Row>
                    </Table.Header>
                    <Table.Body>
                        {rows.map((m) => (
                            <AttributeListItem key={m.claim.id} attribute={m.claim} mapping={m.mappedValue} updateMapping={update}
                                placeholder={`eg: a default value for the ${m.claim.displayName}`} isReadOnly={isReadOnly}
                                testId={`${testId}-attribute-list-item-${m.claim.id}`} />
                        ))}
                    </Table.Body>
                </Table>
            </Grid.Row>
        </Grid>
    );
}

export function AttributeSelection({ attributeList, selectedAttributesWithMapping, setSelectedAttributesWithMapping,
    attributeColumnHeader, isReadOnly, testId }) {
    const [show, setShow] = useState(false);
    return (
        <>
            <Grid.Row data-testid={`${testId}-section`}>
                <Grid.Column>
                    <Heading as="h4">Provisioning Attributes Selection</Heading>
                    <Hint>Specify required attributes for provisioning</Hint>
                    <Divider hidden />
                    {selectedAttributesWithMapping.length > 0 ? (
                        <MappingTable selected={selectedAttributesWithMapping} setSelected={setSelectedAttributesWithMapping}
                            header={attributeColumnHeader} onEdit={() => setShow(true)} isReadOnly={isReadOnly} testId={testId} />
                    ) : (
                        <Segment data-testid={testId}>
                            <EmptyPlaceholder title="No attributes added" subtitle={["There are no attributes selected at the moment."]}
                                action={<PrimaryButton onClick={() => setShow(true)} icon="plus" content="Add Attribute" />}
                                data-testid={`${testId}-empty-placeholder`} />
                        </Segment>
                    )}
                </Grid.Column>
            </Grid.Row>
            <AttributeSelectionWizard attributesList={attributeList} selectedAttributes={selectedAttributesWithMapping}
                setSelectedAttributes={setSelectedAttributesWithMapping} showAddModal={show} setShowAddModal={setShow}
                testId={`${testId}-wizard`} />
        </>
    );
}
