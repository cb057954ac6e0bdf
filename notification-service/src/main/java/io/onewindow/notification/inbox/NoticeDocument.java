package io.onewindow.notification.inbox;

import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notice as stored (id: the notice id), with its version and outbox. */
@Document(NoticeDocument.COLLECTION)
@CompoundIndex(name = "inbox", def = "{'notice.recipient': 1, 'notice.sequence': -1}")
class NoticeDocument {

    static final String COLLECTION = "notices";

    @Id
    String id;

    Notice notice;

    @Indexed(name = "sequence")
    Long sequence;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    NoticeDocument() {}

    NoticeDocument(Notice notice, long version, List<OutboxEntry> outbox) {
        this.id = notice.id();
        this.notice = notice;
        this.sequence = notice.sequence();
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
