// AdvancedSearchWithBasicFilters (identity-apps features/admin.core.v1/components/
// advanced-search-with-basic-filters.tsx, F) over the react-components AdvancedSearch (modules/react-components/
// src/components/input/advanced-search.tsx, F); PROVENANCE.md "Users":
// - root `div.advanced-search-wrapper.aligned-left.fill-default[data-testid=advanced-search][data-componentid]`
//   (the caller passes no id, so both are "advanced-search") > div > semantic `Input` whose test id lands on
//   `div.ui.input` ("advanced-search-input"); the inner `<input>` has no name, no id;
// - a caller's `data-testid` replaces "advanced-search" in every id (the Applications list passes one);
// - Enter submits `<attribute> <operator> <text>` (`defaultSearchStrategy`, "userName co %search-value%", or the
//   caller's `predefinedDefaultSearchStrategy`),
//   or the text itself when it already reads `<known attribute> <known operator> ...`; an empty box clears;
// - the clear button (`advanced-search-clear-button`) shows only while the box holds text, the options button
//   (`advanced-search-options-button`) opens a Popup (`advanced-search-dropdown`) with the filter form;
// - the box and the options are disabled while the list is empty and no query is set; Shift+Enter does
//   nothing (extensions common.tsx `enableQuerySearch: false`).
import { useEffect, useRef, useState } from "react";
import { Button, Divider, Form, Grid, Icon, Input, Popup } from "semantic-ui-react";
import { Field, Forms } from "../widgets/legacy-forms.jsx";
import { PrimaryButton } from "../widgets/buttons.jsx";
import { Heading } from "../widgets/text.jsx";

const CONDITIONS = [
    { key: 0, text: "Starts with", value: "sw" },
    { key: 1, text: "Ends with", value: "ew" },
    { key: 2, text: "Contains", value: "co" },
    { key: 3, text: "Equals", value: "eq" }
];

function queryOf(text, strategy, attributes) {
    if (text === "") return null;
    const terms = text.split(" ");
    const known = terms.length > 2 && attributes.some((a) => a.value === terms[0])
        && CONDITIONS.some((c) => c.value === terms[1]);
    return known ? text : strategy.replace(/%search-value%/g, text);
}

function FilterForm({ attributes, defaultAttribute, defaultOperator, placeholders, onSubmit, TID }) {
    return (
        <Grid>
            <Grid.Row columns={1}>
                <Grid.Column width={16}>
                    <Forms initialValues={{ filterAttribute: defaultAttribute, filterCondition: defaultOperator }}
                        onSubmit={(v) => onSubmit(`${v.filterAttribute} ${v.filterCondition} ${v.filterValues}`)}>
                        <Field type="dropdown" name="filterAttribute" label="Filter attribute" required
                            placeholder={placeholders.attribute} children={attributes}
                            data-testid={`${TID}-filter-attribute-dropdown`} data-componentid={`${TID}-filter-attribute-dropdown`} />
                        <Form.Group widths="equal">
                            <Field type="dropdown" name="filterCondition" label="Filter condition" required
                                placeholder={placeholders.condition} children={CONDITIONS}
                                data-testid={`${TID}-filter-condition-dropdown`} />
                            <Field type="text" name="filterValues" label="Filter value" required
                                placeholder={placeholders.value}
                                data-testid={`${TID}-filter-value-input`} data-componentid={`${TID}-filter-value-input`} />
                        </Form.Group>
                        <Divider hidden />
                        <Form.Group inline>
                            <PrimaryButton size="small" type="submit" data-testid={`${TID}-search-button`}
                                data-componentid={`${TID}-search-button`}>Search</PrimaryButton>
                        </Form.Group>
                    </Forms>
                </Grid.Column>
            </Grid.Row>
        </Grid>
    );
}

export function AdvancedSearchWithBasicFilters({ onFilter, attributes, defaultAttribute, defaultOperator, placeholder,
    placeholders, disabled, clearTrigger, predefinedStrategy, "data-testid": TID = "advanced-search" }) {
    // The caller's test id (default "advanced-search") is the AdvancedSearch's test id and component id.
    const anchor = useRef(null);
    const [text, setText] = useState("");
    const [open, setOpen] = useState(false);
    const strategy = predefinedStrategy || `${defaultAttribute} ${defaultOperator} %search-value%`;
    const clear = () => { setText(""); onFilter(null); };
    useEffect(() => { if (clearTrigger) setText(""); }, [clearTrigger]);
    const onKeyDown = (event) => {
        if (event.key === "Enter" && !event.shiftKey) onFilter(queryOf(text, strategy, attributes));
    };
    const submitForm = (query) => { setText(query); onFilter(query); setOpen(false); };
    const addOns = (
        <>
            {text && (
                <Popup inverted position="top center" content="clear search" trigger={(
                    <Button basic compact className="input-add-on clear-icon" onClick={clear}
                        data-testid={`${TID}-clear-button`} data-componentid={`${TID}-clear-button`}>
                        <Icon name="close" />
                    </Button>
                )} />
            )}
            <Popup inverted position="top center" content="Show options" disabled={open || disabled} trigger={(
                <Button basic compact className="input-add-on" onClick={() => !disabled && setOpen(!open)}
                    data-testid={`${TID}-options-button`} data-componentid={`${TID}-options-button`}>
                    <Icon name="filter" />
                </Button>
            )} />
        </>
    );
    return (
        <div className="advanced-search-wrapper aligned-left fill-default" data-testid={TID} data-componentid={TID}>
            <div ref={anchor}>
                <Input action={addOns} className={`advanced-search with-add-on ${text ? "active" : ""}`.trim()}
                    icon="search" iconPosition="left" placeholder={placeholder} value={text} disabled={disabled}
                    onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown}
                    data-testid={`${TID}-input`} data-componentid={`${TID}-input`} />
            </div>
            <Popup context={anchor} open={open} onClose={() => setOpen(false)} on="click" position="bottom right"
                hoverable pinned className="advanced-search" data-testid={`${TID}-dropdown`} data-componentid={`${TID}-dropdown`}
                content={(
                    <div className="search-filters-dropdown">
                        <Heading as="h6" compact data-testid={`${TID}-header`} data-componentid={`${TID}-header`}>Advanced search</Heading>
                        <Divider className="compact" />
                        <div className="form-wrapper" data-testid={`${TID}-form-wrapper`} data-componentid={`${TID}-form-wrapper`}>
                            <FilterForm attributes={attributes} defaultAttribute={defaultAttribute} defaultOperator={defaultOperator}
                                placeholders={placeholders} onSubmit={submitForm} TID={TID} />
                        </div>
                    </div>
                )} />
        </div>
    );
}
