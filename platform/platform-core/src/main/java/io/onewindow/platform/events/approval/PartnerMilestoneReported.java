package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner department system reported a milestone of a case handled in its own software; the
 * platform mirrors it as a case (channel {@link Channel#PARTNER}) so the clock and supervision see it.
 *
 * @param caseId the platform's id of the mirrored case
 * @param caseNumber the platform's case number of the mirrored case
 * @param department the partner's department (from its token)
 * @param partnerCaseNumber the case number in the partner's system
 * @param milestone which milestone
 * @param occurredAt when it happened, as the partner says
 * @param reportedAt when the platform received the report
 * @param dueDate the statutory due date: reported with {@code ACCEPTED}, carried afterwards; else
 *     {@code null}
 * @param reportedBy the partner client id
 * @param applicantType {@code PERSON} or {@code ENTERPRISE}, as the partner reported the applicant
 *     with {@code RECEIVED} and carried afterwards; {@code null} in reports without an applicant
 * @param applicantPseudonym the applicant's keyed pseudonym ({@link
 *     io.onewindow.platform.identity.IdentityPseudonyms#ofApplicant}) of the ID number or credit code
 *     the partner reported, never the number itself; {@code null} in reports without an applicant
 *     and in events from before it was carried
 */
@EventType("onewindow.approval.PartnerMilestoneReported.v1")
public record PartnerMilestoneReported(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String partnerCaseNumber,
        PartnerMilestone milestone,
        Instant occurredAt,
        Instant reportedAt,
        LocalDate dueDate,
        String reportedBy,
        String applicantType,
        String applicantPseudonym)
        implements CaseEvent {

    /** A report without an applicant, as events were before they carried one. */
    public PartnerMilestoneReported(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            String partnerCaseNumber,
            PartnerMilestone milestone,
            Instant occurredAt,
            Instant reportedAt,
            LocalDate dueDate,
            String reportedBy) {
        this(
                caseId,
                caseNumber,
                matterCode,
                department,
                partnerCaseNumber,
                milestone,
                occurredAt,
                reportedAt,
                dueDate,
                reportedBy,
                null,
                null);
    }
}
