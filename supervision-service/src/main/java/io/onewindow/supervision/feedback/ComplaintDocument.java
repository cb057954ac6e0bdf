package io.onewindow.supervision.feedback;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.feedback.domain.Complaint;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("complaints")
class ComplaintDocument {

    @Id
    String id;

    Complaint complaint;

    @Version
    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    ComplaintDocument() {}

    ComplaintDocument(Complaint complaint) {
        this.id = complaint.id();
        this.complaint = complaint;
    }
}
