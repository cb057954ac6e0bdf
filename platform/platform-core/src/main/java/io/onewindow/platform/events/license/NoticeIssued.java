package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A written notice of a case (送达的书面通知/决定书) was issued and sealed: the text was fixed, its
 * canonical form hashed (SHA-256) and the hash signed with the department's SM2 key. Carries no names
 * and no ID numbers; the notice itself is read from e-license-service by the applicant or the
 * department's staff.
 *
 * @param noticeId the notice id (aggregate id, Kafka key)
 * @param caseId the case the notice belongs to
 * @param caseNumber the case number
 * @param kind {@code ACCEPTANCE} (受理通知书), {@code NON_ACCEPTANCE} (不予受理决定书), {@code CORRECTION}
 *     (补正材料通知书), {@code APPROVAL} (准予行政许可决定书) or {@code DENIAL} (不予行政许可决定书)
 * @param department the department whose seal it carries
 * @param keyId the id of the department key that signed it
 * @param contentHash SHA-256 of the notice's canonical form, lower-case hex
 * @param issuedAt when it was issued
 */
@EventType("onewindow.license.NoticeIssued.v1")
public record NoticeIssued(
        String noticeId,
        String caseId,
        String caseNumber,
        String kind,
        String department,
        String keyId,
        String contentHash,
        Instant issuedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return noticeId;
    }
}
