package io.onewindow.supervision.patrols;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.patrols.domain.Patrol;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A patrol observation as stored: the aggregate, its optimistic-lock version and its outbox, one document. */
@Document(PatrolDocument.COLLECTION)
class PatrolDocument {

    static final String COLLECTION = "patrols";

    @Id
    String id;

    Patrol patrol;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    PatrolDocument() {}

    PatrolDocument(Patrol patrol, long version, List<OutboxEntry> outbox) {
        this.id = patrol.id();
        this.patrol = patrol;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
