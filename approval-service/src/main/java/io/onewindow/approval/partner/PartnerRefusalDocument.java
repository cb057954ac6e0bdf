package io.onewindow.approval.partner;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A refused partner report, kept for supervision and the partner's own troubleshooting. */
@Document(ApprovalServiceApplication.PARTNER_REFUSALS)
class PartnerRefusalDocument {

    @Id
    String id;

    @Version
    Long version;

    String department;
    String partnerCaseNumber;
    String matterCode;
    String milestone;
    String problemCode;
    String detail;
    Instant occurredAt;
    Instant reportedAt;
    String reportedBy;
    List<OutboxEntry> outbox = new ArrayList<>();
}
