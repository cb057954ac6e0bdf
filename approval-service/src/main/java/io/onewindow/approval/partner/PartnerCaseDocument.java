package io.onewindow.approval.partner;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.partner.domain.PartnerCase;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
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
    PartnerCase data;
    List<OutboxEntry> outbox = new ArrayList<>();

    static String idOf(String department, String partnerCaseNumber) {
        return department + "/" + partnerCaseNumber;
    }
}
