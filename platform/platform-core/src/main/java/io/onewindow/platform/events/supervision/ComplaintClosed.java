package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector closed an answered complaint on the discipline inspectors' desk. No complainant data;
 * the closing note stays in the service.
 *
 * @param complaintId the complaint (aggregate id)
 * @param department the department the complaint was filed against (the desk is the inspectors')
 * @param closedBy the inspector (username)
 * @param closedAt when
 */
@EventType("onewindow.supervision.ComplaintClosed.v1")
public record ComplaintClosed(String complaintId, String department, String closedBy, Instant closedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
