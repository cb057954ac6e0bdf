package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector flagged a case as a major project (重大项目): from now on it is watched closer (an
 * earlier near-deadline warning, every step alerted to inspectors). Never shown to the case's
 * department. The reason is kept in supervision (free text stays off the topic).
 *
 * @param caseId the case, also the aggregate id of its flag
 * @param department the case's department as supervision knows it, or {@code null}
 * @param flaggedBy the inspector's username
 * @param flaggedAt when
 */
@EventType("onewindow.supervision.MajorProjectFlagged.v1")
public record MajorProjectFlagged(String caseId, String department, String flaggedBy, Instant flaggedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}
