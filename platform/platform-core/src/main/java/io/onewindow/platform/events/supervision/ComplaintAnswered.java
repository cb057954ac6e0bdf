package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * The department answered a complaint and closed it.
 *
 * @param complaintId the complaint (aggregate id)
 * @param department the answering department
 * @param answeredBy the staff username
 * @param onTime whether it was answered by its due day
 * @param answeredAt when
 */
@EventType("onewindow.supervision.ComplaintAnswered.v1")
public record ComplaintAnswered(
        String complaintId, String department, String answeredBy, boolean onTime, Instant answeredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
