package io.onewindow.approval.partner;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A mirrored partner case; the id is {@code department/partnerCaseNumber}, so one partner case is one document. */
@Document(ApprovalServiceApplication.PARTNER_CASES)
class PartnerCaseDocument {

    @Id
    String id;

    Long version;

    String department;
    // Copied from the mirror for the partner's list (filter and order): its latest milestone and
    // when that report arrived.
    String stage;
    Instant lastReportedAt;
    PartnerCase data;
    List<OutboxEntry> outbox = new ArrayList<>();

    static String idOf(String department, String partnerCaseNumber) {
        return department + "/" + partnerCaseNumber;
    }
}
