package io.onewindow.supervision.cases;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A case timeline as stored, with its version and the outbox of card changes. */
@Document(CaseDocument.COLLECTION)
class CaseDocument {

    static final String COLLECTION = "case_timelines";

    @Id
    String id;

    CaseTimeline timeline;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    CaseDocument() {}

    CaseDocument(CaseTimeline timeline, long version, List<OutboxEntry> outbox) {
        this.id = timeline.id();
        this.timeline = timeline;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
