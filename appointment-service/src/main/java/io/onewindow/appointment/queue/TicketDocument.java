package io.onewindow.appointment.queue;

import io.onewindow.appointment.queue.domain.Ticket;
import io.onewindow.appointment.queue.domain.TicketStatus;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A queue ticket as stored, with its outbox. */
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
                caseNumber);
    }
}
