package io.onewindow.approval.catalog;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A catalog version as stored: the aggregate, its outbox, and the fields queries need at the top. */
@Document(ApprovalServiceApplication.MATTER_VERSIONS)
class MatterVersionDocument {

    @Id
    String id;

    Long version;

    @Indexed
    String code;

    int number;
    String status;
    String department;
    MatterVersion matter;
    List<OutboxEntry> outbox = new ArrayList<>();

    static String idOf(String code, int number) {
        return code + "@" + number;
    }

    static MatterVersionDocument of(MatterVersion matter, long version, List<OutboxEntry> outbox) {
        MatterVersionDocument document = new MatterVersionDocument();
        document.id = idOf(matter.code(), matter.version());
        document.version = version;
        document.code = matter.code();
        document.number = matter.version();
        document.matter = matter;
        document.status = matter.status().name();
        document.department = matter.definition().department();
        document.outbox = outbox;
        return document;
    }
}
