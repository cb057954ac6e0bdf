package io.onewindow.appointment.draw;

import io.onewindow.appointment.booking.domain.AgentAuthority;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.draw.domain.DrawEntry;
import io.onewindow.appointment.draw.domain.EntryStatus;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.messaging.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry in a draw, with its outbox; the person only as ID hash and masked number. */
@Document("draw_entries")
record DrawEntryDocument(
        @Id String id,
        String slotId,
        String servicePointId,
        String matterCode,
        String department,
        String day,
        Instant slotStart,
        String principalIdHash,
        String principalIdMasked,
        String bookedBySubject,
        String bookedByUsername,
        boolean bookedByAgent,
        String channel,
        String fingerprintHash,
        String mandateId,
        String intermediaryCode,
        String agentUsername,
        String holdCode,
        List<String> guardKeys,
        Instant enteredAt,
        Instant drawAt,
        String status,
        String bookingId,
        String lostReason,
        Instant decidedAt,
        Long version,
        List<OutboxEntry> outbox) {

    static DrawEntryDocument of(DrawEntry e, long version, List<OutboxEntry> outbox) {
        AgentAuthority a = e.authority();
        return new DrawEntryDocument(
                e.id(),
                e.slotId(),
                e.servicePointId(),
                e.matterCode(),
                e.department(),
                e.day().toString(),
                e.slotStart(),
                e.principal().idHash(),
                e.principal().idMasked(),
                e.requester().subject(),
                e.requester().username(),
                e.requester().agent(),
                e.requester().channel().name(),
                e.requester().fingerprintHash(),
                a == null ? null : a.mandateId(),
                a == null ? null : a.intermediaryCode(),
                a == null ? null : a.agentUsername(),
                e.holdCode(),
                e.guardKeys(),
                e.enteredAt(),
                e.drawAt(),
                e.status().name(),
                e.bookingId(),
                e.lostReason(),
                e.decidedAt(),
                version,
                outbox);
    }

    DrawEntry toDomain() {
        return new DrawEntry(
                id,
                slotId,
                servicePointId,
                matterCode,
                department,
                LocalDate.parse(day),
                slotStart,
                new Principal(principalIdHash, principalIdMasked),
                new Requester(
                        bookedBySubject,
                        bookedByUsername,
                        bookedByAgent,
                        BookingChannel.valueOf(channel),
                        fingerprintHash),
                mandateId == null ? null : new AgentAuthority(mandateId, intermediaryCode, agentUsername),
                holdCode,
                guardKeys,
                enteredAt,
                drawAt,
                EntryStatus.valueOf(status),
                bookingId,
                lostReason,
                decidedAt);
    }
}
