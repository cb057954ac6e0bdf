package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector assigned a complaint on the discipline inspectors' desk to an inspector. No
 * complainant data.
 *
 * @param complaintId the complaint (aggregate id)
 * @param assignee the inspector (username) who answers it now
 * @param assignedBy the inspector (username) who assigned it
 * @param assignedAt when
 */
@EventType("onewindow.supervision.ComplaintAssigned.v1")
public record ComplaintAssigned(String complaintId, String assignee, String assignedBy, Instant assignedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
