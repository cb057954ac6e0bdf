package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The complainant rated the answer to a complaint (once). No complainant data.
 *
 * @param complaintId the complaint (aggregate id)
 * @param department the department the complaint was filed against
 * @param answeredBy who gave the rated answer (staff or inspector username)
 * @param level 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意
 * @param ratedAt when
 */
@EventType("onewindow.supervision.ComplaintAnswerRated.v1")
public record ComplaintAnswerRated(String complaintId, String department, String answeredBy, int level, Instant ratedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
