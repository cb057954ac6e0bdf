package io.onewindow.approval.agency;

import io.onewindow.approval.agency.domain.AgentFilingRefusal;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import org.springframework.stereotype.Component;

/** The refused agent requests, each written once with its {@code AgentFilingRefused} in its outbox. */
@Component
class AgentFilingRefusalStore {

    private final AggregateStore<AgentFilingRefusal, AgentFilingRefusalDocument> refusals;

    AgentFilingRefusalStore(AggregateStores stores) {
        this.refusals = stores.of(mapping());
    }

    AgentFilingRefusal add(AgentFilingRefusal refusal) {
        return refusals.add(refusal);
    }

    /** How {@link AgentFilingRefusal} is stored: its document, id, version and outbox. */
    static AggregateMapping<AgentFilingRefusal, AgentFilingRefusalDocument> mapping() {
        return AggregateMapping.of(
                        AgentFilingRefusal.class,
                        AgentFilingRefusalDocument.class,
                        "agent filing refusal",
                        Topics.APPROVAL)
                .id(AgentFilingRefusal::id)
                .stored(AgentFilingRefusalDocument::of, document -> document.refusal)
                .versioned(document -> document.version, document -> document.outbox);
    }
}
