package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The complainant contested the answer (once): the complaint reopened on the discipline inspectors'
 * desk with a new answer deadline. No complainant data; the reason stays in the service.
 *
 * @param complaintId the complaint (aggregate id)
 * @param department the department the complaint was filed against
 * @param contestedAnswerBy who gave the contested answer (staff or inspector username)
 * @param dueOn the new last working day to answer
 * @param dueProvisional whether {@code dueOn} rests on a provisional calendar year (临时推算)
 * @param contestedAt when
 */
@EventType("onewindow.supervision.ComplaintContested.v1")
public record ComplaintContested(
        String complaintId,
        String department,
        String contestedAnswerBy,
        LocalDate dueOn,
        boolean dueProvisional,
        Instant contestedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
