package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector took the major-project flag (重大项目) off a case: its steps are no longer alerted
 * and its deadlines are watched as any case's. The reason is kept in supervision (free text stays off the topic).
 *
 * @param caseId the case, also the aggregate id of its flag
 * @param department the case's department as supervision knows it, or {@code null}
 * @param unflaggedBy the inspector's username
 * @param unflaggedAt when
 */
@EventType("onewindow.supervision.MajorProjectUnflagged.v1")
public record MajorProjectUnflagged(String caseId, String department, String unflaggedBy, Instant unflaggedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}
