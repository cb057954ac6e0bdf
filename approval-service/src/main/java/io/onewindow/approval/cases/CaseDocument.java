package io.onewindow.approval.cases;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.cases.domain.CaseSnapshot;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as stored: the aggregate under {@code data} (its fields named as they always were, audit
 * chain included), the {@code version} the store and the outbox relay write on, the outbox, and
 * copies of the fields that queries filter on. State, events and audit links change in one
 * single-document write. Indexes: {@link CaseIndexes}.
 */
@Document(ApprovalServiceApplication.CASES)
class CaseDocument {

    @Id
    String id;

    Long version;
    String caseNumber;
    String department;
    String state;
    String applicantCode;
    String filedBy;
    String linkedNumber;
    LocalDate art32Deadline;
    CaseSnapshot data;
    List<OutboxEntry> outbox = new ArrayList<>();
}
