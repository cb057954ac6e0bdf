package io.onewindow.approval.cases;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as stored: the aggregate (with its audit chain), its outbox, and copies of the fields that
 * queries filter on. State, events and audit links change in one single-document write.
 */
@Document(ApprovalServiceApplication.CASES)
class CaseDocument {

    @Id
    String id;

    @Version
    Long version;

    @Indexed(unique = true)
    String caseNumber;

    String department;
    String state;
    String applicantCode;
    String filedBy;
    LocalDate art32Deadline;
    ApplicationCase data;
    List<OutboxEntry> outbox = new ArrayList<>();

    static CaseDocument of(ApplicationCase data) {
        CaseDocument document = new CaseDocument();
        document.id = data.id();
        document.caseNumber = data.caseNumber();
        document.applicantCode = data.applicant().code();
        document.filedBy = data.filedBy();
        document.department = data.matter().department();
        document.data = data;
        document.refresh();
        return document;
    }

    void refresh() {
        state = data.state().name();
        art32Deadline = data.art32Deadline();
    }
}
