package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A partner report was refused (out of order, back-dated, or for an unknown matter) and recorded:
 * repeated refusals hint at cases handled outside the system (体外循环). Keyed by
 * {@code department/partnerCaseNumber}.
 *
 * @param department the partner's department
 * @param partnerCaseNumber the partner's case number, as reported
 * @param matterCode the matter code, as reported
 * @param milestone the milestone, as reported
 * @param problemCode the refusal code (e.g. {@code partner.out-of-order})
 * @param occurredAt the reported time of the milestone
 * @param reportedAt when the report arrived
 * @param reportedBy the partner client id
 */
@EventType("onewindow.approval.PartnerReportRefused.v1")
public record PartnerReportRefused(
        String department,
        String partnerCaseNumber,
        String matterCode,
        PartnerMilestone milestone,
        String problemCode,
        Instant occurredAt,
        Instant reportedAt,
        String reportedBy)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return department + "/" + partnerCaseNumber;
    }
}
