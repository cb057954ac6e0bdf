package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking as stored, with its outbox: state and events are written together. Documents written
 * before mandates may still carry a free-text {@code authorizationRef}; it is not read (it proved
 * nothing) and is dropped at the booking's next change.
 */
@Document("bookings")
record BookingDocument(
        @Id String id,
        String code,
        String linkCode,
        String servicePointId,
        String matterCode,
        String department,
        String slotId,
        String day,
        Instant slotStart,
        Instant slotEnd,
        String principalIdHash,
        String principalIdMasked,
        String bookedBySubject,
        String bookedByUsername,
        boolean bookedByAgent,
        String channel,
        String fingerprintHash,
        String mandateId,
        String intermediaryCode,
        List<String> guardKeys,
        Instant bookedAt,
        String status,
        String cancelReason,
        String ticketNumber,
        Long version,
        List<OutboxEntry> outbox) {

    static BookingDocument of(Booking b, long version, List<OutboxEntry> outbox) {
        return new BookingDocument(
                b.id(),
                b.code(),
                b.linkCode(),
                b.servicePointId(),
                b.matterCode(),
                b.department(),
                b.slotId(),
                b.day().toString(),
                b.slotStart(),
                b.slotEnd(),
                b.principal().idHash(),
                b.principal().idMasked(),
                b.bookedBy().subject(),
                b.bookedBy().username(),
                b.bookedBy().agent(),
                b.bookedBy().channel().name(),
                b.bookedBy().fingerprintHash(),
                b.mandateId(),
                b.intermediaryCode(),
                b.guardKeys(),
                b.bookedAt(),
                b.status().name(),
                b.cancelReason(),
                b.ticketNumber(),
                version,
                outbox);
    }

    Booking toDomain() {
        return new Booking(
                id,
                code,
                linkCode,
                servicePointId,
                matterCode,
                department,
                slotId,
                LocalDate.parse(day),
                slotStart,
                slotEnd,
                new Principal(principalIdHash, principalIdMasked),
                new Requester(
                        bookedBySubject,
                        bookedByUsername,
                        bookedByAgent,
                        BookingChannel.valueOf(channel),
                        fingerprintHash),
                mandateId,
                intermediaryCode,
                guardKeys,
                bookedAt,
                BookingStatus.valueOf(status),
                cancelReason,
                ticketNumber);
    }
}
