package io.onewindow.appointment.queue;

import io.onewindow.appointment.queue.domain.LinkedPart;
import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.queue.domain.TicketStatus;
import io.onewindow.appointment.queue.domain.VisitCase;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A queue ticket as stored, with its outbox. {@code linkedBusiness}, {@code linkedParts}, {@code
 * linkedNumber} and {@code cases} are absent from tickets stored before they were kept: such a ticket
 * is single, and its case (if any) is its only case. {@code recalls} and {@code recalledAt} are absent from
 * tickets stored before recalls were kept: such a ticket was never recalled.
 */
@Document("tickets")
record TicketDocument(
        @Id String id,
        String servicePointId,
        String day,
        String line,
        int number,
        String matterCode,
        String department,
        String bookingId,
        Instant slotStart,
        boolean priority,
        String principalIdHash,
        Instant issuedAt,
        String status,
        String window,
        Instant calledAt,
        Instant finishedAt,
        String caseId,
        String caseNumber,
        String linkedBusiness,
        List<LinkedPart> linkedParts,
        String linkedNumber,
        List<VisitCase> cases,
        Integer recalls,
        Instant recalledAt,
        Long version,
        List<OutboxEntry> outbox) {

    static TicketDocument of(Ticket t, long version, List<OutboxEntry> outbox) {
        return new TicketDocument(
                t.id(),
                t.servicePointId(),
                t.day().toString(),
                t.line(),
                t.number(),
                t.matterCode(),
                t.department(),
                t.bookingId(),
                t.slotStart(),
                t.priority(),
                t.principalIdHash(),
                t.issuedAt(),
                t.status().name(),
                t.window(),
                t.calledAt(),
                t.finishedAt(),
                t.caseId(),
                t.caseNumber(),
                t.linkedBusiness(),
                t.linkedParts(),
                t.linkedNumber(),
                t.cases(),
                t.recalls(),
                t.recalledAt(),
                version,
                outbox);
    }

    Ticket toDomain() {
        return new Ticket(
                id,
                servicePointId,
                LocalDate.parse(day),
                line,
                number,
                matterCode,
                department,
                bookingId,
                slotStart,
                priority,
                principalIdHash,
                issuedAt,
                TicketStatus.valueOf(status),
                window,
                calledAt,
                finishedAt,
                caseId,
                caseNumber,
                linkedBusiness,
                linkedParts,
                linkedNumber,
                cases,
                recalls == null ? 0 : recalls,
                recalledAt);
    }
}
