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
        String applicantPseudonym)
        implements CaseEvent {}
