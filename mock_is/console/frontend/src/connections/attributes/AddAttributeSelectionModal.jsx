// "Add Attribute Mappings" (attribute-selection-modal.tsx and attribute-mapping-add-item.tsx, F @90c4d925;
// 2025 @ee5748f5 renders the same): a semantic Modal (`dimmer=blurring`, `size=small`, no test id, no role:
// its default prop "add-attribute-modal" reaches no element), mounted only while open.
// - the add form `form#idp-attributes-mapping-list-item-form` (final-form `Form`): Field.Input `mappedValue`
//   ("External IdP Attribute", aria-label "External IdP Attribute Mapping Value"), Field.Dropdown `localClaimId`
//   ("Maps to", search, clearable; options = the unmapped local claims, text = display name, value = claim id,
//   content = the name over its URI; a typed name that is not taken shows its message under the input, as a
//   prompt label; [UNKNOWN] when final-form shows it (touched or not): here as soon as a value is typed),
//   and Field.Button `submit-button` "Add Attribute Mapping" (aria-label
//   "Attribute Selection Form Submit Button"), disabled until both are filled and the name is valid;
// - the working list (External Connection Attribute / Mapped Attribute) or the placeholder "You haven't
//   selected any attributes";
// - actions: LinkButton "Cancel", PrimaryButton "Save" (disabled while nothing is added), both without ids
//   of their own (the wrappers' defaults).
import { useState } from "react";
import { Grid, Header, Modal, Table } from "semantic-ui-react";
import { LinkButton, PrimaryButton } from "../../widgets/buttons.jsx";
import { Field, Form } from "../../widgets/final-form.jsx";
import { EmptyPlaceholder } from "../../widgets/text.jsx";
import { AttributeMappingList } from "./AttributeMappingList.jsx";
import { externalAttributeError } from "./validation.js";

const FORM_ID = "idp-attributes-mapping-list-item-form";

function options(claims) {
    return claims.map((claim, index) => ({
        content: (
            <Header as="h6" key={`attribute-option-${index}`}>
                <Header.Content>
                    {claim.displayName}
                    <Header.Subheader><code className="inline-code compact transparent">{claim.uri}</code></Header.Subheader>
                </Header.Content>
            </Header>
        ),
        key: claim.id,
        text: claim.displayName,
        value: claim.id
    }));
}

function AttributeMappingAddItem({ availableAttributeList, alreadyMappedAttributesList, onSubmit }) {
    const [mappedValue, setMappedValue] = useState("");
    const [localClaimId, setLocalClaimId] = useState("");
    const error = mappedValue ? externalAttributeError(mappedValue, alreadyMappedAttributesList.map((m) => m.mappedValue)) : "";
    const submit = (values, form) => {
        onSubmit({ claim: availableAttributeList.find((c) => c.id === values.localClaimId), mappedValue: values.mappedValue });
        form.reset({ mappedValue: "", localClaimId: "" });
        setMappedValue("");
        setLocalClaimId("");
    };
    return (
        <Form id={FORM_ID} onSubmit={submit}>
            <Grid>
                <Grid.Row columns={2}>
                    <Grid.Column width={8}>
                        <Field.Input required name="mappedValue" maxLength={120} minLength={1} width={16}
                            label="External IdP Attribute" placeholder="Enter external IdP attribute"
                            ariaLabel="External IdP Attribute Mapping Value" listen={setMappedValue}
                            error={error || undefined} />
                    </Grid.Column>
                    <Grid.Column width={8}>
                        <Field.Dropdown required search clearable width={16} options={options(availableAttributeList)}
                            label="Maps to" ariaLabel="Local Claim Attribute" name="localClaimId"
                            placeholder="Select mapping attribute" listen={setLocalClaimId}
                            noResultsMessage="Try another attribute search." />
                    </Grid.Column>
                </Grid.Row>
                <Grid.Row columns={1}>
                    <Grid.Column width={16} textAlign="right">
                        <Field.Button form={FORM_ID} disabled={Boolean(error) || !mappedValue || !localClaimId}
                            buttonType="primary_btn" type="submit" name="submit-button" label="Add Attribute Mapping"
                            ariaLabel="Attribute Selection Form Submit Button" />
                    </Grid.Column>
                </Grid.Row>
            </Grid>
        </Form>
    );
}

function WorkingList({ claimsToBeAdded, onMappingDeleted }) {
    return (
        <Table singleLine compact fixed>
            <Table.Header>
                <Table.Row>
                    <Table.HeaderCell width="7"><strong>External Connection Attribute</strong></Table.HeaderCell>
                    <Table.HeaderCell width="7"><strong>Mapped Attribute</strong></Table.HeaderCell>
                    <Table.HeaderCell width="2" />
                </Table.Row>
            </Table.Header>
            <Table.Body>
                <AttributeMappingList attributeMappingsListToShow={claimsToBeAdded} onMappingDeleted={onMappingDeleted} />
            </Table.Body>
        </Table>
    );
}

export function AddAttributeSelectionModal({ attributeList, alreadyMappedAttributesList, show, onClose, onSave }) {
    const [claimsToBeAdded, setClaimsToBeAdded] = useState([]);
    // Copies taken when the modal mounts (the real modal clones its props once).
    const [copyOfAttributes, setCopyOfAttributes] = useState(() => [...attributeList]);
    const [alreadyMapped, setAlreadyMapped] = useState(() => [...alreadyMappedAttributesList]);

    const add = (mapping) => {
        const next = [...claimsToBeAdded, mapping];
        const hide = new Set(next.map((m) => m.claim?.id));
        setClaimsToBeAdded(next);
        setCopyOfAttributes(copyOfAttributes.filter((a) => !hide.has(a.id)));
        setAlreadyMapped([...alreadyMapped, mapping]);
    };
    const remove = (mapping) => {
        setClaimsToBeAdded(claimsToBeAdded.filter((m) => m.claim.id !== mapping.claim.id));
        setCopyOfAttributes([...copyOfAttributes, mapping.claim]);
        setAlreadyMapped(alreadyMapped.filter((m) => m.claim?.id !== mapping.claim.id));
    };
    return (
        <Modal open={show} onClose={onClose} dimmer="blurring" size="small" closeOnDimmerClick={false}>
            <Modal.Header>Add Attribute Mappings</Modal.Header>
            <Modal.Content scrolling className="edit-attribute-mapping">
                <Grid>
                    <Grid.Row columns={1}>
                        <Grid.Column width={16}>
                            <AttributeMappingAddItem availableAttributeList={copyOfAttributes}
                                alreadyMappedAttributesList={alreadyMapped} onSubmit={add} />
                        </Grid.Column>
                    </Grid.Row>
                    <Grid.Row columns={1}>
                        <Grid.Column width={16}>
                            {claimsToBeAdded.length > 0 ? (
                                <WorkingList claimsToBeAdded={claimsToBeAdded} onMappingDeleted={remove} />
                            ) : (
                                <EmptyPlaceholder title="You haven't selected any attributes"
                                    subtitle={[<p key="empty-attributes-mapping">Map attributes and click Add Attribute Mapping to get started.</p>]} />
                            )}
                        </Grid.Column>
                    </Grid.Row>
                </Grid>
            </Modal.Content>
            <Modal.Actions>
                <LinkButton onClick={onClose}>Cancel</LinkButton>
                <PrimaryButton disabled={claimsToBeAdded.length === 0} onClick={() => onSave([...claimsToBeAdded])}>Save</PrimaryButton>
            </Modal.Actions>
        </Modal>
    );
}
