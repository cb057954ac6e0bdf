package io.onewindow.elicense.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a notice is written from: the act of approval-service that it records, as the event told it.
 *
 * @param kind the kind of notice
 * @param caseId the case id
 * @param caseNumber the case number
 * @param matterCode the matter code
 * @param matterName the matter name if known, else {@code null}
 * @param department the deciding department (its seal)
 * @param actedAt when the act happened (acceptance, refusal, correction notice, decision)
 * @param reason the reason of a refusal or denial, else {@code null}
 * @param legalBasis the provision a refusal or denial relies on, may be blank
 * @param statutoryDueDate for an acceptance: the statutory last day of the decision
 * @param promisedDueDate for an acceptance: the promised last day
 * @param automatic for an acceptance: accepted by law after five working days without notice
 * @param items for a correction notice: every material to correct
 * @param licenseTypeCode for an approval: the license type the matter produces, or {@code null}
 * @param applicantMasked the applicant's masked code if the event carries it, else {@code null}
 * @param applicantPseudonym the applicant's pseudonym if the event carries it, else {@code null}
 */
public record NoticeFacts(
        NoticeKind kind,
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        String department,
        Instant actedAt,
        String reason,
        String legalBasis,
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        boolean automatic,
        List<CorrectionLine> items,
        String licenseTypeCode,
        String applicantMasked,
        String applicantPseudonym) {

    public NoticeFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The facts of an acceptance. */
    public static NoticeFacts acceptance(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            Instant acceptedAt,
            LocalDate statutoryDueDate,
            LocalDate promisedDueDate,
            boolean automatic) {
        return new NoticeFacts(
                NoticeKind.ACCEPTANCE,
                caseId,
                caseNumber,
                matterCode,
                null,
                department,
                acceptedAt,
                null,
                null,
                statutoryDueDate,
                promisedDueDate,
                automatic,
                List.of(),
                null,
                null,
                null);
    }

    /** The facts of a refusal to accept or a denial (with reason and legal basis). */
    public static NoticeFacts refusal(
            NoticeKind kind,
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            Instant at,
            String reason,
            String legalBasis) {
        if (kind != NoticeKind.NON_ACCEPTANCE && kind != NoticeKind.DENIAL) {
            throw new IllegalArgumentException("a refusal is NON_ACCEPTANCE or DENIAL, not " + kind);
        }
        return new NoticeFacts(
                kind,
                caseId,
                caseNumber,
                matterCode,
                null,
                department,
                at,
                reason,
                legalBasis,
                null,
                null,
                false,
                List.of(),
                null,
                null,
                null);
    }

    /** The facts of a correction notice. */
    public static NoticeFacts correction(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            Instant requestedAt,
            List<CorrectionLine> items) {
        return new NoticeFacts(
                NoticeKind.CORRECTION,
                caseId,
                caseNumber,
                matterCode,
                null,
                department,
                requestedAt,
                null,
                null,
                null,
                null,
                false,
                items,
                null,
                null,
                null);
    }

    /** The facts of an approval. */
    public static NoticeFacts approval(
            String caseId,
            String caseNumber,
            String matterCode,
            String matterName,
            String department,
            Instant decidedAt,
            String licenseTypeCode,
            String applicantMasked,
            String applicantPseudonym) {
        return new NoticeFacts(
                NoticeKind.APPROVAL,
                caseId,
                caseNumber,
                matterCode,
                matterName,
                department,
                decidedAt,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                licenseTypeCode,
                applicantMasked,
                applicantPseudonym);
    }
}
