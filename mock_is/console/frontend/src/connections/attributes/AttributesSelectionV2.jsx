// "Connection Attribute Mappings" (attribute-selection-v2.tsx, F @90c4d925; 2025 @4adf342a renders the same
// hooks, its new heading/label props default to the same i18n strings). attribute-settings.tsx passes it no
// test id, so its default `attributes-selection-v2` prefixes everything:
// - h4 "Connection Attribute Mappings", h6 "Add and map the supported attributes from external connection.";
// - no mapping yet: `div.ui.segment[attributes-selection-v2]` holding the EmptyPlaceholder
//   `attributes-selection-v2-empty-placeholder` ("No mapped attributes found") whose PrimaryButton
//   "+ Add Attribute Mapping" has no id of its own;
// - mappings: the action bar `table[attributes-selection-v2-action-bar]` (a final-form search input
//   `searchQuery`, aria-label "Search Field", and `attributes-selection-v2-list-layout-add-button`), then the
//   table `attributes-selection-v2-list` (External Connection Attribute / Mapped Attribute);
// - the modal is mounted only while open (AddAttributeSelectionModal.jsx).
import { useEffect, useState } from "react";
import { Grid, Icon, Segment, Table } from "semantic-ui-react";
import { LinkButton, PrimaryButton } from "../../widgets/buttons.jsx";
import { Field, Form } from "../../widgets/final-form.jsx";
import { EmptyPlaceholder, Heading } from "../../widgets/text.jsx";
import { AddAttributeSelectionModal } from "./AddAttributeSelectionModal.jsx";
import { AttributeMappingList } from "./AttributeMappingList.jsx";

const TID = "attributes-selection-v2";

function NoMappings({ onAdd, isReadOnly }) {
    return (
        <Segment data-testid={TID}>
            <EmptyPlaceholder title="No mapped attributes found"
                subtitle={["There are no mapped attributes added for this connection at the moment."]}
                action={!isReadOnly && (<PrimaryButton onClick={onAdd}><Icon name="plus" />Add Attribute Mapping</PrimaryButton>)}
                data-testid={`${TID}-empty-placeholder`} />
        </Segment>
    );
}

function SearchEmpty({ query, onClear }) {
    return (
        <EmptyPlaceholder action={<LinkButton onClick={onClear}>Clear search query</LinkButton>}
            title="No results found"
            subtitle={[`We couldn't find any results for "${query}"`, "Please try a different search term."]}
            data-testid={`${TID}-empty-search-placeholder`} />
    );
}

function ActionBar({ onQuery, onAdd, isReadOnly }) {
    return (
        <Grid.Row className="user-role-edit-header-segment attributes">
            <Table data-testid={`${TID}-action-bar`} basic="very" compact>
                <Table.Body>
                    <Table.Row>
                        <Table.Cell collapsing width="10">
                            <Form id="idp-attribute-selection-v2-form" onSubmit={() => {}}>
                                <Field.Input icon="search" iconPosition="left" maxLength={120} minLength={1} width={16}
                                    placeholder="Search mapped attributes" listen={onQuery} ariaLabel="Search Field"
                                    name="searchQuery" />
                            </Form>
                        </Table.Cell>
                        <Table.Cell textAlign="right">
                            {!isReadOnly && (
                                <PrimaryButton onClick={onAdd} data-testid={`${TID}-list-layout-add-button`}>
                                    <Icon name="plus" />Add Attribute Mapping
                                </PrimaryButton>
                            )}
                        </Table.Cell>
                    </Table.Row>
                </Table.Body>
            </Table>
        </Grid.Row>
    );
}

function MappedList({ mappings, query, onClear, onMappingDeleted, isReadOnly }) {
    const shown = mappings.filter((m) => !query || m.mappedValue.startsWith(query) || m.claim.id.startsWith(query));
    return (
        <Segment className="user-role-edit-header-segment attributes">
            <Grid.Row>
                <Table singleLine compact data-testid={`${TID}-list`} fixed>
                    <Table.Header>
                        <Table.Row>
                            <Table.HeaderCell width="10"><strong>External Connection Attribute</strong></Table.HeaderCell>
                            <Table.HeaderCell width="10"><strong>Mapped Attribute</strong></Table.HeaderCell>
                            <Table.HeaderCell width="2" />
                        </Table.Row>
                    </Table.Header>
                    <Table.Body>
                        <AttributeMappingList attributeMappingsListToShow={shown} onMappingDeleted={onMappingDeleted}
                            noDataPlaceholder={<SearchEmpty query={query} onClear={onClear} />} readOnly={isReadOnly} />
                    </Table.Body>
                </Table>
            </Grid.Row>
        </Segment>
    );
}

export function AttributesSelectionV2({ attributeList, mappedAttributesList, onAttributesSelected, isReadOnly }) {
    const [showAddModal, setShowAddModal] = useState(false);
    const [searchQuery, setSearchQuery] = useState(undefined);
    const [mappedAttrIds, setMappedAttrIds] = useState([]);

    // As the real component: the ids are refreshed when the attribute list changes (the modal itself
    // also leaves out what is already mapped through its own copy).
    useEffect(() => { setMappedAttrIds(mappedAttributesList.map((m) => m.claim.id)); }, [attributeList]);

    const onSave = (added) => {
        onAttributesSelected([...mappedAttributesList, ...added]);
        setShowAddModal(false);
    };
    const onDeleted = (deleted) => onAttributesSelected(mappedAttributesList.filter((m) => m.claim.id !== deleted.claim.id));
    const unmapped = attributeList.filter((a) => !mappedAttrIds.includes(a.id));
    return (
        <>
            <Grid.Row>
                <Grid.Column computer={16} tablet={16} largeScreen={16} widescreen={16}>
                    <Heading as="h4">Connection Attribute Mappings</Heading>
                    <Heading as="h6" color="grey">Add and map the supported attributes from external connection.</Heading>
                    {mappedAttributesList.length > 0 ? (
                        <>
                            <ActionBar onQuery={setSearchQuery} onAdd={() => setShowAddModal(true)} isReadOnly={isReadOnly} />
                            <MappedList mappings={mappedAttributesList} query={searchQuery} onClear={() => setSearchQuery(undefined)}
                                onMappingDeleted={onDeleted} isReadOnly={isReadOnly} />
                        </>
                    ) : <NoMappings onAdd={() => setShowAddModal(true)} isReadOnly={isReadOnly} />}
                </Grid.Column>
            </Grid.Row>
            {showAddModal && (
                <AddAttributeSelectionModal attributeList={unmapped} alreadyMappedAttributesList={[...mappedAttributesList]}
                    show={showAddModal} onClose={() => setShowAddModal(false)} onSave={onSave} />
            )}
        </>
    );
}
