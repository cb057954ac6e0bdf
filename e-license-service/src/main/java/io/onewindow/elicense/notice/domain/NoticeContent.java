package io.onewindow.elicense.notice.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a notice says and what its seal covers: every field here is in the canonical form
 * ({@link NoticeCanonicalForm}), so changing any of them after signing breaks verification.
 *
 * @param noticeId the notice id
 * @param caseId the case id
 * @param caseNumber the case number
 * @param matterCode the matter code
 * @param matterName the matter name, or {@code null} when it was not learned
 * @param department the department whose seal it carries
 * @param kind the kind of notice
 * @param issuedAt when it was issued (the time of the act it records), to the millisecond
 * @param applicantMasked the applicant's masked ID number or credit code, or {@code null} when unknown
 * @param title the Chinese title
 * @param paragraphs the Chinese text, paragraph by paragraph
 * @param items the materials of a correction notice (empty for other kinds)
 * @param facts the structured facts the text was written from ({@code reason}, {@code legalBasis},
 *     {@code statutoryDueDate}, {@code promisedDueDate}, {@code automatic}, {@code licenseTypeCode},
 *     {@link #DEPARTMENT_NAME}); only those that apply
 * @param keyId the department key that signs it
 */
public record NoticeContent(
        String noticeId,
        String caseId,
        String caseNumber,
        String matterCode,
        String matterName,
        String department,
        NoticeKind kind,
        Instant issuedAt,
        String applicantMasked,
        String title,
        List<String> paragraphs,
        List<CorrectionLine> items,
        Map<String, String> facts,
        String keyId) {

    /** The fact naming the department in Chinese, as its registry said when the notice was issued. */
    public static final String DEPARTMENT_NAME = "departmentName";

    /** The department as printed: its Chinese name when known, else its code. */
    public String departmentShown() {
        return facts.getOrDefault(DEPARTMENT_NAME, department);
    }

    public NoticeContent {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        // Milliseconds, as stored: the sealed form must be the one read back.
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(keyId, "keyId");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
    }
}
