package io.onewindow.supervision.sampling;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.sampling.domain.Sampling;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A sampling as stored: the aggregate, its optimistic-lock version and its outbox, one document. */
@Document(SamplingDocument.COLLECTION)
class SamplingDocument {

    static final String COLLECTION = "samplings";

    @Id
    String id;

    Sampling sampling;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    SamplingDocument() {}

    SamplingDocument(Sampling sampling, long version, List<OutboxEntry> outbox) {
        this.id = sampling.id();
        this.sampling = sampling;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
