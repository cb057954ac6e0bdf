package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An application was received (收件): the day of receipt starts the five working days of
 * Administrative License Law art. 32.
 *
 * @param caseId the case id
 * @param caseNumber the case number
 * @param matterCode the matter applied for
 * @param matterVersion the catalog version the case is bound to
 * @param department the handling department
 * @param channel online, at a window, or mirrored from a partner
 * @param applicantType {@code PERSON} or {@code ENTERPRISE}
 * @param applicantMasked the applicant's ID number or credit code, masked
 * @param agent the username of the agent who filed for the applicant, or {@code null}
 * @param submittedBy the username of whoever filed it (applicant, agent or window officer)
 * @param receivedAt when it was received
 * @param applicantPseudonym the applicant's keyed pseudonym ({@link
 *     io.onewindow.platform.identity.IdentityPseudonyms#ofIdNumber(String)} of a person's ID number,
 *     {@link io.onewindow.platform.identity.IdentityPseudonyms#ofCreditCode(String)} of an enterprise's
 *     credit code, under the platform's shared pseudonym key), so supervision recognises the applicant
 *     of a case filed by an agent or at a window; {@code null} in events written before it was carried
 * @param servicePointId the service point where it was received from a visitor's queue ticket (the
 *     visit became this case), else {@code null} (online, partner, or a window filing without a ticket);
 *     this and the following fields are {@code null} in events written before they were carried
 * @param tier that point's service tier ({@code 4} district, {@code 5} town/street, {@code 6}
 *     village/community), or {@code null}
 * @param window the number of the window that received it, or {@code null}
 * @param comprehensiveWindow {@code TRUE} when that window is a comprehensive window (综合受理: received
 *     for the owning department's back office), {@code FALSE} for a department window, {@code null}
 *     without a visit
 * @param ticketId the queue ticket of the visit, or {@code null}
 * @param linkedNumber the number of the linked filing (联办件, e.g. {@code LB-20261202-000001}) when this case
 *     is one department's part of a linked business received together, else {@code null}
 */
@EventType("onewindow.approval.ApplicationSubmitted.v1")
public record ApplicationSubmitted(
        String caseId,
        String caseNumber,
        String matterCode,
        int matterVersion,
        String department,
        Channel channel,
        String applicantType,
        String applicantMasked,
        String agent,
        String submittedBy,
        Instant receivedAt,
        String applicantPseudonym,
        String servicePointId,
        Integer tier,
        String window,
        Boolean comprehensiveWindow,
        String ticketId,
        String linkedNumber)
        implements CaseEvent {

    /** A submission, from a visit or not, that is not part of a linked filing. */
    public ApplicationSubmitted(
            String caseId,
            String caseNumber,
            String matterCode,
            int matterVersion,
            String department,
            Channel channel,
            String applicantType,
            String applicantMasked,
            String agent,
            String submittedBy,
            Instant receivedAt,
            String applicantPseudonym,
            String servicePointId,
            Integer tier,
            String window,
            Boolean comprehensiveWindow,
            String ticketId) {
        this(
                caseId,
                caseNumber,
                matterCode,
                matterVersion,
                department,
                channel,
                applicantType,
                applicantMasked,
                agent,
                submittedBy,
                receivedAt,
                applicantPseudonym,
                servicePointId,
                tier,
                window,
                comprehensiveWindow,
                ticketId,
                null);
    }

    /** A submission without a visit (online, by a partner, or at a window without a ticket). */
    public ApplicationSubmitted(
            String caseId,
            String caseNumber,
            String matterCode,
            int matterVersion,
            String department,
            Channel channel,
            String applicantType,
            String applicantMasked,
            String agent,
            String submittedBy,
            Instant receivedAt,
            String applicantPseudonym) {
        this(
                caseId,
                caseNumber,
                matterCode,
                matterVersion,
                department,
                channel,
                applicantType,
                applicantMasked,
                agent,
                submittedBy,
                receivedAt,
                applicantPseudonym,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
