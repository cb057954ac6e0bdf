package io.onewindow.supervision.feedback;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.feedback.domain.Complaint;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A complaint as stored: the aggregate, its optimistic-lock version and its outbox, one document. */
@Document(ComplaintDocument.COLLECTION)
class ComplaintDocument {

    static final String COLLECTION = "complaints";

    @Id
    String id;

    Complaint complaint;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    ComplaintDocument() {}

    ComplaintDocument(Complaint complaint, long version, List<OutboxEntry> outbox) {
        this.id = complaint.id();
        this.complaint = complaint;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
