package io.onewindow.approval.partner;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.PartnerReportRefused;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The refused partner reports: written once each, with the {@link PartnerReportRefused} event in
 * the same document's outbox, and never changed (no aggregate, so no read-change-write).
 */
@Component
class PartnerRefusalStore {

    private final MongoOperations mongo;
    private final EventRecorder recorder;
    private final OutboxRelay relay;

    PartnerRefusalStore(MongoOperations mongo, EventRecorder recorder, OutboxRelay relay) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.relay = relay;
    }

    /** Stores a refusal with its event and wakes the relay. */
    void add(PartnerRefusalDocument refusal, PartnerReportRefused event) {
        refusal.outbox.add(recorder.record(Topics.APPROVAL, event));
        mongo.insert(refusal);
        relay.wakeUp();
    }
}
