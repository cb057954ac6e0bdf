package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A written notice reached its applicant (送达): the first time the applicant fetched it. Once per
 * notice; fetches by department staff deliver nothing.
 *
 * @param noticeId the notice id (aggregate id, Kafka key)
 * @param caseId the case the notice belongs to
 * @param kind the notice's kind, as in {@link NoticeIssued#kind()}
 * @param department the department whose notice it is
 * @param channel how it was delivered: {@code ONLINE} (fetched by the applicant through the API)
 * @param deliveredAt when
 */
@EventType("onewindow.license.NoticeDelivered.v1")
public record NoticeDelivered(
        String noticeId, String caseId, String kind, String department, String channel, Instant deliveredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return noticeId;
    }
}
