package io.onewindow.supervision.casefile;

import io.onewindow.platform.messaging.outbox.OutboxEntry;
import io.onewindow.supervision.casefile.domain.DossierIssue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dossier handed out, as stored in {@code dossier_issues}, with its outbox. */
@Document(DossierIssueDocument.COLLECTION)
class DossierIssueDocument {

    static final String COLLECTION = "dossier_issues";

    @Id
    String id;

    DossierIssue issue;

    Long version;

    List<OutboxEntry> outbox = new ArrayList<>();

    DossierIssueDocument() {}

    DossierIssueDocument(DossierIssue issue, long version, List<OutboxEntry> outbox) {
        this.id = issue.id();
        this.issue = issue;
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }
}
