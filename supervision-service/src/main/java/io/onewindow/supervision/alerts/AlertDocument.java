package io.onewindow.supervision.alerts;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.alerts.domain.Alert;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An alert as stored: the aggregate, its optimistic-lock version and its outbox, one document. */
@Document(AlertDocument.COLLECTION)
class AlertDocument {

    static final String COLLECTION = "alerts";

    @Id
    String id;

    Alert alert;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    AlertDocument() {}

    AlertDocument(Alert alert, long version, List<OutboxEntry> outbox) {
        this.id = alert.id();
        this.alert = alert;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
