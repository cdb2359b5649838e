// SegmentedAccordion as AuthenticatorAccordion uses it (PROVENANCE.md "authenticator accordion":
// identity-apps features/admin.core.v1 AuthenticatorAccordion, index id 14997590485). [UNKNOWN] the
// SegmentedAccordion wrapper itself was not read: a semantic styled Accordion whose root, title (with the
// authenticator's id as its `id`) and content carry the test ids the caller passes, and nothing else.
import { Accordion, Icon } from "semantic-ui-react";

export function AuthenticatorAccordion({ testId, items, activeIds, onToggle, hideChevron }) {
    return (
        <Accordion fluid styled className="segmented" data-testid={`${testId}-accordion`}>
            {items.map((item) => {
                const active = activeIds.includes(item.id);
                return (
                    <div key={item.id}>
                        <Accordion.Title id={item.id} active={active} onClick={hideChevron ? undefined : () => onToggle(item.id)}
                            data-testid={`${testId}-accordion-${item.id}-title`}>
                            {!hideChevron && <Icon name="dropdown" />}
                            {item.title}
                            {item.actions && <div className="floated right actions">{item.actions}</div>}
                        </Accordion.Title>
                        <Accordion.Content active={active} className="padded" data-testid={`${testId}-accordion-${item.id}-content`}>
                            {active && item.content}
                        </Accordion.Content>
                    </div>
                );
            })}
        </Accordion>
    );
}
