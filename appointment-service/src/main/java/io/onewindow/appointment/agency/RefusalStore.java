package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.AgentBookingRefusal;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.aggregate.AggregateMapping;
import io.onewindow.platform.messaging.aggregate.AggregateStore;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import org.springframework.stereotype.Component;

/** Refused agent requests, each with its {@code AgentBookingRefused} in its outbox. */
@Component
class RefusalStore {

    private final AggregateStore<AgentBookingRefusal, RefusalDocument> refusals;

    RefusalStore(AggregateStores stores) {
        this.refusals = stores.of(mapping());
    }

    void add(AgentBookingRefusal refusal) {
        refusals.add(refusal);
    }

    /** How {@link AgentBookingRefusal} is stored: its document, id, version and outbox. */
    static AggregateMapping<AgentBookingRefusal, RefusalDocument> mapping() {
        return AggregateMapping.of(
                        AgentBookingRefusal.class, RefusalDocument.class, "agent booking refusal", Topics.APPOINTMENT)
                .id(AgentBookingRefusal::id)
                .stored(RefusalDocument::of, RefusalDocument::toDomain)
                .versioned(RefusalDocument::version, RefusalDocument::outbox);
    }
}
