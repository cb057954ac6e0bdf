package io.onewindow.notification.templates;

import io.onewindow.notification.templates.domain.KindTemplates;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The template versions of one notice kind as stored (id: the kind's name), with version and outbox. */
@Document(KindTemplatesDocument.COLLECTION)
class KindTemplatesDocument {

    static final String COLLECTION = "notice_templates";

    @Id
    String id;

    KindTemplates templates;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    KindTemplatesDocument() {}

    KindTemplatesDocument(KindTemplates templates, long version, List<OutboxEntry> outbox) {
        this.id = templates.kind().name();
        this.templates = templates;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
